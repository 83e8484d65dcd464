// The unfiltered outcome views read a summary computed ahead by the job queue: the same
// figures as computing live, and never stale, whichever way the data changed.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { loadActor } from "../../lib/server/auth/load-actor";
import { db } from "../../lib/server/db/client";
import { runDueJobs } from "../../lib/server/jobs/run-jobs";
import { getIntermediaryOutcomes } from "../../lib/server/outcomes/get-intermediary-outcomes";
import { getMarketOverview } from "../../lib/server/outcomes/get-market-overview";
import { getStateIndicators } from "../../lib/server/outcomes/get-state-indicators";
import { readOutcomeSummary, refreshOutcomeSummary } from "../../lib/server/outcomes/summary";
import { createAdmin, createOwner, verify } from "../support/factories";

const DAY = 86_400_000;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const pendingChanges = async () => (await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "OutcomeChange"`)[0]!.n;
const refreshJobs = () => db().job.count({ where: { kind: "outcomes.refresh", doneAt: null } });

describe("outcome summary", () => {
  let admin: Actor, lab: Actor, labOrg: string, firmOrg: string, firm: Actor, brokerOrg: string;

  beforeAll(async () => {
    admin = await createAdmin();
    const l = await createOwner({ kind: "RESEARCH_INSTITUTE" });
    const e = await createOwner({ kind: "ENTERPRISE" });
    await verify(l.organizationId);
    await verify(e.organizationId);
    const b = await createOwner({ kind: "INTERMEDIARY" });
    await verify(b.organizationId);
    brokerOrg = b.organizationId;
    labOrg = l.organizationId;
    firmOrg = e.organizationId;
    lab = (await loadActor(l.userId)) as Actor;
    firm = (await loadActor(e.userId)) as Actor;
    const offer = (data: Record<string, unknown>) =>
      db().offer.create({ data: { organizationId: labOrg, createdById: lab.userId, title: "Offer", summary: "s", trl: 6, province: "ha-noi", status: "PUBLISHED", ...data } });
    const o1 = await offer({ publishedAt: day("2025-01-01"), fieldCodes: ["materials"], ipStatus: "PATENT_GRANTED" });
    const o2 = await offer({ publishedAt: day("2025-03-01"), fieldCodes: ["agri"], sectorCodes: ["aquaculture"], stateFunded: true });
    await db().challenge.create({ data: { organizationId: firmOrg, createdById: firm.userId, title: "C", problem: "p", province: "can-tho", status: "PUBLISHED", publishedAt: day("2025-02-01"), stateCommissioned: true, fieldCodes: ["agri"] } });
    const deal = (data: Record<string, unknown>) =>
      db().deal.create({ data: { listingKind: "offer", ownerOrgId: labOrg, initiatorOrgId: firmOrg, partnerOrgId: firmOrg, createdById: firm.userId, message: "m", respondBy: new Date(), province: "ha-noi", ...data } as never });
    await deal({ offerId: o1.id, createdAt: day("2025-01-11"), respondedAt: day("2025-01-14"), ndaAt: day("2025-01-14"), stage: "NDA", intermediaryOrgId: brokerOrg });
    // Unanswered: one long overdue (due), one of 3 days ago (not yet due).
    await deal({ offerId: o2.id, createdAt: day("2025-04-01") });
    await deal({ offerId: o1.id, createdAt: new Date(Date.now() - 3 * DAY) });
    await db().transferContract.create({
      data: {
        idempotencyKey: randomUUID(), createdById: admin.userId, title: "Contract", supplierName: "Viện", supplierCountry: "VN", supplierOrgId: labOrg, supplierKind: "RESEARCH_INSTITUTE",
        recipientName: "Công ty", recipientCountry: "VN", recipientOrgId: firmOrg, direction: "DOMESTIC", province: "ha-noi", offerId: o1.id, type: "KNOW_HOW",
        valueVnd: 2_000_000_000n, signedAt: day("2025-03-02"), fieldCodes: ["materials"],
      } as never,
    });
  });

  it("computes live while a change is pending, queues one refresh, and then gives the same figures from the summary", async () => {
    expect(await pendingChanges()).toBeGreaterThan(0);
    const live = await getStateIndicators({ actor: admin, filters: {} });
    const liveMarket = await getMarketOverview({ actor: null, filters: {} });
    const liveIntermediary = await getIntermediaryOutcomes({ actor: admin, organizationId: brokerOrg, filters: {} });
    expect(live.totals.publishedOffers).toBe(2);
    expect(live.responses.answered).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(await refreshJobs()).toBe(1); // three stale views, one pending job

    expect(await runDueJobs()).toBeGreaterThanOrEqual(1);
    expect(await pendingChanges()).toBe(0);
    expect(await readOutcomeSummary()).not.toBeNull();
    expect(await getStateIndicators({ actor: admin, filters: {} })).toEqual(live);
    expect(await getMarketOverview({ actor: null, filters: {} })).toEqual(liveMarket);
    expect(await getIntermediaryOutcomes({ actor: admin, organizationId: brokerOrg, filters: {} })).toEqual(liveIntermediary);
    // A filtered view never reads the summary.
    expect((await getStateIndicators({ actor: admin, filters: { field: "agri" } })).totals.publishedOffers).toBe(1);
  });

  it("really reads the summary when it is fresh (a figure planted in it shows)", async () => {
    await refreshOutcomeSummary();
    await db().$executeRaw`UPDATE "OutcomeSummary" SET "data" = jsonb_set("data", '{listings,totals,offers}', '999')`;
    expect((await getMarketOverview({ actor: null, filters: {} })).totals.publishedOffers).toBe(999);
    await refreshOutcomeSummary();
    expect((await getMarketOverview({ actor: null, filters: {} })).totals.publishedOffers).toBe(2);
  });

  it("is stale at once after a write through Prisma or plain SQL, and fresh again after the refresh", async () => {
    await refreshOutcomeSummary();
    await db().offer.create({ data: { organizationId: labOrg, createdById: lab.userId, title: "New, no field or sector", summary: "s", trl: 5, province: "ha-noi", status: "PUBLISHED", publishedAt: day("2025-06-01") } });
    expect(await readOutcomeSummary()).toBeNull();
    expect((await getStateIndicators({ actor: admin, filters: {} })).totals.publishedOffers).toBe(3);

    await refreshOutcomeSummary();
    await db().$executeRaw`UPDATE "Deal" SET "respondedAt" = "createdAt" + interval '2 days' WHERE "respondedAt" IS NULL AND "createdAt" < '2025-12-31'`;
    const s = await getStateIndicators({ actor: admin, filters: {} });
    expect(s.responses.answered).toEqual({ numerator: 2, denominator: 2, rate: 1 });

    await db().$executeRaw`DELETE FROM "TransferContract"`;
    expect((await getStateIndicators({ actor: admin, filters: {} })).commercialisation.all.numerator).toBe(0);
    await runDueJobs();
    const fromSummary = await getStateIndicators({ actor: admin, filters: {} });
    expect(await readOutcomeSummary()).not.toBeNull();
    expect(fromSummary.commercialisation.all).toEqual({ numerator: 0, denominator: 3, rate: 0 });
    expect(fromSummary.responses.answered).toEqual({ numerator: 2, denominator: 2, rate: 1 });
  });

  it("keeps today's due date live: a deal turning 14 days old is due without a refresh", async () => {
    await refreshOutcomeSummary();
    const before = (await getStateIndicators({ actor: admin, filters: {} })).responses.answered.denominator;
    // Move the recent unanswered deal's creation back with the triggers off, as time passing would.
    await db().$transaction([
      db().$executeRaw`SET LOCAL session_replication_role = replica`,
      db().$executeRaw`UPDATE "Deal" SET "createdAt" = "createdAt" - interval '30 days' WHERE "respondedAt" IS NULL`,
    ]);
    expect(await readOutcomeSummary()).not.toBeNull();
    expect((await getStateIndicators({ actor: admin, filters: {} })).responses.answered.denominator).toBe(before + 1);
  });

  // Two sessions at once: the embedded database has one.
  it.skipIf(process.env.DATABASE_POOL_SIZE === "1")("does not lose a change that commits while the refresh runs", async () => {
    await refreshOutcomeSummary();
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    const insert = (title: string) => other.query(`INSERT INTO "Challenge" ("id", "organizationId", "createdById", "title", "problem", "province", "status", "publishedAt", "updatedAt")
      VALUES ($1, $2, $3, $4, 'p', 'ha-noi', 'PUBLISHED', now(), now())`, [randomUUID(), firmOrg, firm.userId, title]);
    try {
      // Committed after the refresh's snapshot was taken, before it deletes the change rows.
      expect(await refreshOutcomeSummary({ afterCompute: async () => void (await insert("Late")) })).toBe(true);
      expect(await readOutcomeSummary()).toBeNull();
      expect((await getMarketOverview({ actor: null, filters: {} })).totals.publishedChallenges).toBe(2);
      // Still uncommitted while the refresh runs, committed after it.
      await refreshOutcomeSummary();
      await other.query("BEGIN");
      await insert("Later");
      expect(await refreshOutcomeSummary()).toBe(true);
      await other.query("COMMIT");
    } finally {
      await other.end();
    }
    expect(await readOutcomeSummary()).toBeNull();
    expect((await getMarketOverview({ actor: null, filters: {} })).totals.publishedChallenges).toBe(3);
  });

  it("keeps each offer's first interest and first contract in step with its deals and contracts", async () => {
    const offer = await db().offer.create({ data: { organizationId: labOrg, createdById: lab.userId, title: "Timed", summary: "s", trl: 6, province: "ha-noi", status: "PUBLISHED", publishedAt: day("2025-01-01") } });
    const other = await db().offer.create({ data: { organizationId: labOrg, createdById: lab.userId, title: "Other", summary: "s", trl: 6, province: "ha-noi", status: "PUBLISHED", publishedAt: day("2025-01-01") } });
    const times = async (id: string) => db().offer.findUniqueOrThrow({ where: { id }, select: { firstInterestAt: true, firstContractAt: true } });
    const deal = (createdAt: string) =>
      db().deal.create({ data: { listingKind: "offer", offerId: offer.id, ownerOrgId: labOrg, initiatorOrgId: firmOrg, partnerOrgId: firmOrg, createdById: firm.userId, message: "m", respondBy: new Date(), province: "ha-noi", createdAt: day(createdAt) } as never });
    const later = await deal("2025-03-01");
    expect(await times(offer.id)).toEqual({ firstInterestAt: day("2025-03-01"), firstContractAt: null });
    const earlier = await deal("2025-02-01");
    expect((await times(offer.id)).firstInterestAt).toEqual(day("2025-02-01"));
    await db().deal.delete({ where: { id: earlier.id } });
    expect((await times(offer.id)).firstInterestAt).toEqual(day("2025-03-01"));
    await db().$executeRaw`UPDATE "Deal" SET "createdAt" = '2025-02-15' WHERE "id" = ${later.id}`;
    expect((await times(offer.id)).firstInterestAt).toEqual(day("2025-02-15"));

    const contract = await db().transferContract.create({
      data: {
        idempotencyKey: randomUUID(), createdById: admin.userId, title: "C", supplierName: "Viện", supplierCountry: "VN", recipientName: "Công ty", recipientCountry: "VN",
        direction: "DOMESTIC", province: "ha-noi", offerId: offer.id, type: "KNOW_HOW", valueVnd: 1n, signedAt: day("2025-05-05"),
      } as never,
    });
    expect((await times(offer.id)).firstContractAt).toEqual(day("2025-05-05"));
    await db().transferContract.update({ where: { id: contract.id }, data: { signedAt: day("2025-04-04") } });
    expect((await times(offer.id)).firstContractAt).toEqual(day("2025-04-04"));
    await db().transferContract.update({ where: { id: contract.id }, data: { offerId: other.id } });
    expect((await times(offer.id)).firstContractAt).toBeNull();
    expect((await times(other.id)).firstContractAt).toEqual(day("2025-04-04"));
  });
});
