import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("drops Vietnamese diacritics, including đ", () => {
    expect(slugify("Viện Công nghệ Sinh học")).toBe("vien-cong-nghe-sinh-hoc");
    expect(slugify("Sở KH&CN Đắk Lắk")).toBe("so-kh-cn-dak-lak");
    expect(slugify("!!!")).toBe("org");
  });
});
