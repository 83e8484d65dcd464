import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv";

describe("parseCsv", () => {
  it("reads quoted cells with commas, quotes and line breaks, and a BOM", () => {
    const text = '\uFEFFtitle,summary\r\n"Lúa chịu mặn, OM18","Dòng 1\nDòng 2 ""trích dẫn"""\r\nXi măng,x\r\n';
    expect(parseCsv(text)).toEqual([
      ["title", "summary"],
      ["Lúa chịu mặn, OM18", 'Dòng 1\nDòng 2 "trích dẫn"'],
      ["Xi măng", "x"],
    ]);
  });

  it("detects semicolons and skips blank lines", () => {
    expect(parseCsv("a;b\n1,5;2\n\n;\n")).toEqual([
      ["a", "b"],
      ["1,5", "2"],
    ]);
  });
});
