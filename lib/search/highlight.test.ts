import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { highlight, queryTerms } from "./highlight";

describe("fold", () => {
  it("drops diacritics and keeps offsets", () => {
    const text = "Công nghệ Sinh học ĐBSCL";
    expect(fold(text)).toBe("cong nghe sinh hoc dbscl");
    expect(fold(text)).toHaveLength(text.length);
  });
});

describe("highlight", () => {
  const marked = (text: string, q: string) =>
    highlight(text, queryTerms(q))
      .filter((s) => s.match)
      .map((s) => s.text);

  it("marks whole words whatever the diacritics", () => {
    expect(marked("Ứng dụng công nghệ sinh học trong nông nghiệp", "cong nghe sinh hoc")).toEqual(["công", "nghệ", "sinh", "học"]);
    expect(marked("Vắc-xin cúm gia cầm H5N1", "vac xin")).toEqual(["Vắc", "xin"]);
  });

  it("does not mark parts of words, and leaves text alone without a query", () => {
    expect(marked("nghệ nhân", "nghe")).toEqual(["nghệ"]);
    expect(marked("consistent", "con")).toEqual([]);
    expect(highlight("Lúa chịu mặn", [])).toEqual([{ text: "Lúa chịu mặn", match: false }]);
  });

  it("reassembles the original text exactly", () => {
    const text = "Phụ gia tiết kiệm than cho lò nung xi măng — giảm 3–5% than";
    expect(highlight(text, queryTerms("xi mang than")).map((s) => s.text).join("")).toBe(text);
  });
});
