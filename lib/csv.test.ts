import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes what needs quoting, keeps Vietnamese, and defuses formulas", () => {
    const csv = toCsv(["title", "note"], [["Lúa chịu mặn, OM18", '=HYPERLINK("x")'], ["Xi măng", ["LICENSE", "KNOW_HOW"]]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe('\uFEFFtitle,note\r\n"Lúa chịu mặn, OM18","\'=HYPERLINK(""x"")"\r\nXi măng,"LICENSE; KNOW_HOW"\r\n');
  });
});
