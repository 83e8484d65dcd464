import { getTranslations, setRequestLocale } from "next-intl/server";
import { FilterSelect } from "@/components/filter-select";
import { Link } from "@/i18n/navigation";
import { INTERMEDIARY_TYPES } from "@/lib/accounts/schemas";
import { PROVINCES, provinceName } from "@/lib/geo/provinces";
import { listIntermediaries } from "@/lib/server/organizations/list-intermediaries";
import { listTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";

type Params = Record<string, string | string[]>;

export default async function IntermediariesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Params> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const [{ items, filter }, taxonomy, t, ti, tl] = await Promise.all([
    listIntermediaries({ params: query }),
    listTaxonomy(),
    getTranslations("orgPage"),
    getTranslations("intermediaryTypes"),
    getTranslations("listing"),
  ]);
  const terms = [...taxonomy.fields, ...taxonomy.sectors];
  const termName = (code: string) => {
    const x = terms.find((o) => o.code === code);
    return x ? (locale === "en" ? x.nameEn : x.nameVi) : code;
  };
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("directoryTitle")}</h1>
        <p className="text-slate-600">{t("directoryLead")}</p>
      </header>
      <form method="get" action={`/${locale}/intermediaries`} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4">
        <FilterSelect label={t("type")} name="type" value={filter.type} options={INTERMEDIARY_TYPES.map((k) => ({ value: k, label: ti(k) }))} />
        <FilterSelect label={t("servedRegions")} name="region" value={filter.region} options={PROVINCES.map((p) => ({ value: p.code, label: locale === "en" ? p.en : p.vi }))} />
        <FilterSelect label={t("servedFields")} name="field" value={filter.field} options={terms.map((o) => ({ value: o.code, label: locale === "en" ? o.nameEn : o.nameVi }))} />
        <button type="submit" className="self-end rounded bg-brand-600 px-4 py-2 text-white">
          {tl("search")}
        </button>
      </form>
      {items.length === 0 ? <p>{tl("noResults")}</p> : null}
      <div className="grid gap-4 md:grid-cols-2">
        {items.map((o) => (
          <article key={o.id} className="rounded-lg border border-slate-200 bg-white p-5" data-testid="intermediary">
            <h2 className="text-lg font-semibold">
              <Link href={`/organizations/${o.slug}`}>{o.name}</Link>
            </h2>
            <p className="text-sm text-slate-600">
              {o.intermediaryType ? ti(o.intermediaryType as "INCUBATOR") : ""} · {provinceName(o.province, locale)}
              {o.verified ? ` · ✓ ${t("verified")}` : ""}
            </p>
            {o.description ? <p className="mt-2 text-sm">{o.description}</p> : null}
            <p className="mt-2 text-sm">
              <span className="font-medium">{t("servedRegions")}: </span>
              {o.servedRegions.length ? o.servedRegions.map((r) => provinceName(r, locale)).join(", ") : "—"}
            </p>
            <p className="text-sm">
              <span className="font-medium">{t("servedFields")}: </span>
              {o.servedFields.length ? o.servedFields.map(termName).join(", ") : "—"}
            </p>
            <p className="text-sm text-slate-600">{t("brokered", { count: o.brokeredOffers })}</p>
          </article>
        ))}
      </div>
    </div>
  );
}
