// Number formats of the outcome views: pure, shared by server pages, client charts and tests.
// Vietnamese figures follow vi-VN (comma decimals, dot grouping); money is whole VND given
// as a decimal string (see types.ts), so it is converted with BigInt, never parseFloat.
import { formatVnd } from "@/lib/listings/money";
import type { Money } from "./types";

type Locale = string;
const tag = (locale: Locale) => (locale === "en" ? "en-US" : "vi-VN");

/** Vietnamese scale words, largest first. "nghìn tỷ" (10^12) is how the press writes trillions. */
const VI_SCALES = [
  { size: 1e12, word: "nghìn tỷ" },
  { size: 1e9, word: "tỷ" },
  { size: 1e6, word: "triệu" },
] as const;
const EN_SCALES = [
  { size: 1e12, word: "trillion" },
  { size: 1e9, word: "billion" },
  { size: 1e6, word: "million" },
] as const;

function toNumber(amount: string | bigint | number): number {
  return typeof amount === "number" ? amount : Number(typeof amount === "bigint" ? amount : BigInt(amount));
}

/**
 * Money at a glance: "130 tỷ ₫", "1,2 tỷ ₫", "850 triệu ₫", "12,5 nghìn tỷ ₫" in Vietnamese,
 * "₫130 billion", "₫1.2 billion" in English. One decimal below 100 of a unit, none above;
 * amounts under a million are written out exactly.
 */
export function formatCompactVnd(amount: string | bigint | number, locale: Locale): string {
  const value = toNumber(amount);
  const scales = locale === "en" ? EN_SCALES : VI_SCALES;
  const scale = scales.find((s) => Math.abs(value) >= s.size);
  if (!scale) return formatVnd(Math.round(value), locale);
  const scaled = value / scale.size;
  const digits = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: Math.abs(scaled) >= 100 ? 0 : 1 }).format(scaled);
  return locale === "en" ? `₫${digits} ${scale.word}` : `${digits} ${scale.word} ₫`;
}

/** Money in a table: every đồng, "1.200.000.000 ₫" (vi) or "₫1,200,000,000" (en). */
export function formatExactVnd(amount: string | bigint | number, locale: Locale): string {
  return formatVnd(typeof amount === "number" ? Math.round(amount) : amount, locale);
}

/** Money that may be hidden: null stays null so the caller shows the translated marker. */
export function formatMoney(amount: Money, locale: Locale, style: "compact" | "exact"): string | null {
  if (amount === null) return null;
  return style === "compact" ? formatCompactVnd(amount, locale) : formatExactVnd(amount, locale);
}

/** A share given as a fraction (0.385) → "38,5%" / "38.5%" (Intl's own spacing per locale); null → "—". */
export function formatPercent(fraction: number | null, locale: Locale): string {
  if (fraction === null || !Number.isFinite(fraction)) return "—";
  return new Intl.NumberFormat(tag(locale), { style: "percent", maximumFractionDigits: 1 }).format(fraction);
}

/** A plain count with the locale's grouping: "12.345" / "12,345". */
export function formatCount(n: number, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 0 }).format(n);
}

/** A duration in days: "12 ngày", "1 day", "12.5 days"; null (no data yet) → "—". */
export function formatDays(days: number | null, locale: Locale): string {
  if (days === null || !Number.isFinite(days)) return "—";
  return new Intl.NumberFormat(tag(locale), { style: "unit", unit: "day", unitDisplay: "long", maximumFractionDigits: 1 }).format(days);
}

/** "2026-Q3" → "Q3/2026" (vi) or "Q3 2026" (en); anything else is returned unchanged. */
export function formatQuarter(key: string, locale: Locale): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (!m) return key;
  return locale === "en" ? `Q${m[2]} ${m[1]}` : `Q${m[2]}/${m[1]}`;
}
