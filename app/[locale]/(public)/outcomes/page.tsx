import { getTranslations, setRequestLocale } from "next-intl/server";
import { csvHref } from "@/components/outcomes/csv-href";
import { OutcomeFilterForm } from "@/components/outcomes/filter-form";
import { MarketFigures } from "@/components/outcomes/market-figures";
import { FixFiltersNotice, ViewHeader } from "@/components/outcomes/view-header";
import { readFilters } from "@/lib/outcomes/read-filters";
import { getActor } from "@/lib/server/auth/session";
import { getMarketOverview } from "@/lib/server/outcomes/get-market-overview";
import { listTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";

type Params = Record<string, string | string[]>;

/** The public market overview: anyone, signed in or not. */
export default async function MarketOverviewPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Params> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { raw, filters, errors } = readFilters(await searchParams);
  const actor = await getActor();
  const [taxonomy, data, t] = await Promise.all([listTaxonomy(), filters ? getMarketOverview({ actor, filters }) : null, getTranslations("outcomes")]);
  return (
    <div className="space-y-6">
      <ViewHeader title={t("market.title")} lead={t("market.lead")} />
      <OutcomeFilterForm pathname="/outcomes" raw={raw} errors={errors} fields={taxonomy.fields} sectors={taxonomy.sectors} />
      {data ? (
        <MarketFigures data={data} taxonomy={taxonomy} locale={locale} csv={(table) => csvHref("/api/v1/outcomes/market", table, data.filters, { locale })} />
      ) : (
        <FixFiltersNotice text={t("fixFilters")} />
      )}
    </div>
  );
}
