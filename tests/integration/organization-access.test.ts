import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { loadActor } from "../../lib/server/auth/load-actor";
import { getDashboard } from "../../lib/server/dashboard/get-dashboard";
import { getOrganization } from "../../lib/server/organizations/get-organization";
import { listOrganizationsForAdmin } from "../../lib/server/organizations/list-organizations-for-admin";
import { reviewMembership } from "../../lib/server/organizations/review-membership";
import { setVerification } from "../../lib/server/organizations/set-verification";
import { db } from "../../lib/server/db/client";
import { createAdmin, createOwner, requestToJoin } from "../support/factories";
import { codeOf } from "../support/codes";


describe("membership-based reads and writes", () => {
  let a: Awaited<ReturnType<typeof createOwner>>;
  let b: Awaited<ReturnType<typeof createOwner>>;
  let admin: Actor;

  beforeAll(async () => {
    a = await createOwner({ orgName: "Viện A" });
    b = await createOwner({ orgName: "Công ty B", kind: "ENTERPRISE" });
    admin = await createAdmin();
    await db().organization.update({ where: { id: a.organizationId }, data: { contactPhone: "024 3333 4444", taxCode: "0101234567" } });
  });

  it("shows an organisation's private fields to its members only", async () => {
    const own = await getOrganization({ actor: a.actor, id: a.organizationId });
    expect(own.private).toMatchObject({ contactPhone: "024 3333 4444", taxCode: "0101234567" });
    expect(own.private?.members.map((m) => m.email)).toEqual([a.email]);

    const other = await getOrganization({ actor: b.actor, id: a.organizationId });
    expect(other.name).toBe("Viện A");
    expect(other.private).toBeNull();
    expect(JSON.stringify(other)).not.toContain("0101234567");
    expect(JSON.stringify(other)).not.toContain(a.email);

    expect((await getOrganization({ actor: null, id: a.organizationId })).private).toBeNull();
    expect((await getOrganization({ actor: admin, id: a.organizationId })).private?.taxCode).toBe("0101234567");
    expect(await codeOf(getOrganization({ actor: a.actor, id: "does-not-exist" }))).toBe("NOT_FOUND");
  });

  it("never returns password hashes", async () => {
    const own = await getOrganization({ actor: a.actor, id: a.organizationId });
    expect(JSON.stringify(own)).not.toMatch(/scrypt\$|passwordHash/);
  });

  it("lets only the organisation's owner review join requests; outsiders cannot even find them", async () => {
    const joiner = await requestToJoin(a.organizationId);
    const pending = await db().membership.findFirstOrThrow({ where: { userId: joiner.userId } });
    const input = { membershipId: pending.id, decision: "approve" };

    expect(await codeOf(reviewMembership({ actor: b.actor, input }))).toBe("NOT_FOUND");
    expect((await getDashboard({ actor: b.actor })).memberships[0]!.pendingRequests).toEqual([]);
    expect((await getDashboard({ actor: a.actor })).memberships[0]!.pendingRequests.map((r) => r.email)).toEqual([joiner.email]);

    await reviewMembership({ actor: a.actor, input });
    const member = (await loadActor(joiner.userId))!;
    expect(member.memberships).toEqual([{ organizationId: a.organizationId, role: "MEMBER", verified: false }]);
    expect((await getOrganization({ actor: member, id: a.organizationId })).private).not.toBeNull();

    // A member (not owner) may read, but not manage members.
    const second = await requestToJoin(a.organizationId);
    const secondRow = await db().membership.findFirstOrThrow({ where: { userId: second.userId } });
    expect(await codeOf(reviewMembership({ actor: member, input: { membershipId: secondRow.id, decision: "approve" } }))).toBe("FORBIDDEN");
    expect(await codeOf(reviewMembership({ actor: a.actor, input: { membershipId: pending.id, decision: "approve" } }))).toBe("CONFLICT");
    await reviewMembership({ actor: a.actor, input: { membershipId: secondRow.id, decision: "reject" } });
    expect(await db().membership.findUnique({ where: { id: secondRow.id } })).toBeNull();
  });

  it("lets only a platform admin verify organisations", async () => {
    const input = { organizationId: b.organizationId, status: "VERIFIED" };
    // An owner cannot verify its own organisation; another organisation's is not even found.
    expect(await codeOf(setVerification({ actor: b.actor, input }))).toBe("FORBIDDEN");
    expect(await codeOf(setVerification({ actor: a.actor, input }))).toBe("NOT_FOUND");
    expect(await codeOf(setVerification({ actor: null, input }))).toBe("UNAUTHENTICATED");
    expect(await codeOf(listOrganizationsForAdmin({ actor: a.actor }))).toBe("NOT_FOUND");
    expect(await codeOf(setVerification({ actor: admin, input: { organizationId: b.organizationId, status: "BOGUS" } }))).toBe("VALIDATION");

    await setVerification({ actor: admin, input });
    const org = await db().organization.findUniqueOrThrow({ where: { id: b.organizationId } });
    expect(org.verificationStatus).toBe("VERIFIED");
    expect(org.verifiedById).toBe(admin.userId);
    expect((await listOrganizationsForAdmin({ actor: admin })).find((o) => o.id === b.organizationId)?.verificationStatus).toBe("VERIFIED");
  });
});

describe("organisation directory", () => {
  it("finds organisations by name without diacritics and by kind", async () => {
    const { listOrganizations } = await import("../../lib/server/organizations/list-organizations");
    await createOwner({ orgName: "Viện Nghiên cứu Hải sản Đông Bắc" });
    const hits = await listOrganizations({ params: { q: "vien nghien cuu hai san" } });
    expect(hits.items.map((o) => o.name)).toContain("Viện Nghiên cứu Hải sản Đông Bắc");
    expect((await listOrganizations({ params: { q: "hai san", kind: "ENTERPRISE" } })).items).toHaveLength(0);
    expect(JSON.stringify(hits)).not.toMatch(/contactEmail|taxCode/);
  });
});
