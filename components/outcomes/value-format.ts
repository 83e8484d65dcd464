// Which formatter a client chart applies to its numbers. Charts are client components and
// receive only serialisable props, so the page names the format instead of passing a function.
import { formatCompactVnd, formatCount, formatDays, formatPercent } from "@/lib/outcomes/format";

export type ValueFormat = "count" | "percent" | "vnd" | "days";

export function formatValue(value: unknown, format: ValueFormat, locale: string): string {
  if (value === null || value === undefined || value === "") return "—";
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  switch (format) {
    case "percent":
      return formatPercent(n, locale);
    case "vnd":
      return formatCompactVnd(n, locale);
    case "days":
      return formatDays(n, locale);
    default:
      return formatCount(n, locale);
  }
}
