/**
 * Parses a VND amount as people type it: "1.500.000.000", "1 500 000 000", "1,500,000,000"
 * or "1500000000" (whole đồng; no decimals). Returns null for empty input, NaN for junk.
 */
export function parseVnd(input: unknown): bigint | null | typeof Number.NaN {
  if (input === null || input === undefined) return null;
  if (typeof input === "bigint") return input;
  if (typeof input === "number") return Number.isSafeInteger(input) && input >= 0 ? BigInt(input) : Number.NaN;
  const text = String(input).trim().replace(/\s*(₫|đ|vnd|vnđ)$/i, "");
  if (!text) return null;
  const digits = text.replace(/[.,\s\u00a0]/g, "");
  return /^\d{1,18}$/.test(digits) ? BigInt(digits) : Number.NaN;
}

/** "1.500.000.000 ₫" in Vietnamese, "₫1,500,000,000" in English. */
export function formatVnd(amount: bigint | number | string, locale: string): string {
  return new Intl.NumberFormat(locale === "en" ? "en-US" : "vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(
    typeof amount === "string" ? BigInt(amount) : amount,
  );
}
