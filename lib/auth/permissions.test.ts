import { describe, expect, it } from "vitest";
import { assertCan, can, PERMISSIONS, type Actor, type Permission } from "./permissions";

const actor = (role: "OWNER" | "MEMBER" | null, platformRole: "USER" | "ADMIN" = "USER"): Actor => ({
  userId: "u1",
  name: "N",
  email: "n@example.vn",
  platformRole,
  memberships: role ? [{ organizationId: "org-a", role, verified: true }] : [],
});

const codeOf = (fn: () => void) => {
  try {
    fn();
    return "OK";
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe("permissions", () => {
  it("grants each permission as the map says", () => {
    const expected: Record<Permission, [owner: boolean, member: boolean, outsider: boolean, admin: boolean]> = {
      "organization.readPrivate": [true, true, false, true],
      "organization.update": [true, false, false, true],
      "organization.manageMembers": [true, false, false, true],
      "organization.verify": [false, false, false, true],
      "listing.manage": [true, true, false, false],
      "listing.moderate": [false, false, false, true],
      "taxonomy.edit": [false, false, false, true],
      "deal.participate": [true, true, false, false],
      "contract.record": [true, true, false, true],
    };
    expect(Object.keys(expected).sort()).toEqual(Object.keys(PERMISSIONS).sort());
    for (const [permission, [owner, member, outsider, admin]] of Object.entries(expected) as [Permission, boolean[]][]) {
      const res = { organizationId: "org-a" };
      expect(can(actor("OWNER"), permission, res), `${permission} owner`).toBe(owner);
      expect(can(actor("MEMBER"), permission, res), `${permission} member`).toBe(member);
      expect(can(actor(null), permission, res), `${permission} outsider`).toBe(outsider);
      expect(can(actor(null, "ADMIN"), permission, res), `${permission} admin`).toBe(admin);
      expect(can(null, permission, res), `${permission} anonymous`).toBe(false);
    }
  });

  it("hides another organisation's resources as NOT_FOUND and refuses a member's missing role as FORBIDDEN", () => {
    expect(codeOf(() => assertCan(actor("OWNER"), "organization.update", { organizationId: "org-b" }))).toBe("NOT_FOUND");
    expect(codeOf(() => assertCan(actor("MEMBER"), "organization.update", { organizationId: "org-a" }))).toBe("FORBIDDEN");
    expect(codeOf(() => assertCan(null, "organization.update", { organizationId: "org-a" }))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => assertCan(actor("OWNER"), "organization.update", { organizationId: "org-a" }))).toBe("OK");
  });
});
