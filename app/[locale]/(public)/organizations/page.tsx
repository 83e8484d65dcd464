import { getTranslations, setRequestLocale } from "next-intl/server";
import { FilterSelect } from "@/components/filter-select";
import { Pagination } from "@/components/listings/pagination";
import { Link } from "@/i18n/navigation";
import { ORGANIZATION_KINDS } from "@/lib/accounts/schemas";
import { PROVINCES, provinceName } from "@/lib/geo/provinces";
import { listOrganizations } from "@/lib/server/organizations/list-organizations";

type Params = Record<string, string | string[]>;

export default async function OrganizationsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Params> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const [result, t, tk, tv, tl] = await Promise.all([
    listOrganizations({ params: query }),
    getTranslations("orgPage"),
    getTranslations("orgKinds"),
    getTranslations("verification"),
    getTranslations("listing"),
  ]);
  const select = "mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm";
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("listTitle")}</h1>
        <p className="text-slate-600">{t("listLead")}</p>
      </header>
      <form method="get" action={`/${locale}/organizations`} role="search" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4">
        <label className="text-sm sm:col-span-2">
          {tl("searchLabel")}
          <input name="q" type="search" defaultValue={result.filter.q ?? ""} className={select} />
        </label>
        <FilterSelect label={tl("orgKind")} name="kind" value={result.filter.kind} options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: tk(k) }))} />
        <FilterSelect label={tl("province")} name="province" value={result.filter.province} options={PROVINCES.map((p) => ({ value: p.code, label: locale === "en" ? p.en : p.vi }))} />
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-white sm:col-start-4">
          {tl("search")}
        </button>
      </form>
      <p className="text-sm text-slate-600" role="status">
        {tl("results", { total: result.total })}
      </p>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {result.items.map((o) => (
          <li key={o.id} className="flex flex-wrap items-baseline gap-2 p-3" data-testid="organization">
            <Link href={`/organizations/${o.slug}`} className="font-medium">
              {o.name}
            </Link>
            <span className="text-sm text-slate-600">
              {tk(o.kind as "UNIVERSITY")} · {provinceName(o.province, locale)} · {tv(o.verificationStatus as "PENDING")}
            </span>
          </li>
        ))}
      </ul>
      <Pagination pathname="/organizations" params={query} page={result.page} pages={Math.max(1, Math.ceil(result.total / result.pageSize))} />
    </div>
  );
}
