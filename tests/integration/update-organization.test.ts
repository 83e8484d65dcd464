import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../../lib/server/auth/load-actor";
import { db } from "../../lib/server/db/client";
import { getOrganizationForEdit } from "../../lib/server/organizations/get-organization-for-edit";
import { reviewMembership } from "../../lib/server/organizations/review-membership";
import { updateOrganization } from "../../lib/server/organizations/update-organization";
import { createOwner, requestToJoin } from "../support/factories";
import { codeOf } from "../support/codes";


describe("editing an organisation's profile", () => {
  let lab: Awaited<ReturnType<typeof createOwner>>;
  let exchange: Awaited<ReturnType<typeof createOwner>>;

  beforeAll(async () => {
    lab = await createOwner({ orgName: "Viện Cơ điện Nông nghiệp" });
    exchange = await createOwner({ orgName: "Sàn Giao dịch Công nghệ Hải Phòng", kind: "INTERMEDIARY" });
  });

  it("lets the owner change the profile and private details", async () => {
    await updateOrganization({
      actor: lab.actor,
      input: {
        organizationId: lab.organizationId,
        name: "Viện Cơ điện Nông nghiệp và Công nghệ Sau thu hoạch",
        province: "ha-noi",
        website: "https://vcdnn.example.vn",
        description: "Máy sấy nông sản, kho lạnh",
        contactEmail: "lienhe@vcdnn.example.vn",
        contactPhone: "+84 24 3868 0000",
        taxCode: "0100123456",
        intermediaryType: "INCUBATOR",
        servedRegions: ["hue"],
      },
    });
    const org = await getOrganizationForEdit({ actor: lab.actor, id: lab.organizationId });
    expect(org).toMatchObject({ name: "Viện Cơ điện Nông nghiệp và Công nghệ Sau thu hoạch", taxCode: "0100123456", contactPhone: "+84 24 3868 0000" });
    // Only intermediaries keep brokering details.
    expect(org.intermediaryType).toBeNull();
    expect(org.servedRegions).toEqual([]);
  });

  it("keeps an intermediary's type and regions, and requires the type", async () => {
    const base = { organizationId: exchange.organizationId, name: "Sàn Giao dịch Công nghệ Hải Phòng", province: "hai-phong" };
    await updateOrganization({ actor: exchange.actor, input: { ...base, intermediaryType: "TECHNOLOGY_EXCHANGE", servedRegions: ["hai-phong", "quang-ninh", "hai-phong"] } });
    expect((await getOrganizationForEdit({ actor: exchange.actor, id: exchange.organizationId })).servedRegions).toEqual(["hai-phong", "quang-ninh"]);
    const err = await updateOrganization({ actor: exchange.actor, input: { ...base, servedRegions: [] } }).catch((e) => e);
    expect(err).toMatchObject({ code: "VALIDATION", fields: { intermediaryType: "intermediaryTypeRequired" } });
  });

  it("explains bad values field by field and changes nothing", async () => {
    const before = await getOrganizationForEdit({ actor: lab.actor, id: lab.organizationId });
    const err = await updateOrganization({
      actor: lab.actor,
      input: { organizationId: lab.organizationId, name: "X", province: "sai-gon", website: "ftp://x", contactEmail: "no", contactPhone: "call me", taxCode: "12" },
    }).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(err.fields).toEqual({
      name: "orgNameRequired",
      province: "provinceRequired",
      website: "websiteInvalid",
      contactEmail: "emailInvalid",
      contactPhone: "phoneInvalid",
      taxCode: "taxCodeInvalid",
    });
    expect(await getOrganizationForEdit({ actor: lab.actor, id: lab.organizationId })).toEqual(before);
  });

  it("refuses members who are not owners, and hides the organisation from strangers", async () => {
    const joiner = await requestToJoin(lab.organizationId);
    const row = await db().membership.findFirstOrThrow({ where: { userId: joiner.userId } });
    await reviewMembership({ actor: lab.actor, input: { membershipId: row.id, decision: "approve" } });
    const member = (await loadActor(joiner.userId))!;
    const input = { organizationId: lab.organizationId, name: "Hijacked", province: "ha-noi" };
    expect(await codeOf(updateOrganization({ actor: member, input }))).toBe("FORBIDDEN");
    expect(await codeOf(updateOrganization({ actor: exchange.actor, input }))).toBe("NOT_FOUND");
    // Even invalid input from a stranger says NOT_FOUND, not which fields are wrong.
    expect(await codeOf(updateOrganization({ actor: exchange.actor, input: { ...input, name: "" } }))).toBe("NOT_FOUND");
    expect(await codeOf(getOrganizationForEdit({ actor: exchange.actor, id: lab.organizationId }))).toBe("NOT_FOUND");
    expect((await getOrganizationForEdit({ actor: lab.actor, id: lab.organizationId })).name).not.toBe("Hijacked");
  });
});
