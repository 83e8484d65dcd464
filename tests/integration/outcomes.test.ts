// Outcome figures on a small hand-built dataset: every expected value below is worked out by
// hand from the rows inserted in beforeAll (dates are fixed, except one recent interest).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { loadActor } from "../../lib/server/auth/load-actor";
import { db } from "../../lib/server/db/client";
import { getIntermediaryOutcomes } from "../../lib/server/outcomes/get-intermediary-outcomes";
import { getListingOutcomes } from "../../lib/server/outcomes/get-listing-outcomes";
import { getMarketOverview } from "../../lib/server/outcomes/get-market-overview";
import { getStateIndicators } from "../../lib/server/outcomes/get-state-indicators";
import { recordListingView } from "../../lib/server/outcomes/record-listing-view";
import { createAccessToken } from "../../lib/server/tokens/access-tokens";
import { codeOf } from "../support/codes";
import { createAdmin, createOwner, verify } from "../support/factories";

const { GET: marketRoute } = await import("../../app/api/v1/outcomes/market/route");
const { GET: stateRoute } = await import("../../app/api/v1/outcomes/state/route");

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const BN = 1_000_000_000n;
const COMPLETE = { application: "Lò quay", targetCustomers: "Nhà máy xi măng", marketSize: "80 dây chuyền", unitCost: "120.000 ₫/t", efficiencyGain: "3–5%", investmentNeeded: "Không", askingPriceVnd: 2n * BN };

describe("outcome figures", () => {
  let lab: Actor, firm: Actor, firm2: Actor, broker: Actor, broker2: Actor, agency: Actor, admin: Actor, stranger: Actor;
  let labOrg: string, firmOrg: string, firm2Org: string, brokerOrg: string, agencyOrg: string;
  const offers: Record<string, string> = {};
  const deals: Record<string, string> = {};
  let agencyToken: string, firmToken: string;

  async function org(kind: string, verified = true) {
    const o = await createOwner({ kind });
    if (verified) await verify(o.organizationId);
    return { id: o.organizationId, actor: (await loadActor(o.userId)) as Actor };
  }

  beforeAll(async () => {
    ({ id: labOrg, actor: lab } = await org("RESEARCH_INSTITUTE"));
    ({ id: firmOrg, actor: firm } = await org("ENTERPRISE"));
    ({ id: firm2Org, actor: firm2 } = await org("ENTERPRISE"));
    ({ id: brokerOrg, actor: broker } = await org("INTERMEDIARY"));
    ({ actor: broker2 } = await org("INTERMEDIARY"));
    ({ id: agencyOrg, actor: agency } = await org("GOVERNMENT_AGENCY"));
    ({ actor: stranger } = await org("ENTERPRISE", false));
    admin = await createAdmin();
    await db().organization.updateMany({ where: { id: { in: [firmOrg, firm2Org] } }, data: { province: "ha-noi" } });

    const offer = (key: string, data: Record<string, unknown>) =>
      db().offer.create({ data: { organizationId: labOrg, createdById: lab.userId, title: `Offer ${key}`, summary: "s", trl: 7, province: "ha-noi", ...data } }).then((o) => (offers[key] = o.id));
    await offer("O1", { status: "PUBLISHED", publishedAt: day("2025-01-01"), fieldCodes: ["materials"], sectorCodes: ["cement"], ipStatus: "PATENT_GRANTED", stateFunded: true, ...COMPLETE });
    await offer("O2", { status: "PUBLISHED", publishedAt: day("2025-01-01"), fieldCodes: ["materials"], ipStatus: "PATENT_GRANTED", application: "x" });
    await offer("O3", { status: "CLOSED", publishedAt: day("2025-04-01"), fieldCodes: ["agri"], sectorCodes: ["aquaculture"], province: "can-tho", stateFunded: true, ...COMPLETE });
    await offer("O4", { status: "PUBLISHED", publishedAt: day("2025-07-01"), fieldCodes: ["agri"], province: "can-tho" });
    await offer("O5", { status: "DRAFT", fieldCodes: ["materials"] });
    const challenge = (data: Record<string, unknown>) =>
      db().challenge.create({ data: { organizationId: agencyOrg, createdById: agency.userId, title: "Challenge", problem: "p", province: "can-tho", status: "PUBLISHED", ...data } }).then((c) => c.id);
    const ch1 = await challenge({ stateCommissioned: true, publishedAt: day("2025-02-01"), fieldCodes: ["agri"] });
    const ch2 = await challenge({ stateCommissioned: true, publishedAt: day("2025-02-01"), fieldCodes: ["materials"], province: "ha-noi" });
    await challenge({ publishedAt: day("2025-03-01"), fieldCodes: ["agri"] });

    const contract = (data: Record<string, unknown>) =>
      db().transferContract.create({
        data: { idempotencyKey: randomUUID(), createdById: admin.userId, title: "Contract", supplierName: "Viện", supplierCountry: "VN", recipientName: "Công ty", recipientCountry: "VN", direction: "DOMESTIC", province: "ha-noi", ...data } as never,
      });
    const fromLab = { supplierOrgId: labOrg, supplierKind: "RESEARCH_INSTITUTE" };
    await contract({ ...fromLab, offerId: offers.O1, recipientOrgId: firmOrg, type: "LICENSE_EXCLUSIVE", valueVnd: 1n * BN, signedAt: day("2025-03-02"), fieldCodes: ["materials"], sectorCodes: ["cement"] });
    await contract({ ...fromLab, offerId: offers.O1, recipientOrgId: firm2Org, intermediaryOrgId: brokerOrg, type: "KNOW_HOW", valueVnd: 2n * BN, signedAt: day("2025-06-30"), fieldCodes: ["materials"] });
    await contract({ ...fromLab, offerId: offers.O3, recipientName: "Thai Union", recipientCountry: "TH", direction: "OUTBOUND", intermediaryOrgId: brokerOrg, type: "LICENSE_NON_EXCLUSIVE", valueVnd: 3n * BN, signedAt: day("2025-05-01"), fieldCodes: ["agri"], province: "can-tho" });
    await contract({ supplierName: "Fraunhofer IKTS", supplierCountry: "DE", recipientOrgId: firmOrg, direction: "INBOUND", intermediaryOrgId: brokerOrg, type: "LICENSE_EXCLUSIVE", valueVnd: 4n * BN, signedAt: day("2025-08-15") });
    await contract({ supplierName: "KIST", supplierCountry: "KR", recipientOrgId: firm2Org, direction: "INBOUND", intermediaryOrgId: brokerOrg, type: "ASSIGNMENT", valueVnd: 5n * BN, signedAt: day("2025-09-01") });
    await contract({ ...fromLab, challengeId: ch1, recipientOrgId: agencyOrg, type: "COMMISSIONED_RESEARCH", valueVnd: 6n * BN, signedAt: day("2026-01-10"), fieldCodes: ["agri"], province: "can-tho" });

    const deal = (key: string, data: Record<string, unknown>) =>
      db().deal.create({ data: { listingKind: "offer", ownerOrgId: labOrg, initiatorOrgId: firmOrg, createdById: firm.userId, message: "m", respondBy: new Date(), province: "ha-noi", partnerOrgId: firmOrg, ...data } as never }).then((d) => (deals[key] = d.id));
    await deal("D1", { offerId: offers.O1, fieldCodes: ["materials"], createdAt: day("2025-01-11"), respondedAt: day("2025-01-13"), ndaAt: day("2025-01-13"), negotiationAt: day("2025-01-15"), agreedAt: day("2025-02-20"), contractedAt: day("2025-03-02"), stage: "CONTRACTED" });
    await deal("D2", { offerId: offers.O1, fieldCodes: ["materials"], partnerOrgId: firm2Org, initiatorOrgId: firm2Org, intermediaryOrgId: brokerOrg, createdAt: day("2025-01-21"), respondedAt: day("2025-02-10"), ndaAt: day("2025-02-10"), negotiationAt: day("2025-02-12"), stage: "NEGOTIATION" });
    await deal("D3", { offerId: offers.O3, fieldCodes: ["agri"], province: "can-tho", createdAt: day("2025-04-21"), respondedAt: day("2025-04-25"), stage: "DECLINED" });
    await deal("D4", { offerId: offers.O4, fieldCodes: ["agri"], province: "can-tho", partnerOrgId: firm2Org, initiatorOrgId: firm2Org, createdAt: day("2025-07-31") });
    await deal("D5", { listingKind: "challenge", challengeId: ch1, ownerOrgId: agencyOrg, partnerOrgId: labOrg, initiatorOrgId: labOrg, fieldCodes: ["agri"], province: "can-tho", createdAt: new Date(Date.now() - 3 * 86_400_000) });

    for (const [dealId, organizationId, userId] of [[deals.D1, firmOrg, firm.userId], [deals.D2, firm2Org, firm2.userId]] as const) {
      await db().ndaAcceptance.create({ data: { dealId: dealId!, organizationId, userId, ndaVersion: "helix-standard-1", textSha256: "x" } });
    }
    await db().matchPair.create({ data: { offerId: offers.O1!, challengeId: ch2, score: 0.8, reasons: [] } });
    agencyToken = (await createAccessToken({ actor: agency, input: { name: "t" } })).token;
    firmToken = (await createAccessToken({ actor: firm, input: { name: "t" } })).token;
  });

  it("shows the market overview to anyone, with values only for groups of 3 or more", async () => {
    const m = await getMarketOverview({ actor: null, filters: {} });
    expect(m.totals).toEqual({ publishedOffers: 4, publishedChallenges: 3, contracts: 6, valueVnd: "21000000000" });
    expect(m.listingsByField).toEqual([
      { key: "agri", offers: 2, challenges: 2 },
      { key: "materials", offers: 2, challenges: 1 },
    ]);
    expect(m.contractsByQuarter).toEqual([
      { key: "2025-Q1", contracts: 1, valueVnd: null },
      { key: "2025-Q2", contracts: 2, valueVnd: null },
      { key: "2025-Q3", contracts: 2, valueVnd: null },
      { key: "2025-Q4", contracts: 0, valueVnd: "0" },
      { key: "2026-Q1", contracts: 1, valueVnd: null },
    ]);
    // DOMESTIC has 3 contracts: its value shows; INBOUND (2) and OUTBOUND (1) do not.
    expect(m.byDirection).toEqual([
      { key: "DOMESTIC", contracts: 3, valueVnd: "9000000000", shareOfContracts: 0.5, shareOfValue: 9 / 21 },
      { key: "INBOUND", contracts: 2, valueVnd: null, shareOfContracts: 2 / 6, shareOfValue: null },
      { key: "OUTBOUND", contracts: 1, valueVnd: null, shareOfContracts: 1 / 6, shareOfValue: null },
    ]);
    expect(m.byType.map((r) => [r.key, r.contracts, r.valueVnd])).toEqual([
      ["LICENSE_EXCLUSIVE", 2, null],
      ["ASSIGNMENT", 1, null],
      ["COMMISSIONED_RESEARCH", 1, null],
      ["KNOW_HOW", 1, null],
      ["LICENSE_NON_EXCLUSIVE", 1, null],
    ]);
  });

  it("shows a group of 2 contracts' value to a party of both, and to an admin", async () => {
    const forBroker = await getMarketOverview({ actor: broker, filters: {} });
    expect(forBroker.byDirection.map((r) => [r.key, r.valueVnd, r.shareOfValue])).toEqual([
      ["DOMESTIC", "9000000000", 9 / 21],
      ["INBOUND", "9000000000", 9 / 21],
      ["OUTBOUND", "3000000000", 3 / 21],
    ]);
    const forAdmin = await getMarketOverview({ actor: admin, filters: {} });
    expect(forAdmin.contractsByQuarter.map((q) => q.valueVnd)).toEqual(["1000000000", "5000000000", "9000000000", "0", "6000000000"]);
  });

  it("filters by field and by period", async () => {
    const field = await getStateIndicators({ actor: admin, filters: { field: "materials" } });
    expect(field.totals).toEqual({ publishedOffers: 2, publishedChallenges: 1, contracts: 2, valueVnd: "3000000000" });
    expect(field.commercialisation.all).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(field.funnel).toEqual({ interest: 2, nda: 2, negotiation: 2, agreed: 1, contracted: 1 });
    // two contracts: hidden from a stranger
    expect((await getMarketOverview({ actor: stranger, filters: { field: "materials" } })).totals.valueVnd).toBeNull();

    const period = await getStateIndicators({ actor: admin, filters: { from: "2025-07-01", to: "2025-12-31" } });
    expect(period.totals).toEqual({ publishedOffers: 1, publishedChallenges: 0, contracts: 2, valueVnd: "9000000000" });
    expect(period.commercialisation.all).toEqual({ numerator: 0, denominator: 1, rate: 0 });
    expect(period.funnel).toEqual({ interest: 1, nda: 0, negotiation: 0, agreed: 0, contracted: 0 });
    expect(period.byDirection.map((r) => [r.key, r.contracts])).toEqual([["DOMESTIC", 0], ["INBOUND", 2], ["OUTBOUND", 0]]);

    expect(await codeOf(getMarketOverview({ actor: null, filters: { from: "2025-13" } }))).toBe("VALIDATION");
    expect(await getMarketOverview({ actor: null, filters: { from: "2026-01-01", to: "2025-01-01" } }).catch((e) => e.fields)).toEqual({ to: "periodInvalid" });
  });

  it("computes the State indicators", async () => {
    const s = await getStateIndicators({ actor: agency, filters: {} });
    expect(s.commercialisation).toEqual({
      all: { numerator: 2, denominator: 4, rate: 0.5 },
      patented: { numerator: 1, denominator: 2, rate: 0.5 },
      stateFunded: { numerator: 2, denominator: 2, rate: 1 },
    });
    // first interest: O1 10 days, O3 20, O4 30; first contract: O1 60 days, O3 30
    expect(s.medianDays).toEqual({ publicationToFirstInterest: 20, publicationToFirstContract: 45 });
    // due: D1–D4 (D5 is 3 days old, unanswered); answered in 2, 20 and 4 days
    expect(s.responses).toEqual({
      answered: { numerator: 3, denominator: 4, rate: 0.75 },
      answeredInTime: { numerator: 2, denominator: 4, rate: 0.5 },
      medianDaysToAnswer: 4,
    });
    expect(s.funnel).toEqual({ interest: 5, nda: 2, negotiation: 2, agreed: 1, contracted: 1 });
    expect(s.commissionedChallenges).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(s.conversionByCompleteness).toEqual({ complete: { numerator: 2, denominator: 2, rate: 1 }, incomplete: { numerator: 0, denominator: 2, rate: 0 } });
    // FOREIGN (2 contracts, not the agency's) is hidden, and so the research institutes' 4
    // too: total − theirs would give FOREIGN away.
    expect(s.byOrganizationKind.map((r) => [r.key, r.contracts, r.valueVnd])).toEqual([["RESEARCH_INSTITUTE", 4, null], ["FOREIGN", 2, null]]);
    // can-tho (2 contracts, one not the agency's) is hidden; ha-noi would then give it away
    // as total − ha-noi, so it is hidden too.
    expect(s.byProvince.map((r) => [r.key, r.contracts, r.valueVnd])).toEqual([["ha-noi", 4, null], ["can-tho", 2, null]]);
    const forAdmin = await getStateIndicators({ actor: admin, filters: {} });
    expect(forAdmin.byProvince.map((r) => [r.key, r.valueVnd])).toEqual([["ha-noi", "12000000000"], ["can-tho", "9000000000"]]);
  });

  it("lets only agency members and admins see the State view", async () => {
    expect(await codeOf(getStateIndicators({ actor: agency, filters: {} }))).toBe("OK");
    expect(await codeOf(getStateIndicators({ actor: admin, filters: {} }))).toBe("OK");
    expect(await codeOf(getStateIndicators({ actor: firm, filters: {} }))).toBe("FORBIDDEN");
    expect(await codeOf(getStateIndicators({ actor: null, filters: {} }))).toBe("UNAUTHENTICATED");
  });

  it("shows an intermediary its brokered deals next to the platform's figures", async () => {
    const r = await getIntermediaryOutcomes({ actor: broker, filters: {} });
    expect(r.organization.id).toBe(brokerOrg);
    expect(r.dealsByStage.filter((s) => s.count)).toEqual([{ key: "NEGOTIATION", count: 1 }]);
    expect(r.contracts).toEqual({ contracts: 4, valueVnd: "14000000000" });
    expect(r.conversion).toEqual({ numerator: 0, denominator: 1, rate: 0 });
    expect(r.medianDaysToAnswer).toBe(20);
    expect(r.platform).toEqual({ conversion: { numerator: 1, denominator: 5, rate: 0.2 }, medianDaysToAnswer: 4 });
    expect(r.deals).toEqual([{ id: deals.D2, title: "Offer O1", stage: "NEGOTIATION", createdAt: "2025-01-21T00:00:00.000Z", contractValueVnd: null }]);

    expect(await codeOf(getIntermediaryOutcomes({ actor: broker2, organizationId: brokerOrg, filters: {} }))).toBe("NOT_FOUND");
    expect(await codeOf(getIntermediaryOutcomes({ actor: firm, filters: {} }))).toBe("NOT_FOUND");
    expect((await getIntermediaryOutcomes({ actor: admin, organizationId: brokerOrg, filters: {} })).contracts.contracts).toBe(4);
    expect(await codeOf(getIntermediaryOutcomes({ actor: admin, organizationId: firmOrg, filters: {} }))).toBe("NOT_FOUND");
  });

  it("shows a listing's owner its views, matches, interests, NDAs and missing fields", async () => {
    await recordListingView({ actor: null, kind: "offer", id: offers.O1! });
    await recordListingView({ actor: firm, kind: "offer", id: offers.O1! });
    await recordListingView({ actor: lab, kind: "offer", id: offers.O1! }); // the owner's own view is not counted
    await recordListingView({ actor: null, kind: "offer", id: offers.O5! }); // a draft is not counted
    const r = await getListingOutcomes({ actor: lab, kind: "offer", id: offers.O1! });
    expect(r).toEqual({
      listing: { kind: "offer", id: offers.O1, title: "Offer O1" },
      views: 2,
      matches: 1,
      interests: 2,
      ndas: 2,
      dealsOpen: 1,
      dealsContracted: 1,
      missingFields: ["translation"],
      completeness: 88,
    });
    expect((await getListingOutcomes({ actor: lab, kind: "offer", id: offers.O5! })).views).toBe(0);
    expect(await codeOf(getListingOutcomes({ actor: firm, kind: "offer", id: offers.O1! }))).toBe("NOT_FOUND");
    expect(await codeOf(getListingOutcomes({ actor: null, kind: "offer", id: offers.O1! }))).toBe("NOT_FOUND");
  });

  it("exports a table as CSV with a BOM and the header in the locale", async () => {
    const res = await marketRoute(new Request("http://localhost/api/v1/outcomes/market?format=csv&table=byDirection&locale=en", { headers: { authorization: `Bearer ${firmToken}` } }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="helix-outcomes-market-byDirection-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // Response.text() would drop the BOM
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split("\r\n").slice(0, 2)).toEqual(["Direction,Contracts,Value (VND),Share of contracts,Share of value", "DOMESTIC,3,9000000000,0.5,0.4286"]);

    const json = await stateRoute(new Request("http://localhost/api/v1/outcomes/state?field=materials", { headers: { authorization: `Bearer ${agencyToken}` } }), { params: Promise.resolve({}) });
    expect(json.status).toBe(200);
    expect((await json.json()).totals.contracts).toBe(2);
    const forbidden = await stateRoute(new Request("http://localhost/api/v1/outcomes/state", { headers: { authorization: `Bearer ${firmToken}` } }), { params: Promise.resolve({}) });
    expect(forbidden.status).toBe(403);
    const bad = await stateRoute(new Request("http://localhost/api/v1/outcomes/state?format=csv&table=nope", { headers: { authorization: `Bearer ${agencyToken}` } }), { params: Promise.resolve({}) });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields).toEqual({ table: "invalidValue" });
  });
});
