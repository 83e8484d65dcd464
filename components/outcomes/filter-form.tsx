import { useLocale, useTranslations } from "next-intl";
import { FilterSelect } from "@/components/filter-select";
import { PROVINCES } from "@/lib/geo/provinces";
import type { FilterKey } from "@/lib/outcomes/read-filters";

type Option = { code: string; nameVi: string; nameEn: string };

type Props = {
  pathname: string;
  raw: Partial<Record<FilterKey, string>>;
  errors: Partial<Record<FilterKey, string>>;
  fields: Option[];
  sectors: Option[];
  /** Parameters the view needs besides the filters (e.g. which organisation). */
  hidden?: Record<string, string | undefined>;
  /** Only the period (a single listing has no field, sector or province to filter by). */
  periodOnly?: boolean;
};

/**
 * The filters of an outcome view as a plain GET form: they live in the URL (bookmarkable,
 * works without JavaScript) and the CSV links carry the same ones. A date that does not
 * parse is shown back as text, so what the user typed is not lost.
 */
export function OutcomeFilterForm({ pathname, raw, errors, fields, sectors, hidden = {}, periodOnly = false }: Props) {
  const t = useTranslations("outcomes.filters");
  const locale = useLocale();
  const name = (o: Option) => (locale === "en" ? o.nameEn : o.nameVi);
  const messages = Object.entries(errors);
  return (
    <form method="get" action={`/${locale}${pathname}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="outcome-filters" aria-label={t("title")}>
      {Object.entries(hidden).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {(["from", "to"] as const).map((k) => (
          <div key={k} className="text-sm">
            <label htmlFor={`filter-${k}`}>{t(k)}</label>
            <input
              id={`filter-${k}`}
              name={k}
              type={errors[k] ? "text" : "date"}
              defaultValue={raw[k] ?? ""}
              placeholder="YYYY-MM-DD"
              aria-invalid={errors[k] ? true : undefined}
              aria-describedby={errors[k] ? `filter-${k}-msg` : undefined}
              className={`mt-1 block w-full rounded border px-2 py-1 text-sm ${errors[k] ? "border-red-600" : "border-slate-300"}`}
            />
          </div>
        ))}
        {periodOnly ? null : (
          <>
            <FilterSelect label={t("field")} name="field" value={raw.field} options={fields.map((f) => ({ value: f.code, label: name(f) }))} />
            <FilterSelect label={t("sector")} name="sector" value={raw.sector} options={sectors.map((s) => ({ value: s.code, label: name(s) }))} />
            <FilterSelect label={t("province")} name="province" value={raw.province} options={PROVINCES.map((p) => ({ value: p.code, label: locale === "en" ? p.en : p.vi }))} />
          </>
        )}
      </div>
      {messages.length ? (
        <ul className="space-y-1 text-sm text-red-800" role="alert" data-testid="filter-errors">
          {messages.map(([k, key]) => (
            <li key={k} id={`filter-${k}-msg`}>
              {t(`errors.${key as "dateInvalid"}`, { field: t(k as "from"), value: raw[k as FilterKey] ?? "" })}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex items-center gap-4">
        <button type="submit" className="rounded bg-brand-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-700" data-testid="apply-filters">
          {t("apply")}
        </button>
        <a href={`/${locale}${pathname}${hidden.org ? `?org=${encodeURIComponent(hidden.org)}` : ""}`} className="text-sm">
          {t("clear")}
        </a>
      </div>
    </form>
  );
}
