import { getTranslations, setRequestLocale } from "next-intl/server";
import { csvHref } from "@/components/outcomes/csv-href";
import { OutcomeFilterForm } from "@/components/outcomes/filter-form";
import { MarketFigures } from "@/components/outcomes/market-figures";
import { StateFigures } from "@/components/outcomes/state-figures";
import { FixFiltersNotice, RefusedNotice, ViewHeader } from "@/components/outcomes/view-header";
import { Link } from "@/i18n/navigation";
import { readFilters } from "@/lib/outcomes/read-filters";
import { orRefused, REFUSED } from "@/lib/outcomes/refused";
import { requireActor } from "@/lib/server/auth/session";
import { assertCanSeeStateIndicators, getStateIndicators } from "@/lib/server/outcomes/get-state-indicators";
import { listTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";

type Params = Record<string, string | string[]>;

/** The state agency and admin view: the market overview plus indicators only they may see. */
export default async function StateOutcomesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Params> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "/outcomes/state");
  const { raw, filters, errors } = readFilters(await searchParams);
  // With invalid filters only the permission is checked (the figures are not computed), so
  // the page can still say whether the view is for this user.
  const figures = filters ? getStateIndicators({ actor, filters }) : assertCanSeeStateIndicators({ actor }).then(() => null);
  const [data, taxonomy, t] = await Promise.all([orRefused(figures), listTaxonomy(), getTranslations("outcomes")]);
  if (data === REFUSED) {
    return (
      <RefusedNotice title={t("state.refusedTitle")} text={t("state.refused")}>
        <Link href="/outcomes">{t("state.publicLink")}</Link>
      </RefusedNotice>
    );
  }
  const csv = (table: string) => csvHref("/api/v1/outcomes/state", table, data?.filters ?? {}, { locale });
  return (
    <div className="space-y-6">
      <ViewHeader title={t("state.title")} lead={t("state.lead")}>
        <Link href="/outcomes">{t("state.publicLink")}</Link>
      </ViewHeader>
      <OutcomeFilterForm pathname="/outcomes/state" raw={raw} errors={errors} fields={taxonomy.fields} sectors={taxonomy.sectors} />
      {data ? (
        <>
          <h2 className="text-2xl font-semibold">{t("state.marketSection")}</h2>
          <MarketFigures data={data} taxonomy={taxonomy} locale={locale} csv={csv} />
          <StateFigures data={data} taxonomy={taxonomy} locale={locale} csv={csv} />
        </>
      ) : (
        <FixFiltersNotice text={t("fixFilters")} />
      )}
    </div>
  );
}
