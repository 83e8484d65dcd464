import { useTranslations } from "next-intl";
import { formatCount, formatPercent } from "@/lib/outcomes/format";
import type { ContractGroupRow } from "@/lib/outcomes/types";
import { OutcomeBarChart } from "./bar-chart";
import { ChartFigure } from "./chart-figure";
import { DataTable } from "./data-table";
import { HiddenFootnote, MoneyValue } from "./money";
import { PALETTE } from "./palette";

type Props = {
  table: string;
  title: string;
  description?: string;
  keyLabel: string;
  rows: ContractGroupRow[];
  label: (key: string) => string;
  locale: string;
  csvHref: string;
};

/** Contracts grouped by one dimension (type, province, organisation kind): bars of counts, a table with shares and values. */
export function ContractGroupFigure({ table, title, description, keyLabel, rows, label, locale, csvHref }: Props) {
  const t = useTranslations("outcomes.columns");
  const to = useTranslations("outcomes");
  return (
    <ChartFigure
      table={table}
      stacked
      title={title}
      description={description}
      csvHref={csvHref}
      footnote={<HiddenFootnote show={rows.some((r) => r.valueVnd === null)} />}
      chart={
        rows.length ? (
          <OutcomeBarChart title={title} locale={locale} showValues data={rows.map((r) => ({ label: label(r.key), contracts: r.contracts }))} series={[{ key: "contracts", label: t("contracts"), color: PALETTE.brand }]} />
        ) : undefined
      }
    >
      <DataTable
        caption={title}
        empty={to("noData")}
        columns={[{ label: keyLabel }, { label: t("contracts"), numeric: true }, { label: t("shareOfContracts"), numeric: true }, { label: t("value"), numeric: true }, { label: t("shareOfValue"), numeric: true }]}
        rows={rows.map((r) => ({
          key: r.key,
          cells: [label(r.key), formatCount(r.contracts, locale), formatPercent(r.shareOfContracts, locale), <MoneyValue key="v" value={r.valueVnd} locale={locale} />, formatPercent(r.shareOfValue, locale)],
        }))}
      />
    </ChartFigure>
  );
}
