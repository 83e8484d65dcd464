import { useTranslations } from "next-intl";
import { MIN_GROUP_FOR_VALUE } from "@/lib/outcomes/filters";
import { formatCount, formatPercent, formatQuarter } from "@/lib/outcomes/format";
import type { Direction, MarketOverview } from "@/lib/outcomes/types";
import { OutcomeBarChart } from "./bar-chart";
import { ChartFigure } from "./chart-figure";
import { ContractGroupFigure } from "./contract-group-figure";
import { DataTable } from "./data-table";
import { HiddenFootnote, MoneyValue } from "./money";
import { PALETTE } from "./palette";
import { QuarterChart } from "./quarter-chart";
import { ShareChart } from "./share-chart";
import { StatTile } from "./stat-tile";
import { useOutcomeLabels, type TaxonomyNames } from "./use-labels";

type Props = { data: MarketOverview; taxonomy: TaxonomyNames; locale: string; csv: (table: string) => string };

/** The country wants the inbound share of transfers to come down from about this. */
export const INBOUND_REFERENCE = 0.85;
const DIRECTIONS: Direction[] = ["INBOUND", "DOMESTIC", "OUTBOUND"];

/** The public market overview's figures; the state view shows them too, above its own. */
export function MarketFigures({ data, taxonomy, locale, csv }: Props) {
  const labels = useOutcomeLabels(taxonomy, locale);
  const t = useTranslations("outcomes");
  const tc = useTranslations("outcomes.columns");
  // With no contracts there is no share to speak of: "—", not 0%.
  const noContracts = data.totals.contracts === 0;
  const share = (d: Direction) => (noContracts ? null : (data.byDirection.find((r) => r.key === d)?.shareOfContracts ?? 0));
  // A value bar only when every direction's value share shows; a partial bar would read as the whole.
  const hasValueShares = data.byDirection.every((r) => r.shareOfValue !== null);
  return (
    <div className="space-y-6">
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="outcome-tiles">
        <StatTile testId="tile-offers" label={t("tiles.publishedOffers")} value={formatCount(data.totals.publishedOffers, locale)} />
        <StatTile testId="tile-challenges" label={t("tiles.publishedChallenges")} value={formatCount(data.totals.publishedChallenges, locale)} />
        <StatTile testId="tile-contracts" label={t("tiles.contracts")} value={formatCount(data.totals.contracts, locale)} />
        <StatTile testId="tile-value" label={t("tiles.totalValue")} value={<MoneyValue value={data.totals.valueVnd} locale={locale} />} />
        <StatTile
          testId="tile-inbound"
          tone="highlight"
          label={t("tiles.inboundShare")}
          value={formatPercent(share("INBOUND"), locale)}
          note={t("inboundNote", { reference: formatPercent(INBOUND_REFERENCE, locale) })}
        />
        <StatTile testId="tile-domestic" label={t("tiles.domesticShare")} value={formatPercent(share("DOMESTIC"), locale)} />
        <StatTile testId="tile-outbound" label={t("tiles.outboundShare")} value={formatPercent(share("OUTBOUND"), locale)} />
      </dl>

      <ChartFigure
        table="byDirection"
        stacked
        title={t("charts.byDirection.title")}
        description={t("charts.byDirection.description", { reference: formatPercent(INBOUND_REFERENCE, locale) })}
        csvHref={csv("byDirection")}
        footnote={<HiddenFootnote show={data.byDirection.some((r) => r.valueVnd === null)} />}
        chart={
          !noContracts ? (
            <ShareChart
              title={t("charts.byDirection.title")}
              locale={locale}
              directions={DIRECTIONS.map((d) => ({ key: d, label: labels.direction(d) }))}
              reference={{ value: INBOUND_REFERENCE, label: t("charts.byDirection.reference", { reference: formatPercent(INBOUND_REFERENCE, locale) }) }}
              rows={[
                { label: tc("shareOfContracts"), ...Object.fromEntries(data.byDirection.map((r) => [r.key, r.shareOfContracts])) },
                ...(hasValueShares ? [{ label: tc("shareOfValue"), ...Object.fromEntries(data.byDirection.map((r) => [r.key, r.shareOfValue])) }] : []),
              ]}
            />
          ) : undefined
        }
      >
        <DataTable
          caption={t("charts.byDirection.title")}
          empty={t("noData")}
          columns={[{ label: tc("direction") }, { label: tc("contracts"), numeric: true }, { label: tc("shareOfContracts"), numeric: true }, { label: tc("value"), numeric: true }, { label: tc("shareOfValue"), numeric: true }]}
          rows={data.byDirection.map((r) => ({
            key: r.key,
            emphasis: r.key === "INBOUND",
            cells: [
              labels.direction(r.key),
              formatCount(r.contracts, locale),
              formatPercent(noContracts ? null : r.shareOfContracts, locale),
              <MoneyValue key="v" value={r.valueVnd} locale={locale} />,
              formatPercent(noContracts ? null : r.shareOfValue, locale),
            ],
          }))}
        />
      </ChartFigure>

      <ChartFigure
        table="contractsByQuarter"
        stacked
        title={t("charts.contractsByQuarter.title")}
        description={t("charts.contractsByQuarter.description")}
        csvHref={csv("contractsByQuarter")}
        footnote={<HiddenFootnote show={data.contractsByQuarter.some((r) => r.valueVnd === null)} />}
        chart={
          data.contractsByQuarter.length ? (
            <QuarterChart title={t("charts.contractsByQuarter.title")} data={data.contractsByQuarter} locale={locale} labels={{ contracts: tc("contracts"), value: tc("value"), hidden: t("hidden", { min: MIN_GROUP_FOR_VALUE }) }} />
          ) : undefined
        }
      >
        <DataTable
          caption={t("charts.contractsByQuarter.title")}
          empty={t("noData")}
          columns={[{ label: tc("quarter") }, { label: tc("contracts"), numeric: true }, { label: tc("value"), numeric: true }]}
          rows={data.contractsByQuarter.map((q) => ({ key: q.key, cells: [formatQuarter(q.key, locale), formatCount(q.contracts, locale), <MoneyValue key="v" value={q.valueVnd} locale={locale} />] }))}
        />
      </ChartFigure>

      {(["listingsByField", "listingsBySector"] as const).map((table) => {
        const rows = data[table];
        const name = table === "listingsByField" ? labels.field : labels.sector;
        return (
          <ChartFigure
            key={table}
            table={table}
            title={t(`charts.${table}.title`)}
            description={t(`charts.${table}.description`)}
            csvHref={csv(table)}
            chart={
              rows.length ? (
                <OutcomeBarChart
                  title={t(`charts.${table}.title`)}
                  locale={locale}
                  stacked
                  data={rows.map((r) => ({ label: name(r.key), offers: r.offers, challenges: r.challenges }))}
                  series={[
                    { key: "offers", label: tc("offers"), color: PALETTE.brand },
                    { key: "challenges", label: tc("challenges"), color: PALETTE.amber },
                  ]}
                />
              ) : undefined
            }
          >
            <DataTable
              caption={t(`charts.${table}.title`)}
              empty={t("noData")}
              columns={[{ label: table === "listingsByField" ? tc("field") : tc("sector") }, { label: tc("offers"), numeric: true }, { label: tc("challenges"), numeric: true }]}
              rows={rows.map((r) => ({ key: r.key, cells: [name(r.key), formatCount(r.offers, locale), formatCount(r.challenges, locale)] }))}
            />
          </ChartFigure>
        );
      })}

      <ContractGroupFigure table="byType" title={t("charts.byType.title")} description={t("charts.byType.description")} keyLabel={tc("type")} rows={data.byType} label={labels.type} locale={locale} csvHref={csv("byType")} />
    </div>
  );
}
