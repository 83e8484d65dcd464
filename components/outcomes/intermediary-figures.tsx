import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { formatCount, formatDays, formatPercent } from "@/lib/outcomes/format";
import type { IntermediaryOutcomes } from "@/lib/outcomes/types";
import { OutcomeBarChart } from "./bar-chart";
import { ChartFigure } from "./chart-figure";
import { DataTable } from "./data-table";
import { MoneyValue } from "./money";
import { PALETTE } from "./palette";
import { RateBasis } from "./rate-text";
import { StatTile } from "./stat-tile";

type Props = { data: IntermediaryOutcomes; locale: string; csv: (table: string) => string };

/** An intermediary's brokered deals: headline figures against the platform, stages, and the deal list. */
export function IntermediaryFigures({ data, locale, csv }: Props) {
  const t = useTranslations("outcomes");
  const tc = useTranslations("outcomes.columns");
  const ts = useTranslations("deals.stages");
  const stage = (k: string) => (ts.has(k) ? ts(k as "INTEREST") : k);
  const total = data.dealsByStage.reduce((a, s) => a + s.count, 0);
  const date = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" });
  return (
    <div className="space-y-6">
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5" data-testid="intermediary-tiles">
        <StatTile testId="tile-brokered" label={t("tiles.brokeredDeals")} value={formatCount(total, locale)} />
        <StatTile testId="tile-brokered-contracts" label={t("tiles.brokeredContracts")} value={formatCount(data.contracts.contracts, locale)} />
        <StatTile testId="tile-brokered-amount" label={t("tiles.brokeredValue")} value={<MoneyValue value={data.contracts.valueVnd} locale={locale} />} />
        <StatTile
          testId="tile-conversion"
          tone="highlight"
          label={t("tiles.conversion")}
          value={formatPercent(data.conversion.rate, locale)}
          note={
            <>
              <RateBasis rate={data.conversion} locale={locale} /> · {t("tiles.platformValue", { value: formatPercent(data.platform.conversion.rate, locale) })}
            </>
          }
        />
        <StatTile
          testId="tile-answer-days"
          label={t("tiles.medianDaysToAnswer")}
          value={formatDays(data.medianDaysToAnswer, locale)}
          note={t("tiles.platformValue", { value: formatDays(data.platform.medianDaysToAnswer, locale) })}
        />
      </dl>

      <ChartFigure
        table="dealsByStage"
        title={t("charts.dealsByStage.title")}
        description={t("charts.dealsByStage.description")}
        csvHref={csv("dealsByStage")}
        chart={<OutcomeBarChart title={t("charts.dealsByStage.title")} locale={locale} showValues data={data.dealsByStage.map((s) => ({ label: stage(s.key), count: s.count }))} series={[{ key: "count", label: tc("deals"), color: PALETTE.brand }]} />}
      >
        <DataTable caption={t("charts.dealsByStage.title")} empty={t("noData")} columns={[{ label: tc("stage") }, { label: tc("deals"), numeric: true }]} rows={data.dealsByStage.map((s) => ({ key: s.key, cells: [stage(s.key), formatCount(s.count, locale)] }))} />
      </ChartFigure>

      <ChartFigure
        table="comparison"
        title={t("intermediary.comparisonTitle")}
        description={t("intermediary.comparisonDescription")}
        chart={
          <OutcomeBarChart
            title={t("intermediary.comparisonTitle")}
            locale={locale}
            format="percent"
            showValues
            data={[
              { label: t("intermediary.thisOrg"), rate: data.conversion.rate },
              { label: t("intermediary.platform"), rate: data.platform.conversion.rate },
            ]}
            series={[{ key: "rate", label: tc("conversion"), color: PALETTE.brand }]}
          />
        }
      >
        <DataTable
          caption={t("intermediary.comparisonTitle")}
          empty={t("noData")}
          columns={[{ label: tc("measure") }, { label: t("intermediary.thisOrg"), numeric: true }, { label: t("intermediary.platform"), numeric: true }]}
          rows={[
            { key: "conversion", cells: [t("tiles.conversion"), formatPercent(data.conversion.rate, locale), formatPercent(data.platform.conversion.rate, locale)] },
            { key: "answer", cells: [t("tiles.medianDaysToAnswer"), formatDays(data.medianDaysToAnswer, locale), formatDays(data.platform.medianDaysToAnswer, locale)] },
          ]}
        />
      </ChartFigure>

      <ChartFigure table="deals" title={t("intermediary.dealsTitle")} description={t("intermediary.dealsDescription")} csvHref={csv("deals")}>
        <DataTable
          caption={t("intermediary.dealsTitle")}
          empty={t("noData")}
          testId="brokered-deals"
          columns={[{ label: tc("title") }, { label: tc("stage") }, { label: tc("created") }, { label: tc("contractValue"), numeric: true }]}
          rows={data.deals.map((d) => ({
            key: d.id,
            cells: [
              <Link key="l" href={`/deals/${d.id}`}>
                {d.title}
              </Link>,
              stage(d.stage),
              date.format(new Date(d.createdAt)),
              d.stage === "CONTRACTED" ? <MoneyValue key="v" value={d.contractValueVnd} locale={locale} exact /> : "—",
            ],
          }))}
        />
      </ChartFigure>
    </div>
  );
}
