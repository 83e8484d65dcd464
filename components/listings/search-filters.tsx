import { useLocale, useTranslations } from "next-intl";
import { FilterSelect } from "@/components/filter-select";
import { Link } from "@/i18n/navigation";
import { PROVINCES } from "@/lib/geo/provinces";
import { DEAL_TYPES, IP_STATUSES, TRL_LEVELS } from "@/lib/listings/constants";
import type { ListingSearch } from "@/lib/listings/schemas";

type Option = { code: string; nameVi: string; nameEn: string };

type Props = {
  kind: "offer" | "challenge";
  pathname: string;
  query: ListingSearch;
  fields: Option[];
  sectors: Option[];
};

/**
 * The search form. A plain GET form: every filter lands in the URL, so a search can be
 * bookmarked and shared, and it works without JavaScript.
 */
export function SearchFilters({ kind, pathname, query, fields, sectors }: Props) {
  const t = useTranslations("listing");
  const td = useTranslations("dealTypes");
  const ti = useTranslations("ipStatuses");
  const tk = useTranslations("orgKinds");
  const locale = useLocale();
  const name = (o: Option) => (locale === "en" ? o.nameEn : o.nameVi);
  const select = "mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm";
  const orgKinds = kind === "offer" ? ["UNIVERSITY", "RESEARCH_INSTITUTE"] : ["ENTERPRISE", "GOVERNMENT_AGENCY"];
  return (
    <form method="get" action={`/${locale}${pathname}`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" role="search">
      <div className="flex gap-2">
        <label htmlFor="q" className="sr-only">
          {t("searchLabel")}
        </label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ""} placeholder={t("searchPlaceholder")} className="flex-1 rounded border border-slate-300 px-3 py-2" />
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {t("search")}
        </button>
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="sr-only">{t("filters")}</legend>
        <FilterSelect label={t("field")} name="field" value={query.field[0]} options={fields.map((f) => ({ value: f.code, label: name(f) }))} />
        <FilterSelect label={t("sector")} name="sector" value={query.sector[0]} options={sectors.map((x) => ({ value: x.code, label: name(x) }))} />
        <FilterSelect label={t("dealType")} name="deal" value={query.deal[0]} options={DEAL_TYPES.map((d) => ({ value: d, label: td(d) }))} />
        <FilterSelect label={t("province")} name="province" value={query.province[0]} options={PROVINCES.map((p) => ({ value: p.code, label: locale === "en" ? p.en : p.vi }))} />
        <FilterSelect label={t("orgKind")} name="orgKind" value={query.orgKind[0]} options={orgKinds.map((k) => ({ value: k, label: tk(k as "UNIVERSITY") }))} />
        {kind === "offer" ? (
          <FilterSelect label={t("ipStatus")} name="ip" value={query.ip[0]} options={IP_STATUSES.map((x) => ({ value: x, label: ti(x) }))} />
        ) : null}
        <div className="text-sm">
          {kind === "offer" ? t("trlRange") : t("minTrl")}
          <div className="mt-1 flex gap-2">
            {(["trlMin", "trlMax"] as const).map((k) => (
              <select key={k} name={k} aria-label={`${t("trlRange")} ${k === "trlMin" ? t("trlFrom") : t("trlTo")}`} defaultValue={query[k] ?? ""} className={select}>
                <option value="">{k === "trlMin" ? t("trlFrom") : t("trlTo")}</option>
                {TRL_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            ))}
          </div>
        </div>
        <label className="flex items-center gap-2 self-end text-sm">
          <input type="checkbox" name="state" value="1" defaultChecked={query.state === "1"} />
          {kind === "offer" ? t("stateFundedFilter") : t("stateCommissionedFilter")}
        </label>
        <label className="text-sm">
          {t("sort")}
          <select name="sort" defaultValue={query.sort ?? ""} className={select}>
            <option value="">{query.q ? t("sortRelevance") : t("sortNewest")}</option>
            <option value="relevance">{t("sortRelevance")}</option>
            <option value="newest">{t("sortNewest")}</option>
            {kind === "challenge" ? <option value="deadline">{t("sortDeadline")}</option> : null}
          </select>
        </label>
      </fieldset>
      <Link href={pathname} className="text-sm">
        {t("clearFilters")}
      </Link>
    </form>
  );
}
