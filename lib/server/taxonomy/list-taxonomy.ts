import "server-only";
import { db } from "@/lib/server/db/client";

export type TaxonomyOption = { code: string; kind: "FIELD" | "SECTOR"; nameVi: string; nameEn: string };

/** Active technology fields and sectors, in display order (public reference data). */
export async function listTaxonomy(): Promise<{ fields: TaxonomyOption[]; sectors: TaxonomyOption[] }> {
  const rows = await db().taxonomyTerm.findMany({
    where: { active: true },
    orderBy: [{ kind: "asc" }, { sortOrder: "asc" }],
    select: { code: true, kind: true, nameVi: true, nameEn: true },
  });
  return { fields: rows.filter((r) => r.kind === "FIELD"), sectors: rows.filter((r) => r.kind === "SECTOR") };
}
