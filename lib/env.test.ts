import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("fills defaults and treats empty values as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", PORT: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_POOL_SIZE).toBe(10);
  });

  it("says which variable is wrong and how to fix it", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a PostgreSQL URL/);
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(EnvError);
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET: must be at least 32 characters/);
  });

  it("requires AUTH_SECRET for production on a real database", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://h/db" })).toThrow(/AUTH_SECRET is required/);
    expect(parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://h/db", AUTH_SECRET: "x".repeat(32) }).NODE_ENV).toBe("production");
  });
});
