import { describe, expect, it } from "vitest";
import { fieldErrors } from "../validation";
import { passwordWeakness, ZSignUp } from "./schemas";

describe("passwordWeakness", () => {
  it.each([
    ["short1!", "passwordTooShort"],
    ["abcdefghijkl", "passwordNeedsMix"],
    ["1234567890", "passwordNeedsMix"],
    ["12345678901234567", "passwordNeedsMix"],
    ["password123", "passwordTooCommon"],
    ["Matkhau123", "passwordTooCommon"],
    ["Cà phê sữa đá 2026", null],
    ["correct horse battery staple", null],
  ])("%s → %s", (password, expected) => {
    expect(passwordWeakness(password)).toBe(expected);
  });

  it("refuses a password built on the email's name", () => {
    expect(passwordWeakness("nguyenvan-2026", "nguyenvan@vien.vn")).toBe("passwordTooCommon");
  });
});

describe("ZSignUp", () => {
  const base = { name: "Trần Bình", email: " Binh@Vien.VN ", password: "Cà phê sữa đá 2026" };

  it("normalises the email and accepts a new organisation", () => {
    const r = ZSignUp.parse({ ...base, orgMode: "create", orgName: "Viện X", orgKind: "UNIVERSITY", orgProvince: "hue", orgWebsite: "" });
    expect(r.email).toBe("binh@vien.vn");
    expect(r.orgWebsite).toBeUndefined();
  });

  it("asks for the organisation fields that the chosen mode needs", () => {
    const create = ZSignUp.safeParse({ ...base, orgMode: "create", orgKind: "INTERMEDIARY" });
    expect(create.success).toBe(false);
    expect(fieldErrors(create.error!)).toEqual({
      orgName: "orgNameRequired",
      orgProvince: "provinceRequired",
      intermediaryType: "intermediaryTypeRequired",
    });
    const join = ZSignUp.safeParse({ ...base, orgMode: "join" });
    expect(fieldErrors(join.error!)).toEqual({ organizationId: "organizationRequired" });
  });

  it("refuses a website that is not http(s) and an unknown province", () => {
    const r = ZSignUp.safeParse({ ...base, orgMode: "create", orgName: "X Y", orgKind: "ENTERPRISE", orgProvince: "ha-tay", orgWebsite: "javascript:alert(1)" });
    expect(fieldErrors(r.error!)).toMatchObject({ orgWebsite: "websiteInvalid", orgProvince: "provinceRequired" });
  });
});

describe("fieldErrors", () => {
  it("never passes zod's English messages through", async () => {
    const { z } = await import("zod");
    const r = z.object({ a: z.number(), b: z.string().min(3, "tooShort") }).safeParse({ a: "x", b: "y" });
    expect(fieldErrors(r.error!)).toEqual({ a: "invalidValue", b: "tooShort" });
  });
});
