import { describe, expect, it } from "vitest";
import { readFilters } from "./read-filters";

describe("readFilters", () => {
  it("parses valid filters and ignores blanks and other parameters", () => {
    const r = readFilters({ from: "2026-01-01", to: "2026-06-30", field: "", sector: ["agri", "x"], page: "2" });
    expect(r.errors).toEqual({});
    expect(r.filters).toEqual({ from: "2026-01-01", to: "2026-06-30", sector: "agri" });
    expect(r.raw).toEqual({ from: "2026-01-01", to: "2026-06-30", sector: "agri" });
  });

  it("reports a malformed date and keeps what was typed", () => {
    const r = readFilters({ from: "01/02/2026", field: "it" });
    expect(r.filters).toBeNull();
    expect(r.errors).toEqual({ from: "dateInvalid" });
    expect(r.raw).toEqual({ from: "01/02/2026", field: "it" });
  });

  it("reports a period that ends before it starts on the end date", () => {
    const r = readFilters({ from: "2026-09-01", to: "2026-03-01" });
    expect(r.filters).toBeNull();
    expect(r.errors).toEqual({ to: "periodInvalid" });
  });
});
