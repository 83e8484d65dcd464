import type { OutcomeFilters } from "@/lib/outcomes/filters";

/** The CSV export of one table of a view, with the filters the page shows and the reader's language for its headers (GET /api/v1/outcomes/…?format=csv&table=…&locale=…). */
export function csvHref(endpoint: string, table: string, filters: OutcomeFilters, extra: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams({ format: "csv", table });
  for (const [k, v] of Object.entries({ ...filters, ...extra })) if (v) q.set(k, String(v));
  return `${endpoint}?${q.toString()}`;
}
