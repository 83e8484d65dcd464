// Decimal amounts as people type them, kept exact (strings and scaled BigInts, never floats):
// a foreign-currency amount (2 decimals) and an exchange rate in VND per unit (6 decimals).

/**
 * "12500,5", "12500.5", "12.500,5", "12,500.5", "1 234 567" → "12500.5" / "1234567".
 * With both "." and "," the last one is the decimal mark; one kind repeated is grouping
 * ("1.500.000"); one kind once is the decimal mark ("25,5" and "25.5" are 25.5).
 * Returns null for empty input and NaN for junk or too many decimals.
 */
export function parseDecimal(input: unknown, maxDecimals: number): string | null | typeof Number.NaN {
  if (input === null || input === undefined) return null;
  if (typeof input === "number") {
    if (!Number.isFinite(input) || input < 0) return Number.NaN;
    input = String(input);
  }
  let text = String(input).trim().replace(/[\s\u00a0]/g, "");
  if (!text) return null;
  const dot = text.lastIndexOf(".");
  const comma = text.lastIndexOf(",");
  if (dot >= 0 && comma >= 0) {
    const mark = dot > comma ? "." : ",";
    const grouping = mark === "." ? "," : ".";
    text = text.split(grouping).join("");
    if (text.split(mark).length > 2) return Number.NaN;
    text = text.replace(mark, ".");
  } else {
    const sep = dot >= 0 ? "." : comma >= 0 ? "," : null;
    if (sep) text = text.split(sep).length > 2 ? text.split(sep).join("") : text.replace(sep, ".");
  }
  const m = /^(\d{1,16})(?:\.(\d+))?$/.exec(text);
  if (!m) return Number.NaN;
  const decimals = (m[2] ?? "").replace(/0+$/, "");
  if (decimals.length > maxDecimals) return Number.NaN;
  const whole = m[1]!.replace(/^0+(?=\d)/, "");
  return decimals ? `${whole}.${decimals}` : whole;
}

/** "12.5" at 2 decimals → 1250n. The input is a string from parseDecimal. */
export function scaled(decimal: string, decimals: number): bigint {
  const [whole, frac = ""] = decimal.split(".");
  return BigInt(whole! + frac.padEnd(decimals, "0").slice(0, decimals));
}

/**
 * Whether a VND value agrees with a foreign amount times its rate: within 1 VND of the
 * exact product, so both round(product) and a value rounded the other way are accepted.
 */
export function vndMatchesForeign(valueVnd: bigint, foreignAmount: string, exchangeRate: string): boolean {
  const exact = scaled(foreignAmount, 2) * scaled(exchangeRate, 6); // VND × 10⁸
  const diff = valueVnd * 100_000_000n - exact;
  return (diff < 0n ? -diff : diff) <= 100_000_000n;
}
