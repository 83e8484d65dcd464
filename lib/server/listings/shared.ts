import "server-only";
import { AppError } from "@/lib/errors";
import { normalizeListingProvince } from "@/lib/geo/old-provinces";
import { db } from "@/lib/server/db/client";

export type ListingKind = "offer" | "challenge";

export const ORG_REF = { select: { id: true, name: true, slug: true, kind: true, verificationStatus: true } } as const;

/**
 * Checks taxonomy codes against the database (admins may add terms) and maps a province,
 * old or new, to its current unit. Throws VALIDATION naming the field.
 */
export async function resolveClassification(
  input: { fieldCodes: string[]; sectorCodes: string[]; province: string },
  /** Active terms already loaded (bulk checks, e.g. an import), else read from the database. */
  terms?: { code: string; kind: string }[],
) {
  const fields: Record<string, string> = {};
  const province = normalizeListingProvince(input.province);
  if (!province) fields.province = "provinceRequired";
  const codes = [...input.fieldCodes, ...input.sectorCodes];
  const known =
    terms ?? (codes.length ? await db().taxonomyTerm.findMany({ where: { code: { in: codes }, active: true }, select: { code: true, kind: true } }) : []);
  const ok = (code: string, kind: "FIELD" | "SECTOR") => known.some((k) => k.code === code && k.kind === kind);
  if (input.fieldCodes.some((c) => !ok(c, "FIELD"))) fields.fieldCodes = "fieldInvalid";
  if (input.sectorCodes.some((c) => !ok(c, "SECTOR"))) fields.sectorCodes = "sectorInvalid";
  if (Object.keys(fields).length) throw new AppError("VALIDATION", { fields });
  return { fieldCodes: input.fieldCodes, sectorCodes: input.sectorCodes, province: province! };
}

export const LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;
