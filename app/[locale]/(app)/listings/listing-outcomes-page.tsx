import { getTranslations } from "next-intl/server";
import { csvHref } from "@/components/outcomes/csv-href";
import { ChartFigure } from "@/components/outcomes/chart-figure";
import { OutcomeFilterForm } from "@/components/outcomes/filter-form";
import { StatTile } from "@/components/outcomes/stat-tile";
import { FixFiltersNotice, ViewHeader } from "@/components/outcomes/view-header";
import { Link } from "@/i18n/navigation";
import { formatCount } from "@/lib/outcomes/format";
import { readFilters } from "@/lib/outcomes/read-filters";
import { requireActor } from "@/lib/server/auth/session";
import { orNotFound } from "@/lib/server/errors/or-not-found";
import { getListingOutcomes } from "@/lib/server/outcomes/get-listing-outcomes";

type Params = Record<string, string | string[]>;

/** The owner's outcomes of one listing; anyone else gets the 404 page (ids cannot be probed). */
export async function ListingOutcomesPage({ kind, id, locale, searchParams }: { kind: "offer" | "challenge"; id: string; locale: string; searchParams: Params }) {
  const base = kind === "offer" ? "/offers" : "/challenges";
  const path = `${base}/${encodeURIComponent(id)}/outcomes`;
  const actor = await requireActor(locale, path);
  const { raw, filters, errors } = readFilters(searchParams);
  const period = filters ? { from: filters.from, to: filters.to } : {};
  const [data, t, tc] = await Promise.all([orNotFound(getListingOutcomes({ actor, kind, id, filters: period })), getTranslations("outcomes"), getTranslations("completenessFields")]);
  const figures = [
    { key: "views", value: data.views },
    { key: "matches", value: data.matches },
    { key: "interests", value: data.interests },
    { key: "ndas", value: data.ndas },
    { key: "dealsOpen", value: data.dealsOpen },
    { key: "dealsContracted", value: data.dealsContracted },
  ] as const;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`${base}/${id}`}>← {t("listing.back")}</Link>
      </p>
      <ViewHeader title={t("listing.title")} lead={t("listing.lead", { title: data.listing.title })} />
      <OutcomeFilterForm pathname={path} raw={raw} errors={errors} fields={[]} sectors={[]} periodOnly />
      {filters ? null : <FixFiltersNotice text={t("fixFilters")} />}
      <ChartFigure table="summary" title={t("listing.summaryTitle")} csvHref={csvHref(`/api/v1/outcomes/listings/${kind}/${encodeURIComponent(id)}`, "summary", period, { locale })}>
        <dl className="grid gap-3 sm:grid-cols-3" data-testid="listing-tiles">
          {figures.map((f) => (
            <StatTile key={f.key} testId={`tile-${f.key}`} label={t(`tiles.${f.key}`)} value={formatCount(f.value, locale)} />
          ))}
        </dl>
      </ChartFigure>
      <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" data-testid="missing-fields">
        <h2 className="text-lg font-semibold">{t("listing.missingTitle")}</h2>
        <p className="font-medium">{t("listing.completeness", { score: data.completeness })}</p>
        <div className="h-2 rounded bg-slate-100" aria-hidden>
          <div className="h-2 rounded bg-brand-600" style={{ width: `${data.completeness}%` }} />
        </div>
        {data.missingFields.length ? (
          <>
            <p className="text-sm text-slate-600">{t("listing.missingLead")}</p>
            <ul className="list-disc pl-5 text-sm">
              {data.missingFields.map((f) => (
                <li key={f} data-testid="missing-field">
                  {tc.has(f) ? tc(f as "application") : f}
                </li>
              ))}
            </ul>
            <Link href={`${base}/${id}/edit`} className="inline-block rounded border border-slate-300 px-3 py-1.5 text-sm no-underline">
              {t("listing.edit")}
            </Link>
          </>
        ) : (
          <p className="text-sm">{t("listing.complete")}</p>
        )}
      </section>
    </div>
  );
}
