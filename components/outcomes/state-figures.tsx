import { useTranslations } from "next-intl";
import { formatCount, formatDays, formatPercent } from "@/lib/outcomes/format";
import type { Rate, StateIndicators } from "@/lib/outcomes/types";
import { OutcomeBarChart } from "./bar-chart";
import { ChartFigure } from "./chart-figure";
import { ContractGroupFigure } from "./contract-group-figure";
import { DataTable } from "./data-table";
import { FunnelChart, type FunnelStep } from "./funnel-chart";
import { PALETTE } from "./palette";
import { RateBasis, ratePercent } from "./rate-text";
import { StatTile } from "./stat-tile";
import { useOutcomeLabels, type TaxonomyNames } from "./use-labels";

/** Reference figures the policy compares with: ~5% of patents commercialised worldwide, ~0.1% in Vietnam. */
export const WORLD_PATENT_RATE = 0.05;
export const VIETNAM_RATE = 0.001;

type Props = { data: StateIndicators; taxonomy: TaxonomyNames; locale: string; csv: (table: string) => string };

/** What the state view adds to the market overview: provinces, supplier kinds, commercialisation, speed and the funnel. */
export function StateFigures({ data, taxonomy, locale, csv }: Props) {
  const t = useTranslations("outcomes");
  const tc = useTranslations("outcomes.columns");
  const ti = useTranslations("outcomes.indicators");
  const labels = useOutcomeLabels(taxonomy, locale);
  const refs = { world: formatPercent(WORLD_PATENT_RATE, locale), vietnam: formatPercent(VIETNAM_RATE, locale) };
  const c = data.commercialisation;
  const rateRow = (key: string, r: Rate) => ({ key, cells: [ti(key as "all"), ratePercent(r, locale), t("rateOf", { numerator: formatCount(r.numerator, locale), denominator: formatCount(r.denominator, locale) })] });
  const daysRow = (key: string, d: number | null) => ({ key, cells: [ti(key as "all"), formatDays(d, locale), ""] });
  const f = data.funnel;
  const counts = [f.interest, f.nda, f.negotiation, f.agreed, f.contracted];
  const steps: FunnelStep[] = (["interest", "nda", "negotiation", "agreed", "contracted"] as const).map((key, i) => ({
    key,
    label: t(`funnel.${key}`),
    count: counts[i]!,
    conversion: i === 0 || !counts[i - 1] ? null : counts[i]! / counts[i - 1]!,
  }));
  return (
    <div className="space-y-6">
      <ContractGroupFigure table="byProvince" title={t("charts.byProvince.title")} description={t("charts.byProvince.description")} keyLabel={tc("province")} rows={data.byProvince} label={labels.province} locale={locale} csvHref={csv("byProvince")} />
      <ContractGroupFigure
        table="byOrganizationKind"
        title={t("charts.byOrganizationKind.title")}
        description={t("charts.byOrganizationKind.description")}
        keyLabel={tc("orgKind")}
        rows={data.byOrganizationKind}
        label={labels.orgKind}
        locale={locale}
        csvHref={csv("byOrganizationKind")}
      />

      <h2 className="pt-4 text-2xl font-semibold">{t("state.indicatorsSection")}</h2>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="indicator-tiles">
        <StatTile testId="tile-commercialised" label={t("tiles.commercialisedAll")} value={ratePercent(c.all, locale)} note={<RateBasis rate={c.all} locale={locale} />} />
        <StatTile testId="tile-patented" tone="highlight" label={t("tiles.commercialisedPatented")} value={ratePercent(c.patented, locale)} note={t("tiles.patentedNote", refs)} />
        <StatTile testId="tile-state-funded" label={t("tiles.commercialisedStateFunded")} value={ratePercent(c.stateFunded, locale)} note={<RateBasis rate={c.stateFunded} locale={locale} />} />
        <StatTile testId="tile-commissioned" label={t("tiles.commissioned")} value={ratePercent(data.commissionedChallenges, locale)} note={<RateBasis rate={data.commissionedChallenges} locale={locale} />} />
        <StatTile testId="tile-to-interest" label={t("tiles.toFirstInterest")} value={formatDays(data.medianDays.publicationToFirstInterest, locale)} />
        <StatTile testId="tile-to-contract" label={t("tiles.toFirstContract")} value={formatDays(data.medianDays.publicationToFirstContract, locale)} />
        <StatTile testId="tile-complete" label={t("tiles.completeConversion")} value={ratePercent(data.conversionByCompleteness.complete, locale)} note={<RateBasis rate={data.conversionByCompleteness.complete} locale={locale} />} />
        <StatTile testId="tile-incomplete" label={t("tiles.incompleteConversion")} value={ratePercent(data.conversionByCompleteness.incomplete, locale)} note={<RateBasis rate={data.conversionByCompleteness.incomplete} locale={locale} />} />
      </dl>

      <ChartFigure
        table="indicators"
        stacked
        title={t("charts.indicators.title")}
        description={t("charts.indicators.description", refs)}
        csvHref={csv("indicators")}
        chart={
          <OutcomeBarChart
            title={t("charts.indicators.title")}
            locale={locale}
            format="percent"
            showValues
            data={[
              { label: ti("all"), rate: c.all.rate },
              { label: ti("patented"), rate: c.patented.rate },
              { label: ti("stateFunded"), rate: c.stateFunded.rate },
              { label: ti("complete"), rate: data.conversionByCompleteness.complete.rate },
              { label: ti("incomplete"), rate: data.conversionByCompleteness.incomplete.rate },
            ]}
            series={[{ key: "rate", label: tc("rate"), color: PALETTE.brand }]}
            reference={{ value: WORLD_PATENT_RATE, label: t("charts.indicators.world", refs) }}
          />
        }
      >
        <DataTable
          caption={t("charts.indicators.title")}
          empty={t("noData")}
          columns={[{ label: tc("indicator") }, { label: tc("figure"), numeric: true }, { label: tc("ofTotal"), numeric: true }]}
          rows={[
            rateRow("all", c.all),
            rateRow("patented", c.patented),
            { key: "world", cells: [ti("world"), refs.world, ""] },
            { key: "vietnam", cells: [ti("vietnam"), refs.vietnam, ""] },
            rateRow("stateFunded", c.stateFunded),
            rateRow("commissioned", data.commissionedChallenges),
            rateRow("complete", data.conversionByCompleteness.complete),
            rateRow("incomplete", data.conversionByCompleteness.incomplete),
            daysRow("toFirstInterest", data.medianDays.publicationToFirstInterest),
            daysRow("toFirstContract", data.medianDays.publicationToFirstContract),
            rateRow("answered", data.responses.answered),
            rateRow("answeredInTime", data.responses.answeredInTime),
            daysRow("medianDaysToAnswer", data.responses.medianDaysToAnswer),
          ]}
        />
      </ChartFigure>

      <h2 className="pt-4 text-2xl font-semibold">{t("state.dealsSection")}</h2>
      <dl className="grid gap-3 sm:grid-cols-3" data-testid="response-tiles">
        <StatTile testId="tile-answered" label={t("tiles.answered")} value={ratePercent(data.responses.answered, locale)} note={<RateBasis rate={data.responses.answered} locale={locale} />} />
        <StatTile testId="tile-answered-in-time" label={t("tiles.answeredInTime")} value={ratePercent(data.responses.answeredInTime, locale)} note={<RateBasis rate={data.responses.answeredInTime} locale={locale} />} />
        <StatTile testId="tile-days-to-answer" label={t("tiles.medianDaysToAnswer")} value={formatDays(data.responses.medianDaysToAnswer, locale)} />
      </dl>
      <ChartFigure
        table="funnel"
        title={t("charts.funnel.title")}
        description={t("charts.funnel.description")}
        csvHref={csv("funnel")}
        chart={<FunnelChart title={t("charts.funnel.title")} steps={steps} locale={locale} conversionLabel={t("funnel.fromPrevious")} />}
      >
        <DataTable
          caption={t("charts.funnel.title")}
          empty={t("noData")}
          columns={[{ label: tc("stage") }, { label: tc("deals"), numeric: true }, { label: tc("conversion"), numeric: true }]}
          rows={steps.map((s) => ({ key: s.key, cells: [s.label, formatCount(s.count, locale), s.conversion === null ? "—" : formatPercent(s.conversion, locale)] }))}
        />
      </ChartFigure>
    </div>
  );
}
