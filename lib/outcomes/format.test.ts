import { describe, expect, it } from "vitest";
import { formatCompactVnd, formatCount, formatDays, formatExactVnd, formatMoney, formatPercent, formatQuarter } from "./format";

// Intl separates number and symbol with a no-break space; compare with ordinary spaces.
const plain = (s: string | null) => s?.replace(/[\u00a0\u202f]/g, " ") ?? null;

describe("formatCompactVnd", () => {
  it("writes Vietnamese scale words with comma decimals", () => {
    expect(formatCompactVnd("130000000000", "vi")).toBe("130 tỷ ₫");
    expect(formatCompactVnd("1200000000", "vi")).toBe("1,2 tỷ ₫");
    expect(formatCompactVnd("850000000", "vi")).toBe("850 triệu ₫");
    expect(formatCompactVnd("12500000000000", "vi")).toBe("12,5 nghìn tỷ ₫");
    expect(formatCompactVnd(2_000_000_000n, "vi")).toBe("2 tỷ ₫");
  });

  it("rounds to one decimal below 100 units and to whole units above", () => {
    expect(formatCompactVnd("1249000000", "vi")).toBe("1,2 tỷ ₫");
    expect(formatCompactVnd("130400000000", "vi")).toBe("130 tỷ ₫");
    expect(formatCompactVnd("99940000000", "vi")).toBe("99,9 tỷ ₫");
  });

  it("writes English with the symbol first", () => {
    expect(formatCompactVnd("130000000000", "en")).toBe("₫130 billion");
    expect(formatCompactVnd("1200000000", "en")).toBe("₫1.2 billion");
    expect(formatCompactVnd("850000000", "en")).toBe("₫850 million");
    expect(formatCompactVnd("12500000000000", "en")).toBe("₫12.5 trillion");
  });

  it("writes amounts under a million exactly", () => {
    expect(plain(formatCompactVnd("500000", "vi"))).toBe("500.000 ₫");
    expect(plain(formatCompactVnd(0, "en"))).toBe("₫0");
  });

  it("keeps precision for amounts beyond 2^53 đồng", () => {
    expect(formatCompactVnd("123456789012345678", "vi")).toBe("123.457 nghìn tỷ ₫");
  });
});

describe("formatExactVnd and formatMoney", () => {
  it("groups every đồng the vi-VN way", () => {
    expect(plain(formatExactVnd("1200000000", "vi"))).toBe("1.200.000.000 ₫");
    expect(plain(formatExactVnd("1200000000", "en"))).toBe("₫1,200,000,000");
    expect(plain(formatExactVnd("900719925474099312", "vi"))).toBe("900.719.925.474.099.312 ₫");
  });

  it("leaves hidden money (null) for the caller's marker", () => {
    expect(formatMoney(null, "vi", "compact")).toBeNull();
    expect(formatMoney("850000000", "vi", "compact")).toBe("850 triệu ₫");
    expect(plain(formatMoney("850000000", "vi", "exact"))).toBe("850.000.000 ₫");
  });
});

describe("formatPercent, formatCount, formatDays", () => {
  it("formats shares given as fractions per locale", () => {
    expect(plain(formatPercent(0.385, "vi"))).toMatch(/^38,5 ?%$/);
    expect(formatPercent(0.385, "en")).toBe("38.5%");
    expect(formatPercent(0.85, "en")).toBe("85%");
    expect(formatPercent(null, "vi")).toBe("—");
    expect(formatPercent(Number.NaN, "en")).toBe("—");
  });

  it("groups counts", () => {
    expect(formatCount(12345, "vi")).toBe("12.345");
    expect(formatCount(12345, "en")).toBe("12,345");
  });

  it("writes days in words, with a dash when there is no data", () => {
    expect(plain(formatDays(12, "vi"))).toBe("12 ngày");
    expect(plain(formatDays(1, "en"))).toBe("1 day");
    expect(plain(formatDays(12.5, "en"))).toBe("12.5 days");
    expect(plain(formatDays(3.25, "vi"))).toBe("3,3 ngày");
    expect(formatDays(null, "vi")).toBe("—");
  });
});

describe("formatQuarter", () => {
  it("labels quarters the way each language writes them", () => {
    expect(formatQuarter("2026-Q3", "vi")).toBe("Q3/2026");
    expect(formatQuarter("2026-Q3", "en")).toBe("Q3 2026");
    expect(formatQuarter("not-a-quarter", "en")).toBe("not-a-quarter");
  });
});
