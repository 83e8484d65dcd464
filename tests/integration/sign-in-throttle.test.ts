import { beforeAll, describe, expect, it, vi } from "vitest";
// codeOf compares codes, not classes: after vi.resetModules() errors come from a fresh copy of AppError.
import { codeOf } from "../support/codes";
import { db } from "../../lib/server/db/client";
import { createOwner, STRONG_PASSWORD } from "../support/factories";

// Small limits so the test is quick; set before the env module is first read.
process.env.SIGNIN_MAX_FAILURES_PER_ACCOUNT = "3";
process.env.SIGNIN_MAX_FAILURES_PER_ADDRESS = "5";

const { verifyCredentials } = await import("../../lib/server/auth/verify-credentials");


describe("sign-in limiter", () => {
  let email: string;
  beforeAll(async () => {
    email = (await createOwner()).email;
  });

  it("accepts the right password and refuses a wrong one or an unknown email alike", async () => {
    await expect(verifyCredentials({ input: { email, password: STRONG_PASSWORD }, ip: "10.0.0.1" })).resolves.toMatchObject({ email });
    expect(await codeOf(verifyCredentials({ input: { email, password: "wrong-pass-1" }, ip: "10.0.0.1" }))).toBe("UNAUTHENTICATED");
    expect(await codeOf(verifyCredentials({ input: { email: "nobody@example.vn", password: "x" }, ip: "10.0.0.1" }))).toBe("UNAUTHENTICATED");
  });

  it("refuses an account after repeated failures, even with the right password, and keeps the state in the database", async () => {
    await db().signInThrottle.deleteMany();
    for (let i = 0; i < 3; i++) {
      expect(await codeOf(verifyCredentials({ input: { email, password: `wrong-${i}` }, ip: `10.0.1.${i}` }))).toBe("UNAUTHENTICATED");
    }
    const err = await verifyCredentials({ input: { email, password: STRONG_PASSWORD }, ip: "10.0.1.9" }).catch((e) => e);
    expect(err).toMatchObject({ code: "RATE_LIMITED" });
    expect(err.retryAfter).toBeGreaterThan(0);
    const row = await db().signInThrottle.findUniqueOrThrow({ where: { key: `email:${email}` } });
    expect(row.failures).toBe(3);
    expect(row.blockedUntil!.getTime()).toBeGreaterThan(Date.now());

    // A fresh copy of every module (as after a restart, or in another process) still refuses.
    vi.resetModules();
    const fresh = await import("../../lib/server/auth/verify-credentials");
    expect(await codeOf(fresh.verifyCredentials({ input: { email, password: STRONG_PASSWORD }, ip: "10.0.1.10" }))).toBe("RATE_LIMITED");

    // Once the block has expired, the right password works again and clears the count.
    await db().signInThrottle.update({ where: { key: `email:${email}` }, data: { blockedUntil: new Date(Date.now() - 1000), windowStart: new Date(Date.now() - 3_600_000) } });
    await expect(verifyCredentials({ input: { email, password: STRONG_PASSWORD }, ip: "10.0.1.11" })).resolves.toMatchObject({ email });
    expect(await db().signInThrottle.findUnique({ where: { key: `email:${email}` } })).toBeNull();
  });

  it("refuses an address that fails across many accounts", async () => {
    await db().signInThrottle.deleteMany();
    for (let i = 0; i < 5; i++) {
      await codeOf(verifyCredentials({ input: { email: `guess${i}@example.vn`, password: "Guess-1234" }, ip: "203.0.113.7" }));
    }
    expect(await codeOf(verifyCredentials({ input: { email, password: STRONG_PASSWORD }, ip: "203.0.113.7" }))).toBe("RATE_LIMITED");
    // Another address is unaffected.
    expect(await codeOf(verifyCredentials({ input: { email, password: STRONG_PASSWORD }, ip: "203.0.113.8" }))).toBe("OK");
  });

  it("counts concurrent failures without losing any", async () => {
    await db().signInThrottle.deleteMany();
    await Promise.all([0, 1].map((i) => codeOf(verifyCredentials({ input: { email, password: `bad-${i}` }, ip: `10.9.0.${i}` }))));
    const row = await db().signInThrottle.findUniqueOrThrow({ where: { key: `email:${email}` } });
    expect(row.failures).toBe(2);
  });
});
