import { describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import { AppError } from "../../lib/errors";
import { loadActor } from "../../lib/server/auth/load-actor";
import { db } from "../../lib/server/db/client";
import { signUp } from "../../lib/server/users/sign-up";
import { createOwner, requestToJoin, STRONG_PASSWORD } from "../support/factories";

const valid = {
  name: "TS. Lê Thị Hoa",
  email: "hoa@vienlua.example.vn",
  password: STRONG_PASSWORD,
  orgMode: "create",
  orgName: "Viện Lúa Đồng bằng",
  orgKind: "RESEARCH_INSTITUTE",
  orgProvince: "can-tho",
};

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe("sign-up", () => {
  it("refuses bad input field by field and writes nothing", async () => {
    const before = await db().user.count();
    const err = await errorOf(
      signUp({ input: { ...valid, email: "not-an-email", password: "short1", orgKind: "", orgProvince: "sai-gon-cu" } }),
    );
    expect(err.code).toBe("VALIDATION");
    expect(err.fields).toMatchObject({
      email: "emailInvalid",
      password: "passwordTooShort",
      orgKind: "orgKindRequired",
      orgProvince: "provinceRequired",
    });
    expect(await db().user.count()).toBe(before);
    expect(await db().organization.count({ where: { name: valid.orgName } })).toBe(0);
  });

  it("calls a common or one-sided password weak", async () => {
    expect((await errorOf(signUp({ input: { ...valid, password: "password123" } }))).fields.password).toBe("passwordTooCommon");
    expect((await errorOf(signUp({ input: { ...valid, password: "abcdefghijkl" } }))).fields.password).toBe("passwordNeedsMix");
  });

  it("requires the intermediary type for an intermediary", async () => {
    const err = await errorOf(signUp({ input: { ...valid, email: "x@san.example.vn", orgKind: "INTERMEDIARY" } }));
    expect(err.fields.intermediaryType).toBe("intermediaryTypeRequired");
  });

  it("creates the user as OWNER of a new organisation and stores only a scrypt hash", async () => {
    const result = await signUp({ input: valid });
    expect(result.membershipStatus).toBe("ACTIVE");
    const user = await db().user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(user.passwordHash).not.toContain(STRONG_PASSWORD);
    expect(await verifyPassword(STRONG_PASSWORD, user.passwordHash)).toBe(true);
    expect(await verifyPassword("Phan-bon vi sinh 2027", user.passwordHash)).toBe(false);
    const actor = await loadActor(result.userId);
    expect(actor?.memberships).toEqual([{ organizationId: result.organizationId, role: "OWNER", verified: false }]);
    const org = await db().organization.findUniqueOrThrow({ where: { id: result.organizationId } });
    expect(org).toMatchObject({ kind: "RESEARCH_INSTITUTE", province: "can-tho", verificationStatus: "PENDING", slug: "vien-lua-dong-bang" });
  });

  it("refuses a taken email whatever its case, and a race for one email creates one account", async () => {
    await signUp({ input: { ...valid, email: "dup@example.vn", orgName: "Công ty A" } });
    const err = await errorOf(signUp({ input: { ...valid, email: "  DUP@Example.VN ", orgName: "Công ty B" } }));
    expect(err.code).toBe("CONFLICT");
    expect(err.fields.email).toBe("emailTaken");

    const results = await Promise.allSettled(
      [1, 2, 3].map((i) => signUp({ input: { ...valid, email: "race@example.vn", orgName: `Race ${i}` } })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    }
    expect(await db().user.count({ where: { email: "race@example.vn" } })).toBe(1);
  });

  it("gives a second organisation with the same name its own slug", async () => {
    const a = await createOwner({ orgName: "Trung tâm Ươm tạo" });
    const b = await createOwner({ orgName: "Trung tâm Ươm tạo" });
    const [oa, ob] = await Promise.all([
      db().organization.findUniqueOrThrow({ where: { id: a.organizationId } }),
      db().organization.findUniqueOrThrow({ where: { id: b.organizationId } }),
    ]);
    expect(oa.slug).toBe("trung-tam-uom-tao");
    expect(ob.slug).toMatch(/^trung-tam-uom-tao-[0-9a-f]{6}$/);
  });

  it("makes a join request PENDING, with no access until an owner approves", async () => {
    const owner = await createOwner();
    const joiner = await requestToJoin(owner.organizationId);
    expect(joiner.membershipStatus).toBe("PENDING");
    expect((await loadActor(joiner.userId))?.memberships).toEqual([]);
  });
});
