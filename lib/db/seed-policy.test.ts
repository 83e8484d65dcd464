import { describe, expect, it } from "vitest";
import { shouldSeedDemo } from "./seed-policy";

describe("shouldSeedDemo", () => {
  it("never seeds a production PostgreSQL unless --seed is given", () => {
    expect(shouldSeedDemo({ nodeEnv: "production", embedded: false, seedFlag: false })).toBe(false);
    expect(shouldSeedDemo({ nodeEnv: "production", embedded: false, seedFlag: true })).toBe(true);
  });

  it("seeds the embedded database and development databases", () => {
    expect(shouldSeedDemo({ nodeEnv: "production", embedded: true, seedFlag: false })).toBe(true);
    expect(shouldSeedDemo({ nodeEnv: "development", embedded: false, seedFlag: false })).toBe(true);
  });
});
