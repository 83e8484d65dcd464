import { getTranslations, setRequestLocale } from "next-intl/server";
import { FilterSelect } from "@/components/filter-select";
import { csvHref } from "@/components/outcomes/csv-href";
import { OutcomeFilterForm } from "@/components/outcomes/filter-form";
import { IntermediaryFigures } from "@/components/outcomes/intermediary-figures";
import { FixFiltersNotice, RefusedNotice, ViewHeader } from "@/components/outcomes/view-header";
import { Link } from "@/i18n/navigation";
import { readFilters } from "@/lib/outcomes/read-filters";
import { orRefused, REFUSED } from "@/lib/outcomes/refused";
import { requireActor } from "@/lib/server/auth/session";
import { listIntermediaries } from "@/lib/server/organizations/list-intermediaries";
import { getIntermediaryOutcomes } from "@/lib/server/outcomes/get-intermediary-outcomes";
import { listTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";

type Params = Record<string, string | string[]>;

/** An intermediary's brokered deals and how they compare with the platform; admins choose the intermediary. */
export default async function IntermediaryOutcomesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Params> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "/outcomes/intermediary");
  const query = await searchParams;
  const { raw, filters, errors } = readFilters(query);
  const isAdmin = actor.platformRole === "ADMIN";
  // Admins belong to no intermediary: they pick one (the first verified one by default).
  const choices = isAdmin ? (await listIntermediaries({ params: {} })).items.filter((o) => o.verified) : [];
  const requested = typeof query.org === "string" && query.org ? query.org : undefined;
  const organizationId = requested ?? choices[0]?.id;
  const [data, taxonomy, t] = await Promise.all([
    orRefused(getIntermediaryOutcomes({ actor, organizationId, filters: filters ?? {} })),
    listTaxonomy(),
    getTranslations("outcomes"),
  ]);
  if (data === REFUSED) {
    return (
      <RefusedNotice title={t("intermediary.refusedTitle")} text={t("intermediary.refused")}>
        <Link href="/outcomes">{t("state.publicLink")}</Link>
      </RefusedNotice>
    );
  }
  const org = requested;
  return (
    <div className="space-y-6">
      <ViewHeader title={t("intermediary.title")} lead={t("intermediary.lead", { name: data.organization.name })}>
        <Link href="/outcomes">{t("state.publicLink")}</Link>
      </ViewHeader>
      {isAdmin && choices.length ? (
        <form method="get" action={`/${locale}/outcomes/intermediary`} className="flex items-end gap-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="choose-intermediary">
          <div className="min-w-64">
            <FilterSelect label={t("intermediary.chooseOrg")} name="org" value={data.organization.id} options={choices.map((o) => ({ value: o.id, label: o.name }))} />
          </div>
          <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 text-sm">
            {t("intermediary.show")}
          </button>
        </form>
      ) : null}
      <OutcomeFilterForm pathname="/outcomes/intermediary" raw={raw} errors={errors} fields={taxonomy.fields} sectors={taxonomy.sectors} hidden={{ org }} />
      {filters ? (
        <IntermediaryFigures data={data} locale={locale} csv={(table) => csvHref("/api/v1/outcomes/intermediary", table, data.filters, { organizationId: org, locale })} />
      ) : (
        <FixFiltersNotice text={t("fixFilters")} />
      )}
    </div>
  );
}
