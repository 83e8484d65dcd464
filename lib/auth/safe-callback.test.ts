import { describe, expect, it } from "vitest";
import { safeCallback } from "./safe-callback";

describe("safeCallback", () => {
  it("keeps same-site paths and replaces anything else with the dashboard", () => {
    expect(safeCallback("/en/dashboard?tab=1", "en")).toBe("/en/dashboard?tab=1");
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/x\r\nSet-Cookie: a", null, 42]) {
      expect(safeCallback(bad, "vi")).toBe("/vi/dashboard");
    }
  });
});
