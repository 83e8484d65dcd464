import type { TaxonomyOption } from "@/lib/server/taxonomy/list-taxonomy";

/** Display names for taxonomy codes in the reader's language (unknown codes shown as is). */
export function taxonomyNames(codes: string[], options: TaxonomyOption[], locale: string): string {
  return codes.map((c) => {
    const o = options.find((x) => x.code === c);
    return o ? (locale === "en" ? o.nameEn : o.nameVi) : c;
  }).join(", ");
}
