// The filters every outcome view takes, from the URL (pages, CSV) or the API query.
import { z } from "zod";
import { normalizeIsoDate } from "@/lib/contracts/dates";

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);
// A real calendar date: "2026-02-31" matches the pattern but would fail in SQL's ::date cast.
const isoDate = z.preprocess(
  blank,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid")
    .refine((v) => normalizeIsoDate(v) === v, "dateInvalid")
    .optional(),
);
const code = z.preprocess(blank, z.string().trim().max(60, "invalidValue").optional());

/**
 * period: `from`/`to` (inclusive dates) bound contracts by signing date, deals by creation,
 * listings by publication. field / sector: a taxonomy code the listing (or the contract's
 * listing) carries. province: the listing's province (contracts: their listing's, else the
 * Vietnamese party's).
 */
export const ZOutcomeFilters = z
  .object({ from: isoDate, to: isoDate, field: code, sector: code, province: code })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "periodInvalid", path: ["to"] });
export type OutcomeFilters = z.infer<typeof ZOutcomeFilters>;

/** Contract values are shown only for groups of at least this many contracts, unless all are the viewer's own. */
export const MIN_GROUP_FOR_VALUE = 3;
