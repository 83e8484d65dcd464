import { describe, expect, it } from "vitest";
import { addMonths, normalizeIsoDate } from "./dates";
import { parseDecimal, vndMatchesForeign } from "./decimal";

describe("parseDecimal", () => {
  it("reads decimal commas and points, and grouping", () => {
    expect(parseDecimal("25345,5", 6)).toBe("25345.5");
    expect(parseDecimal("25.345,50", 6)).toBe("25345.5");
    expect(parseDecimal("25,345.50", 6)).toBe("25345.5");
    expect(parseDecimal("1.500.000", 2)).toBe("1500000");
    expect(parseDecimal("1 234 567", 2)).toBe("1234567");
    expect(parseDecimal(12.5, 2)).toBe("12.5");
    expect(parseDecimal("", 2)).toBeNull();
  });
  it("refuses junk, negatives and too many decimals", () => {
    expect(parseDecimal("abc", 2)).toBeNaN();
    expect(parseDecimal("-5", 2)).toBeNaN();
    expect(parseDecimal("1,234", 2)).toBeNaN();
    expect(parseDecimal("1.2.3,4,5", 2)).toBeNaN();
  });
});

describe("vndMatchesForeign", () => {
  it("compares exactly, without floating point", () => {
    // 0.1 × 3 would be 0.30000000000000004 in floating point
    expect(vndMatchesForeign(3n, "0.1", "30")).toBe(true);
    expect(vndMatchesForeign(9_007_199_254_740_993n, "9007199254740993", "1")).toBe(true);
    expect(vndMatchesForeign(9_007_199_254_740_995n, "9007199254740993", "1")).toBe(false);
  });
});

describe("dates", () => {
  it("adds months, keeping to the month's end", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-12-01", 3)).toBe("2027-03-01");
  });
  it("checks calendar dates", () => {
    expect(normalizeIsoDate("2026-02-29")).toBeNull();
    expect(normalizeIsoDate("2028-02-29")).toBe("2028-02-29");
    expect(normalizeIsoDate("2026-11-20T10:00:00Z")).toBe("2026-11-20");
  });
});
