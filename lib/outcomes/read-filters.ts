// The outcome filters of a page's URL: what was typed (kept in the form), the parsed filters
// when they are valid, and a message key per invalid field (under outcomes.filters.errors).
import { ZOutcomeFilters, type OutcomeFilters } from "./filters";

export const FILTER_KEYS = ["from", "to", "field", "sector", "province"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export type ReadFilters = { raw: Partial<Record<FilterKey, string>>; filters: OutcomeFilters | null; errors: Partial<Record<FilterKey, string>> };

export function readFilters(params: Record<string, string | string[] | undefined>): ReadFilters {
  const raw: Partial<Record<FilterKey, string>> = {};
  for (const k of FILTER_KEYS) {
    const v = params[k];
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined && first !== "") raw[k] = first;
  }
  const parsed = ZOutcomeFilters.safeParse(raw);
  if (parsed.success) return { raw, filters: parsed.data, errors: {} };
  const errors: Partial<Record<FilterKey, string>> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as FilterKey | undefined;
    if (key && !errors[key]) errors[key] = issue.message;
  }
  return { raw, filters: null, errors };
}
