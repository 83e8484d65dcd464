import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the right password only, with a fresh salt each time", async () => {
    const a = await hashPassword("Giống lúa ST25!");
    const b = await hashPassword("Giống lúa ST25!");
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("Giống lúa ST25!", a)).toBe(true);
    expect(await verifyPassword("Giống lúa ST26!", a)).toBe(false);
    // The same text typed with composed or decomposed Vietnamese characters is one password.
    expect(await verifyPassword("Giống lúa ST25!".normalize("NFD"), a)).toBe(true);
  });

  it("rejects malformed stored hashes instead of throwing", async () => {
    expect(await verifyPassword("x", "")).toBe(false);
    expect(await verifyPassword("x", "bcrypt$abc")).toBe(false);
  });
});
