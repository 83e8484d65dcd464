import { describe, expect, it } from "vitest";
import { ZOutcomeFilters } from "./filters";

describe("ZOutcomeFilters", () => {
  it("accepts real dates and refuses impossible ones with a message key (not a database error later)", () => {
    expect(ZOutcomeFilters.safeParse({ from: "2024-02-29", to: "2026-12-31" }).success).toBe(true);
    const bad = ZOutcomeFilters.safeParse({ to: "2026-02-31" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("dateInvalid");
    expect(ZOutcomeFilters.safeParse({ from: "2026-12-01", to: "2026-11-01" }).error?.issues[0]?.message).toBe("periodInvalid");
  });
});
