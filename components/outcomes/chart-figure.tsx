import { useTranslations } from "next-intl";

type Props = {
  /** The table's name in the API (listingsByField…): the ids, the test ids and the CSV link follow from it. */
  table: string;
  title: string;
  description?: string;
  /** The client chart; omitted for figures that are a table only. */
  chart?: React.ReactNode;
  /** The data table: the chart's text alternative, always visible, and what the CSV holds. */
  children: React.ReactNode;
  csvHref?: string;
  footnote?: React.ReactNode;
  /** Chart above the table instead of beside it (wide charts such as quarters). */
  stacked?: boolean;
};

/** One figure: caption, chart, the same numbers as a table, and their CSV download. */
export function ChartFigure({ table, title, description, chart, children, csvHref, footnote, stacked = false }: Props) {
  const t = useTranslations("outcomes");
  const tableId = `table-${table}`;
  return (
    <figure className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" data-testid={`figure-${table}`} aria-labelledby={`caption-${table}`}>
      <figcaption id={`caption-${table}`}>
        <span className="block text-lg font-semibold">{title}</span>
        {description ? <span className="block text-sm text-slate-600">{description}</span> : null}
      </figcaption>
      <div className={chart && !stacked ? "grid gap-5 lg:grid-cols-[3fr_2fr]" : "space-y-4"}>
        {chart ? (
          // A labelled group pointing at the table, so a screen reader can go from the picture to its numbers.
          <div role="group" aria-label={title} aria-describedby={tableId} className="min-w-0">
            {chart}
          </div>
        ) : null}
        <div className="min-w-0 space-y-2">
          <div id={tableId} className="overflow-x-auto">
            {children}
          </div>
          {csvHref ? (
            <p className="text-sm">
              <a href={csvHref} download data-testid={`csv-${table}`}>
                {t("downloadCsv")}
              </a>
            </p>
          ) : null}
        </div>
      </div>
      {footnote}
    </figure>
  );
}
