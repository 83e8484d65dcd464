import { useTranslations } from "next-intl";
import { provinceName } from "@/lib/geo/provinces";

type Option = { code: string; nameVi: string; nameEn: string };
export type TaxonomyNames = { fields: Option[]; sectors: Option[] };

/** Display names for the keys of outcome rows (taxonomy codes, directions, contract types, provinces, kinds, stages). */
export function useOutcomeLabels(taxonomy: TaxonomyNames, locale: string) {
  const t = useTranslations("outcomes");
  const td = useTranslations("contracts.directions");
  const tt = useTranslations("contracts.types");
  const tk = useTranslations("orgKinds");
  const ts = useTranslations("deals.stages");
  const term = (options: Option[]) => (code: string) => {
    if (!code) return t("unclassified");
    const o = options.find((x) => x.code === code);
    return o ? (locale === "en" ? o.nameEn : o.nameVi) : code;
  };
  const known = (tr: { has: (k: string) => boolean; (k: never): string }, k: string) => (k && tr.has(k) ? tr(k as never) : k || t("unclassified"));
  return {
    field: term(taxonomy.fields),
    sector: term(taxonomy.sectors),
    direction: (k: string) => known(td, k),
    type: (k: string) => known(tt, k),
    stage: (k: string) => known(ts, k),
    province: (k: string) => (k ? provinceName(k, locale) : t("unclassified")),
    orgKind: (k: string) => (k === "FOREIGN" ? t("orgKindForeign") : k === "OFF_PLATFORM" ? t("orgKindOffPlatform") : known(tk, k)),
  };
}
export type OutcomeLabels = ReturnType<typeof useOutcomeLabels>;
