import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../../lib/server/auth/load-actor";
import { createChallenge } from "../../lib/server/challenges/create-challenge";
import { getChallenge } from "../../lib/server/challenges/get-challenge";
import { updateChallenge } from "../../lib/server/challenges/update-challenge";
import { db } from "../../lib/server/db/client";
import { changeListingStatus } from "../../lib/server/listings/change-status";
import { grantConfidentialAccess, revokeConfidentialAccess } from "../../lib/server/listings/confidential-access";
import { getChallengeForEdit, getOfferForEdit } from "../../lib/server/listings/get-for-edit";
import { listMyListings } from "../../lib/server/listings/list-my-listings";
import { searchChallenges, searchOffers } from "../../lib/server/listings/search-listings";
import { createOffer } from "../../lib/server/offers/create-offer";
import { getOffer } from "../../lib/server/offers/get-offer";
import { updateOffer } from "../../lib/server/offers/update-offer";
import type { Actor } from "../../lib/auth/permissions";
import { CHALLENGE_INPUT, createAdmin, createOwner, OFFER_INPUT, verify } from "../support/factories";
import { codeOf } from "../support/codes";

const reload = async (a: { userId: string }) => (await loadActor(a.userId))!;

describe("offers and challenges", () => {
  let lab: Actor, firm: Actor, other: Actor, unverified: Actor, exchange: Actor, admin: Actor;
  let labOrg: string, firmOrg: string, otherOrg: string;
  let offerId: string, challengeId: string;

  beforeAll(async () => {
    const l = await createOwner({ orgName: "Viện Vật liệu Xây dựng" });
    const f = await createOwner({ orgName: "Xi măng Hoa Lư", kind: "ENTERPRISE" });
    const o = await createOwner({ orgName: "Công ty Gạch Đồng Nai", kind: "ENTERPRISE" });
    const u = await createOwner({ orgName: "Công ty chưa xác minh", kind: "ENTERPRISE" });
    const x = await createOwner({ orgName: "Sàn Giao dịch Công nghệ", kind: "INTERMEDIARY" });
    for (const org of [l, f, o, x]) await verify(org.organizationId);
    [lab, firm, other, unverified, exchange] = (await Promise.all([l, f, o, u, x].map((a) => reload(a.actor)))) as [Actor, Actor, Actor, Actor, Actor];
    [labOrg, firmOrg, otherOrg] = [l.organizationId, f.organizationId, o.organizationId];
    admin = await createAdmin();
  });

  it("lets a lab save a draft offer, mapping an old province name and parsing VND", async () => {
    offerId = (await createOffer({ actor: lab, input: { ...OFFER_INPUT, province: "Hà Tây" } })).id;
    const row = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(row).toMatchObject({ status: "DRAFT", province: "ha-noi", trl: 8, askingPriceVnd: 2_500_000_000n, stateFunded: true, patentNumbers: ["1-0021345"] });
  });

  it("refuses offers from enterprises and challenges from labs", async () => {
    expect(await codeOf(createOffer({ actor: firm, input: OFFER_INPUT }))).toBe("FORBIDDEN");
    expect(await codeOf(createChallenge({ actor: lab, input: CHALLENGE_INPUT }))).toBe("FORBIDDEN");
    expect(await codeOf(createOffer({ actor: null, input: OFFER_INPUT }))).toBe("UNAUTHENTICATED");
  });

  it("explains invalid input field by field", async () => {
    const err = await createOffer({
      actor: lab,
      input: { ...OFFER_INPUT, title: "", trl: "12", ipStatus: "PATENT_PENDING", patentNumbers: "", askingPriceVnd: "hai tỷ", province: "Atlantis", sectorCodes: ["made-up"] },
    }).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(err.fields).toMatchObject({ title: "titleRequired", trl: "trlInvalid", askingPriceVnd: "amountInvalid" });
    const noPatent = await createOffer({ actor: lab, input: { ...OFFER_INPUT, ipStatus: "PATENT_PENDING", patentNumbers: "" } }).catch((e) => e);
    expect(noPatent.fields).toEqual({ patentNumbers: "patentNumberRequired" });
    const err2 = await createOffer({ actor: lab, input: { ...OFFER_INPUT, province: "Atlantis", sectorCodes: ["made-up"] } }).catch((e) => e);
    expect(err2.fields).toEqual({ province: "provinceRequired", sectorCodes: "sectorInvalid" });
    const err3 = await createChallenge({ actor: firm, input: { ...CHALLENGE_INPUT, budgetMinVnd: "5000000000" } }).catch((e) => e);
    expect(err3.fields).toEqual({ budgetMaxVnd: "budgetOrder" });
  });

  it("keeps drafts invisible to other organisations", async () => {
    expect(await codeOf(getOffer({ actor: firm, id: offerId }))).toBe("NOT_FOUND");
    expect(await codeOf(getOffer({ actor: null, id: offerId }))).toBe("NOT_FOUND");
    expect((await getOffer({ actor: lab, id: offerId })).access).toBe("owner");
    expect((await searchOffers({ actor: null, params: { q: "xi mang" } })).items).toHaveLength(0);
  });

  it("publishes only with deal types and sectors, and sets a 12-month expiry", async () => {
    const bare = (await createOffer({ actor: lab, input: { ...OFFER_INPUT, externalRef: "bare-1", dealTypes: [], sectorCodes: [] } })).id;
    const err = await changeListingStatus({ actor: lab, kind: "offer", id: bare, action: "publish" }).catch((e) => e);
    expect(err).toMatchObject({ code: "VALIDATION", fields: { dealTypes: "dealTypeRequired", sectorCodes: "sectorRequired" } });

    expect(await codeOf(changeListingStatus({ actor: firm, kind: "offer", id: offerId, action: "publish" }))).toBe("NOT_FOUND");
    await changeListingStatus({ actor: lab, kind: "offer", id: offerId, action: "publish" });
    const row = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(row.status).toBe("PUBLISHED");
    const days = (row.expiresAt!.getTime() - row.publishedAt!.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(365);
  });

  it("shows three tiers: teaser to anyone, business case to verified members, confidential to admitted organisations", async () => {
    const anon = await getOffer({ actor: null, id: offerId });
    expect(anon.access).toBe("public");
    expect(anon.details).toBeNull();
    expect(anon.confidential).toBeNull();
    expect(JSON.stringify(anon)).not.toMatch(/CaF2|2500000000|1-0021345|80 dây chuyền/);

    expect((await getOffer({ actor: unverified, id: offerId })).details).toBeNull();

    const member = await getOffer({ actor: other, id: offerId });
    expect(member.access).toBe("member");
    expect(member.details).toMatchObject({ askingPriceVnd: "2500000000", patentNumbers: ["1-0021345"] });
    expect(member.confidential).toBeNull();
    expect(JSON.stringify(member)).not.toContain("CaF2");

    await grantConfidentialAccess({ actor: lab, kind: "offer", id: offerId, organizationId: firmOrg });
    const admitted = await getOffer({ actor: firm, id: offerId });
    expect(admitted.access).toBe("confidential");
    expect(admitted.confidential?.confidentialDetails).toContain("CaF2");
    expect((await getOffer({ actor: other, id: offerId })).confidential).toBeNull();
    // Admins moderate but are not NDA partners.
    expect((await getOffer({ actor: admin, id: offerId })).confidential).toBeNull();

    expect(await codeOf(grantConfidentialAccess({ actor: other, kind: "offer", id: offerId, organizationId: otherOrg }))).toBe("NOT_FOUND");
    await revokeConfidentialAccess({ actor: lab, kind: "offer", id: offerId, organizationId: firmOrg });
    expect((await getOffer({ actor: firm, id: offerId })).confidential).toBeNull();
  });

  it("finds published listings without diacritics and never matches gated text", async () => {
    const hit = await searchOffers({ actor: null, params: { q: "phu gia tiet kiem than" } });
    expect(hit.items.map((i) => i.id)).toEqual([offerId]);
    expect(hit.items[0]!.details).toBeNull();
    expect((await searchOffers({ actor: null, params: { q: "coal-saving additive" } })).total).toBe(1);
    // Words only in the confidential and business-case fields find nothing.
    expect((await searchOffers({ actor: null, params: { q: "CaF2" } })).total).toBe(0);
    expect((await searchOffers({ actor: null, params: { q: "dây chuyền" } })).total).toBe(0);
    // Facets.
    expect((await searchOffers({ actor: null, params: { trlMin: "9" } })).total).toBe(0);
    expect((await searchOffers({ actor: null, params: { deal: "LICENSE", sector: "construction-materials", ip: "PATENT_GRANTED", province: "ha-noi" } })).total).toBe(1);
    expect((await searchOffers({ actor: null, params: { deal: "ASSIGNMENT" } })).total).toBe(0);
    expect((await searchOffers({ actor: null, params: { orgKind: "ENTERPRISE" } })).total).toBe(0);
  });

  it("marks an agency's challenge as commissioned by the State and lets only its owner edit", async () => {
    challengeId = (await createChallenge({ actor: firm, input: CHALLENGE_INPUT })).id;
    await changeListingStatus({ actor: firm, kind: "challenge", id: challengeId, action: "publish" });
    const seen = await getChallenge({ actor: other, id: challengeId });
    expect(seen.stateCommissioned).toBe(false);
    expect(seen.details?.budgetMaxVnd).toBe("3000000000");
    expect(seen.confidential).toBeNull();
    expect((await getChallenge({ actor: null, id: challengeId })).details).toBeNull();

    expect(await codeOf(updateChallenge({ actor: other, id: challengeId, input: CHALLENGE_INPUT }))).toBe("NOT_FOUND");
    await updateChallenge({ actor: firm, id: challengeId, input: { ...CHALLENGE_INPUT, title: "Giảm tiêu hao than lò quay 2.500 tấn/ngày" } });
    expect((await searchChallenges({ actor: null, params: { q: "lo quay 2.500" } })).items.map((c) => c.id)).toEqual([challengeId]);
  });

  it("refuses to edit archived listings and lets an admin archive any listing", async () => {
    expect(await codeOf(changeListingStatus({ actor: other, kind: "challenge", id: challengeId, action: "archive" }))).toBe("NOT_FOUND");
    await changeListingStatus({ actor: admin, kind: "challenge", id: challengeId, action: "archive" });
    expect(await codeOf(updateChallenge({ actor: firm, id: challengeId, input: CHALLENGE_INPUT }))).toBe("CONFLICT");
    expect(await codeOf(changeListingStatus({ actor: firm, kind: "challenge", id: challengeId, action: "publish" }))).toBe("CONFLICT");
    expect(await codeOf(getChallenge({ actor: other, id: challengeId }))).toBe("NOT_FOUND");
    // The edit form is not offered for an archived listing, nor to anyone but the owner.
    expect(await codeOf(getChallengeForEdit({ actor: firm, id: challengeId }))).toBe("NOT_FOUND");
    expect(await codeOf(getOfferForEdit({ actor: other, id: offerId }))).toBe("NOT_FOUND");
    expect((await getOfferForEdit({ actor: lab, id: offerId })).confidential?.confidentialDetails).toContain("CaF2");
  });

  it("hides expired listings from others, reminds the owner, and renews for 12 months", async () => {
    await db().offer.update({ where: { id: offerId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await codeOf(getOffer({ actor: other, id: offerId }))).toBe("NOT_FOUND");
    expect((await searchOffers({ actor: null, params: { q: "phu gia" } })).total).toBe(0);
    const mine = await listMyListings({ actor: lab });
    expect(mine.find((m) => m.id === offerId)?.expiry).toBe("expired");
    await changeListingStatus({ actor: lab, kind: "offer", id: offerId, action: "renew" });
    expect((await getOffer({ actor: other, id: offerId })).access).toBe("member");
    expect((await listMyListings({ actor: lab })).find((m) => m.id === offerId)?.expiry).toBe("ok");
  });

  it("lets an intermediary list on a lab's behalf, recorded as the lister, and manage it", async () => {
    const { id } = await createOffer({ actor: exchange, input: { ...OFFER_INPUT, externalRef: "san-01", onBehalfOfOrganizationId: labOrg } });
    const row = await db().offer.findUniqueOrThrow({ where: { id } });
    expect(row.organizationId).toBe(labOrg);
    expect(row.listedByOrganizationId).toBe(exchange.memberships[0]!.organizationId);
    await updateOffer({ actor: exchange, id, input: { ...OFFER_INPUT, title: "Phụ gia khoáng hoá cho lò nung clinker" } });
    expect((await getOffer({ actor: lab, id })).access).toBe("owner");
    const err = await createOffer({ actor: exchange, input: { ...OFFER_INPUT, onBehalfOfOrganizationId: firmOrg } }).catch((e) => e);
    expect(err).toMatchObject({ code: "VALIDATION", fields: { onBehalfOfOrganizationId: "labRequired" } });
    expect(await codeOf(createOffer({ actor: other, input: { ...OFFER_INPUT, onBehalfOfOrganizationId: labOrg } }))).toBe("FORBIDDEN");
  });

  it("does not duplicate an external reference within an organisation", async () => {
    await createOffer({ actor: lab, input: { ...OFFER_INPUT, externalRef: "ref-42" } });
    const err = await createOffer({ actor: lab, input: { ...OFFER_INPUT, externalRef: "ref-42" } }).catch((e) => e);
    expect(err).toMatchObject({ code: "CONFLICT", fields: { externalRef: "externalRefTaken" } });
  });
});
