import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { createChallenge } from "../../lib/server/challenges/create-challenge";
import { db } from "../../lib/server/db/client";
import { runDueJobs } from "../../lib/server/jobs/run-jobs";
import { changeListingStatus } from "../../lib/server/listings/change-status";
import { listBrokerFeed } from "../../lib/server/matching/broker-feed";
import { introduceMatch } from "../../lib/server/matching/introduce-match";
import { listMatches } from "../../lib/server/matching/list-matches";
import { recordMatchFeedback } from "../../lib/server/matching/record-feedback";
import { createOffer } from "../../lib/server/offers/create-offer";
import { updateOffer } from "../../lib/server/offers/update-offer";
import { codeOf } from "../support/codes";
import { CHALLENGE_INPUT, createAdmin, createCast, OFFER_INPUT } from "../support/factories";

const { GET: challengeMatchesRoute } = await import("../../app/api/v1/challenges/[id]/matches/route");

// An English offer for the Vietnamese challenge of the factories (coal use in a cement kiln).
const KILN_OFFER_EN = {
  ...OFFER_INPUT,
  language: "en",
  title: "Mineraliser additive that cuts coal use in rotary cement kilns",
  titleTranslated: null,
  summary: "A mineralising additive lowers the clinker burning temperature so rotary kilns burn 3–5% less coal, proven at a cement plant for 12 months.",
  application: "Rotary kilns producing clinker",
  confidentialDetails: "Secret ratio: zirconyl borate 1 : 7 (word only here: quasarite).",
};

async function publishedOffer(actor: Actor, input: Record<string, unknown>) {
  const { id } = await createOffer({ actor, input });
  await changeListingStatus({ actor, kind: "offer", id, action: "publish" });
  return id;
}

describe("matching service", () => {
  let lab: Actor, firm: Actor, stranger: Actor, broker: Actor, unverifiedBroker: Actor, admin: Actor;
  let firmOrg: string;
  let challengeId: string, goodOffer: string, lowTrlOffer: string, otherOffer: string;

  beforeAll(async () => {
    const cast = await createCast("lab", "firm", "stranger", "broker", "unverifiedBroker");
    [lab, firm, stranger, broker, unverifiedBroker] = [cast.lab.actor, cast.firm.actor, cast.stranger.actor, cast.broker.actor, cast.unverifiedBroker.actor];
    admin = await createAdmin();
    firmOrg = cast.firm.organizationId;
    goodOffer = await publishedOffer(lab, KILN_OFFER_EN);
    lowTrlOffer = await publishedOffer(lab, { ...KILN_OFFER_EN, title: "Early-stage kiln additive to reduce coal in cement clinker", trl: "3", externalRef: null });
    otherOffer = await publishedOffer(lab, { ...OFFER_INPUT, title: "Máy phân loại nhân hạt điều bằng camera", titleTranslated: null, summary: "Dây chuyền camera phân loại nhân hạt điều xuất khẩu theo 26 cấp, năng suất 2 tấn/giờ.", application: "Nhà máy chế biến hạt điều", targetCustomers: "Doanh nghiệp xuất khẩu điều", sectorCodes: ["food-processing"], confidentialDetails: null });
    challengeId = (await createChallenge({ actor: firm, input: CHALLENGE_INPUT })).id;
  });

  it("computes matches after publishing, in the job queue, not during the request", async () => {
    // A draft's owner may already look at its matches; nobody else may.
    expect(await codeOf(listMatches({ actor: firm, kind: "challenge", id: challengeId }))).toBe("OK");
    expect(await codeOf(listMatches({ actor: broker, kind: "challenge", id: challengeId }))).toBe("NOT_FOUND");
    await changeListingStatus({ actor: firm, kind: "challenge", id: challengeId, action: "publish" });
    expect(await db().matchPair.count({ where: { challengeId } })).toBe(0);
    expect(await db().job.count({ where: { doneAt: null, kind: "listing.changed" } })).toBeGreaterThan(0);
    expect(await runDueJobs()).toBeGreaterThan(0);
    expect(await db().matchPair.count({ where: { challengeId, offerId: goodOffer } })).toBe(1);
  });

  it("ranks an English offer first for a Vietnamese challenge, with reasons, and the too-early one lower", async () => {
    const list = await listMatches({ actor: firm, kind: "challenge", id: challengeId });
    const ids = list.matches.map((m) => m.id);
    expect(ids[0]).toBe(goodOffer);
    expect(ids).toContain(lowTrlOffer);
    expect(ids.indexOf(lowTrlOffer)).toBeGreaterThan(0);
    expect(ids).not.toContain(otherOffer);
    const first = list.matches[0]!;
    expect(first.reasons[0]).toMatchObject({ code: "concepts", tone: "plus" });
    expect(first.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["trlMeets", "dealMatch"]));
    const low = list.matches.find((m) => m.id === lowTrlOffer)!;
    expect(low.reasons).toContainEqual({ code: "trlBelow", tone: "minus", trl: 3, minTrl: 7 });
    expect(low.score).toBeLessThan(first.score * 0.6);
    expect(first.score).toBeGreaterThan(0);
    expect(first.score).toBeLessThanOrEqual(1);
  });

  it("works the other way: the offer's best challenge is the firm's", async () => {
    const list = await listMatches({ actor: lab, kind: "offer", id: goodOffer });
    expect(list.matches[0]?.id).toBe(challengeId);
  });

  it("never matches on, nor shows, confidential details", async () => {
    const probe = await createChallenge({ actor: firm, input: { ...CHALLENGE_INPUT, title: "Quasarite zirconyl borate supply", problem: "We need quasarite and zirconyl borate for an experiment.", language: "en", externalRef: null } });
    await changeListingStatus({ actor: firm, kind: "challenge", id: probe.id, action: "publish" });
    await runDueJobs();
    const list = await listMatches({ actor: firm, kind: "challenge", id: probe.id });
    for (const m of list.matches) expect(JSON.stringify(m.reasons)).not.toMatch(/quasarite|zirconyl/i);
    const seen = await listMatches({ actor: firm, kind: "challenge", id: challengeId });
    expect(JSON.stringify(seen)).not.toContain("quasarite");
    await changeListingStatus({ actor: firm, kind: "challenge", id: probe.id, action: "archive" });
  });

  it("is readable by owners, admins and verified intermediaries only", async () => {
    expect(await codeOf(listMatches({ actor: null, kind: "challenge", id: challengeId }))).toBe("UNAUTHENTICATED");
    expect(await codeOf(listMatches({ actor: stranger, kind: "challenge", id: challengeId }))).toBe("NOT_FOUND");
    expect(await codeOf(listMatches({ actor: unverifiedBroker, kind: "challenge", id: challengeId }))).toBe("NOT_FOUND");
    expect(await codeOf(listMatches({ actor: broker, kind: "challenge", id: challengeId }))).toBe("OK");
    expect(await codeOf(listMatches({ actor: admin, kind: "challenge", id: challengeId }))).toBe("OK");
    expect(await codeOf(listMatches({ actor: firm, kind: "challenge", id: "no-such-id" }))).toBe("NOT_FOUND");
  });

  it("answers the API with sentences in the asked language and the same rules", async () => {
    const url = (lang: string) => `http://localhost/api/v1/challenges/${challengeId}/matches?top=3&lang=${lang}`;
    const { createAccessToken } = await import("../../lib/server/tokens/access-tokens");
    const token = (await createAccessToken({ actor: firm, input: { name: "matches" } })).token;
    const strangerToken = (await createAccessToken({ actor: stranger, input: { name: "probe" } })).token;
    const get = (u: string, t: string) => challengeMatchesRoute(new Request(u, { headers: { authorization: `Bearer ${t}` } }), { params: Promise.resolve({ id: challengeId }) });
    const en = await (await get(url("en"), token)).json();
    expect(en.matches[0].id).toBe(goodOffer);
    expect(en.matches[0].reasons[0]).toMatch(/^Both about: /);
    expect(en.matches[0].reasons).toContain("TRL 8 meets the required 7");
    const vi = await (await get(url("vi"), token)).json();
    expect(vi.matches[0].reasons).toContain("TRL 8 đáp ứng mức tối thiểu 7");
    expect(en.matches[0].listing.confidential).toBeNull();
    expect((await get(url("en"), strangerToken)).status).toBe(404);
    const bad = await get(`http://localhost/api/v1/challenges/${challengeId}/matches?top=500`, token);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields).toEqual({ top: "topInvalid" });
  });

  it("records feedback: dismissed pairs need a reason and do not come back; strangers cannot vote", async () => {
    const input = { offerId: lowTrlOffer, challengeId, action: "DISMISS" };
    expect(await codeOf(recordMatchFeedback({ actor: firm, input }))).toBe("VALIDATION");
    expect(await codeOf(recordMatchFeedback({ actor: stranger, input: { ...input, reason: "TRL_TOO_LOW" } }))).toBe("NOT_FOUND");
    await recordMatchFeedback({ actor: firm, input: { ...input, reason: "TRL_TOO_LOW", note: "cần TRL 7" } });
    await recordMatchFeedback({ actor: firm, input: { offerId: goodOffer, challengeId, action: "SHORTLIST" } });
    const list = await listMatches({ actor: firm, kind: "challenge", id: challengeId });
    expect(list.matches.map((m) => m.id)).not.toContain(lowTrlOffer);
    expect(list.matches.find((m) => m.id === goodOffer)?.feedback).toEqual({ action: "SHORTLIST", reason: null });
    const stored = await db().matchFeedback.findFirst({ where: { offerId: lowTrlOffer, challengeId } });
    expect(stored).toMatchObject({ organizationId: firmOrg, reason: "TRL_TOO_LOW", note: "cần TRL 7" });
    // The lab's own view of its offer is not affected by the firm's verdict.
    expect((await listMatches({ actor: lab, kind: "offer", id: lowTrlOffer })).matches.map((m) => m.id)).toContain(challengeId);
    await recordMatchFeedback({ actor: firm, input: { ...input, action: "CLEAR" } });
    expect((await listMatches({ actor: firm, kind: "challenge", id: challengeId })).matches.map((m) => m.id)).toContain(lowTrlOffer);
  });

  it("alerts the other side's owners when a new listing matches theirs (notification and outbox), once", async () => {
    const before = await db().notification.count({ where: { userId: firm.userId, kind: "match.new" } });
    const newOffer = await publishedOffer(lab, { ...KILN_OFFER_EN, title: "Clinker kiln coal-saving burner retrofit for cement plants", externalRef: null });
    await runDueJobs();
    const notes = await db().notification.findMany({ where: { userId: firm.userId, kind: "match.new" }, orderBy: { createdAt: "asc" } });
    expect(notes).toHaveLength(before + 1);
    expect(notes.at(-1)!.payload).toMatchObject({ title: "Clinker kiln coal-saving burner retrofit for cement plants", href: `/challenges/${challengeId}/matches` });
    const mail = await db().emailOutbox.findFirst({ where: { to: firm.email }, orderBy: { createdAt: "desc" } });
    expect(mail?.subject).toBe("Helix: có kết quả ghép nối mới cho tin của bạn");
    expect(mail?.body).toContain(`/vi/challenges/${challengeId}/matches`);
    expect(mail?.sentAt).toBeNull(); // no SMTP configured: it waits in the outbox
    await updateOffer({ actor: lab, id: newOffer, input: { ...KILN_OFFER_EN, title: "Clinker kiln coal-saving burner retrofit for cement plants", externalRef: null, summary: `${KILN_OFFER_EN.summary} Now with a dosing guide.` } });
    await runDueJobs();
    expect(await db().notification.count({ where: { userId: firm.userId, kind: "match.new" } })).toBe(before + 1); // same pair: no second alert
  });

  it("gives verified intermediaries a feed and one-step introductions that notify both owners", async () => {
    expect(await codeOf(listBrokerFeed({ actor: firm }))).toBe("FORBIDDEN");
    expect(await codeOf(listBrokerFeed({ actor: unverifiedBroker }))).toBe("FORBIDDEN");
    const feed = await listBrokerFeed({ actor: broker });
    const pair = feed.pairs.find((p) => p.offer.id === goodOffer && p.challenge.id === challengeId);
    expect(pair).toBeDefined();
    expect(pair!.challenge.confidential).toBeNull();
    expect(await codeOf(introduceMatch({ actor: firm, input: { offerId: goodOffer, challengeId } }))).toBe("FORBIDDEN");
    await introduceMatch({ actor: broker, input: { offerId: goodOffer, challengeId, message: "Hai bên nên gặp nhau" } });
    expect(await codeOf(introduceMatch({ actor: broker, input: { offerId: goodOffer, challengeId } }))).toBe("CONFLICT");
    for (const user of [lab.userId, firm.userId]) {
      expect(await db().notification.count({ where: { userId: user, kind: "match.introduced" } })).toBe(1);
    }
    const after = await listBrokerFeed({ actor: broker });
    expect(after.pairs.find((p) => p.offer.id === goodOffer && p.challenge.id === challengeId)?.introducedAt).toEqual(expect.any(String));
    expect(pair!.introducedAt).toBeNull();
  });

  it("keeps key statistics exact incrementally: a full rebuild finds the same counts", async () => {
    const snapshot = async () => (await db().matchKeyStat.findMany({ where: { df: { gt: 0 } }, orderBy: [{ side: "asc" }, { key: "asc" }] })).map((s) => `${s.side}:${s.key}:${s.df}`);
    const before = await snapshot();
    const { rebuildMatchProfiles } = await import("../../lib/server/matching/rebuild-profiles");
    expect(await rebuildMatchProfiles()).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(before);
    expect((await listMatches({ actor: firm, kind: "challenge", id: challengeId })).matches.map((m) => m.id)).toContain(goodOffer);
  });

  it("re-scores every stored pair after a rebuild of all profiles, alerting nobody", async () => {
    // A pair stored on an older reading (another glossary, or counts still filling), and one
    // that reading missed: the rebuild job brings back the current score and the lost pair.
    const where = { offerId_challengeId: { offerId: goodOffer, challengeId } };
    await db().matchPair.update({ where, data: { score: 0.31, reasons: [] } });
    const lost = await db().matchPair.findFirstOrThrow({ where: { challengeId, NOT: { offerId: goodOffer } } });
    await db().matchPair.delete({ where: { offerId_challengeId: { offerId: lost.offerId, challengeId } } });
    const alerts = await db().notification.count({ where: { kind: "match.new", NOT: { payload: { path: ["title"], equals: "Kiln shell scanner for cement plants" } } } });
    const { enqueueJob } = await import("../../lib/server/jobs/queue");
    expect(await db().job.count({ where: { doneAt: null } })).toBe(0);
    await enqueueJob("match.rebuild", {});
    expect(await runDueJobs({ max: 1 })).toBe(1); // the rebuild, which queues the refresh
    // The refresh falls due one listing at a time, so a listing published meanwhile does not
    // wait for all of it.
    const refresh = await db().job.findMany({ where: { dedupeKey: { startsWith: "refresh:" }, doneAt: null }, orderBy: { runAt: "asc" } });
    expect(refresh.length).toBe((await db().offer.count({ where: { status: "PUBLISHED" } })) + (await db().challenge.count({ where: { status: "PUBLISHED" } })));
    expect(refresh.length).toBeGreaterThan(3);
    expect(refresh.at(-1)!.runAt.getTime() - refresh[0]!.runAt.getTime()).toBeGreaterThanOrEqual((refresh.length - 1) * 50);
    const { refreshStoredPairs } = await import("../../lib/server/matching/listing-changed");
    expect(await refreshStoredPairs()).toBe(0); // each is still pending: the queue's dedupe rule, in bulk
    const newcomer = await publishedOffer(lab, { ...KILN_OFFER_EN, title: "Kiln shell scanner for cement plants", externalRef: null });
    const its = await db().job.findFirstOrThrow({ where: { dedupeKey: `listing:offer:${newcomer}`, doneAt: null } });
    expect(its.runAt.getTime()).toBeLessThan(refresh.at(-1)!.runAt.getTime());
    while (await db().job.count({ where: { doneAt: null } })) {
      await new Promise((resolve) => setTimeout(resolve, 60));
      await runDueJobs();
    }
    const { findMatches } = await import("../../lib/server/matching/find-matches");
    const { loadMatchListing } = await import("../../lib/server/matching/match-data");
    const live = (await findMatches({ listing: (await loadMatchListing("challenge", challengeId))!, top: 20, showPrice: true })).find((m) => m.id === goodOffer)!;
    const after = await db().matchPair.findUniqueOrThrow({ where });
    expect(live.score).toBeGreaterThan(0.9);
    expect(after.score).toBeCloseTo(live.score, 6);
    expect(after.reasons).not.toEqual([]); // as read from either side: the last of the pair's two jobs wrote them
    expect(await db().matchPair.count({ where: { offerId: lost.offerId, challengeId } })).toBe(1);
    expect(await db().notification.count({ where: { kind: "match.new", NOT: { payload: { path: ["title"], equals: "Kiln shell scanner for cement plants" } } } })).toBe(alerts);
    expect(await db().job.count({ where: { doneAt: null } })).toBe(0);
  });

  it("recomputes when a listing changes: an archived offer leaves every stored pair and list", async () => {
    await changeListingStatus({ actor: lab, kind: "offer", id: goodOffer, action: "archive" });
    await runDueJobs();
    expect(await db().matchPair.count({ where: { offerId: goodOffer } })).toBe(0);
    expect((await listMatches({ actor: firm, kind: "challenge", id: challengeId })).matches.map((m) => m.id)).not.toContain(goodOffer);
  });
});
