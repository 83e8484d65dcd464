import { describe, expect, it } from "vitest";
import { mapColumns, templateHeaders } from "./columns";

describe("mapColumns", () => {
  it("maps English and Vietnamese headers, with or without diacritics", () => {
    expect(mapColumns(["Tiêu đề", "Tóm tắt", "TRL", "Tỉnh/Thành phố", "Mã tham chiếu", "Giá chào (VND)", "Ghi chú"], "offer")).toEqual([
      "title",
      "summary",
      "trl",
      "province",
      "externalRef",
      "askingPriceVnd",
      null,
    ]);
    expect(mapColumns(["title", "problem", "min_trl", "budget_max_vnd", "deadline"], "challenge")).toEqual(["title", "problem", "minTrl", "budgetMaxVnd", "deadline"]);
  });

  it("maps its own template back to itself", () => {
    for (const kind of ["offer", "challenge"] as const) {
      expect(mapColumns(templateHeaders(kind), kind)).toEqual(templateHeaders(kind));
    }
  });
});
