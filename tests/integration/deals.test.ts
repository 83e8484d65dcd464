import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { STANDARD_NDA_TEXT, STANDARD_NDA_VERSION } from "../../lib/deals/standard-nda";
import { createChallenge } from "../../lib/server/challenges/create-challenge";
import { db } from "../../lib/server/db/client";
import { acceptNda } from "../../lib/server/deals/accept-nda";
import { actOnDeal } from "../../lib/server/deals/act-on-deal";
import { agreeTerms } from "../../lib/server/deals/agree-terms";
import { countDealTasks } from "../../lib/server/deals/count-deal-tasks";
import { listDealMessages, listDealProposals } from "../../lib/server/deals/deal-thread";
import { expressInterest } from "../../lib/server/deals/express-interest";
import { getAttachment } from "../../lib/server/deals/get-attachment";
import { getDeal } from "../../lib/server/deals/get-deal";
import { listDealAudit } from "../../lib/server/deals/list-deal-audit";
import { listDeals } from "../../lib/server/deals/list-deals";
import { saveNdaTemplate, sha256 } from "../../lib/server/deals/nda-templates";
import { openDeal } from "../../lib/server/deals/open-deal";
import { postMessage } from "../../lib/server/deals/post-message";
import { proposeTerms } from "../../lib/server/deals/propose-terms";
import { changeListingStatus } from "../../lib/server/listings/change-status";
import { introduceMatch } from "../../lib/server/matching/introduce-match";
import { getOffer } from "../../lib/server/offers/get-offer";
import { createOffer } from "../../lib/server/offers/create-offer";
import { createAccessToken } from "../../lib/server/tokens/access-tokens";
import { codeOf } from "../support/codes";
import { CHALLENGE_INPUT, createAdmin, createCast, OFFER_INPUT } from "../support/factories";

const dealsRoute = await import("../../app/api/v1/deals/route");
const dealRoute = await import("../../app/api/v1/deals/[id]/route");
const eventsRoute = await import("../../app/api/v1/deals/[id]/events/route");
const ndaRoute = await import("../../app/api/v1/deals/[id]/nda/route");
const messagesRoute = await import("../../app/api/v1/deals/[id]/messages/route");
const attachmentRoute = await import("../../app/api/v1/deals/[id]/attachments/[attachmentId]/route");
const proposalsRoute = await import("../../app/api/v1/deals/[id]/proposals/route");
const auditRoute = await import("../../app/api/v1/deals/[id]/audit/route");

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- route handlers differ only in their params type
type Route = (req: Request, ctx: { params: Promise<any> }) => Promise<Response>;
const call = (handler: Route, url: string, token: string, params: Record<string, string>, init: { method?: string; json?: unknown; form?: FormData } = {}) =>
  handler(
    new Request(`http://localhost${url}`, {
      method: init.method ?? (init.json || init.form ? "POST" : "GET"),
      headers: { authorization: `Bearer ${token}`, ...(init.json ? { "content-type": "application/json" } : {}) },
      body: init.form ?? (init.json ? JSON.stringify(init.json) : undefined),
    }),
    { params: Promise.resolve(params) },
  );

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);
const TERMS = { dealType: "LICENSE", exclusive: true, priceVnd: "2.000.000.000", territory: "Việt Nam", durationMonths: 36, milestones: "Bàn giao quy trình | 1 | 500.000.000\nVận hành thử | 6" };

async function publishedOffer(actor: Actor, input: Record<string, unknown>) {
  const { id } = await createOffer({ actor, input });
  await changeListingStatus({ actor, kind: "offer", id, action: "publish" });
  return id;
}

const auditActions = async (dealId: string) => (await db().auditLog.findMany({ where: { dealId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map((a) => a.action);
const notices = async (userId: string, kind: string) => db().notification.findMany({ where: { userId, kind } });

describe("deals", () => {
  let lab: Actor, firm: Actor, stranger: Actor, broker: Actor, buyer: Actor, admin: Actor;
  let firmOrg: string, labOrg: string, buyerOrg: string;
  let offerId: string, challengeId: string;
  let tokens: Record<"lab" | "firm" | "stranger" | "broker", string>;
  let dealId: string;

  beforeAll(async () => {
    const cast = await createCast("lab", "firm", "stranger", "broker", "buyer");
    [lab, firm, stranger, broker, buyer] = [cast.lab.actor, cast.firm.actor, cast.stranger.actor, cast.broker.actor, cast.buyer.actor];
    admin = await createAdmin();
    [labOrg, firmOrg, buyerOrg] = [cast.lab.organizationId, cast.firm.organizationId, cast.buyer.organizationId];
    offerId = await publishedOffer(lab, OFFER_INPUT);
    challengeId = (await createChallenge({ actor: buyer, input: CHALLENGE_INPUT })).id;
    await changeListingStatus({ actor: buyer, kind: "challenge", id: challengeId, action: "publish" });
    tokens = {
      lab: (await createAccessToken({ actor: lab, input: { name: "t" } })).token,
      firm: (await createAccessToken({ actor: firm, input: { name: "t" } })).token,
      stranger: (await createAccessToken({ actor: stranger, input: { name: "t" } })).token,
      broker: (await createAccessToken({ actor: broker, input: { name: "t" } })).token,
    };
  });

  it("records an interest with an answer-by date 14 days out, audits it and tells the owner; one open deal per organisation", async () => {
    const interest = { listingKind: "offer", listingId: offerId, message: "Chúng tôi muốn thử phụ gia ở lò số 2.", dealType: "LICENSE", timing: "Quý 1/2027" };
    expect(await codeOf(expressInterest({ actor: firm, input: { ...interest, message: "" } }))).toBe("VALIDATION");
    await expect(expressInterest({ actor: firm, input: { ...interest, dealType: "SPIN_OFF" } })).rejects.toMatchObject({ code: "VALIDATION", fields: { dealType: "dealTypeNotOffered" } });
    await expect(expressInterest({ actor: lab, input: interest })).rejects.toMatchObject({ code: "FORBIDDEN", fields: { form: "cannotExpressInterest" } });
    dealId = (await expressInterest({ actor: firm, input: interest })).id;
    await expect(expressInterest({ actor: firm, input: interest })).rejects.toMatchObject({ code: "CONFLICT", fields: { form: "dealAlreadyOpen" } });

    const row = await db().deal.findUniqueOrThrow({ where: { id: dealId } });
    expect(row).toMatchObject({ stage: "INTEREST", version: 1, ownerOrgId: labOrg, partnerOrgId: firmOrg, intermediaryOrgId: null, dealType: "LICENSE", respondedAt: null });
    expect(row.respondBy.getTime() - row.createdAt.getTime()).toBe(14 * 86_400_000);
    expect(await auditActions(dealId)).toEqual(["deal.created"]);
    const told = await notices(lab.userId, "deal.interest");
    expect(told).toHaveLength(1);
    expect(told[0]!.payload).toMatchObject({ org: "Công ty Xi măng Hoa Lư", href: `/deals/${dealId}` });
    expect(await notices(firm.userId, "deal.interest")).toHaveLength(0);

    const view = await getDeal({ actor: firm, id: dealId });
    expect(view).toMatchObject({ stage: "INTEREST", myRoles: ["partner"], allowedEvents: ["withdraw"], overdue: false, nda: null, respondBy: row.respondBy.toISOString() });
    expect((await getDeal({ actor: lab, id: dealId })).allowedEvents).toEqual(["accept", "decline", "withdraw"]);
    expect((await listDeals({ actor: lab })).columns.find((c) => c.stage === "INTEREST")!.deals.map((d) => d.otherParty)).toEqual(["Công ty Xi măng Hoa Lư"]);
    expect(await countDealTasks({ actor: lab })).toEqual({ awaitingMyAnswer: 1, overdue: 0 });
    expect(await countDealTasks({ actor: firm })).toEqual({ awaitingMyAnswer: 0, overdue: 0 });
  });

  it("marks an unanswered interest overdue after 14 days for both sides", async () => {
    await db().deal.update({ where: { id: dealId }, data: { respondBy: new Date(Date.now() - 1000) } });
    try {
      expect((await getDeal({ actor: firm, id: dealId })).overdue).toBe(true);
      expect((await listDeals({ actor: lab })).deals[0]!.overdue).toBe(true);
      expect(await countDealTasks({ actor: lab })).toEqual({ awaitingMyAnswer: 1, overdue: 1 });
      expect(await countDealTasks({ actor: firm })).toEqual({ awaitingMyAnswer: 0, overdue: 1 });
      expect(await countDealTasks({ actor: stranger })).toEqual({ awaitingMyAnswer: 0, overdue: 0 });
    } finally {
      await db().deal.update({ where: { id: dealId }, data: { respondBy: new Date(Date.now() + 14 * 86_400_000) } });
    }
  });

  it("refuses illegal transitions and closing without a reason", async () => {
    await expect(actOnDeal({ actor: firm, id: dealId, input: { event: "accept", expectedVersion: 1 } })).rejects.toMatchObject({ code: "CONFLICT", fields: { form: "notYourTurn" } });
    await expect(acceptNda({ actor: firm, id: dealId, input: { expectedVersion: 1, textSha256: sha256(STANDARD_NDA_TEXT) } })).rejects.toMatchObject({ code: "CONFLICT", fields: { form: "illegalTransition" } });
    await expect(actOnDeal({ actor: lab, id: dealId, input: { event: "decline", expectedVersion: 1 } })).rejects.toMatchObject({ code: "VALIDATION", fields: { reason: "reasonRequired" } });
    await expect(actOnDeal({ actor: firm, id: dealId, input: { event: "withdraw", expectedVersion: 1, reason: "" } })).rejects.toMatchObject({ code: "VALIDATION", fields: { reason: "reasonRequired" } });
    await expect(proposeTerms({ actor: firm, id: dealId, input: { ...TERMS, expectedVersion: 1 } })).rejects.toMatchObject({ code: "CONFLICT", fields: { form: "termsOnlyInNegotiation" } });
    await expect(agreeTerms({ actor: firm, id: dealId, input: { expectedVersion: 1 } })).rejects.toMatchObject({ code: "CONFLICT", fields: { form: "illegalTransition" } });
    await expect(actOnDeal({ actor: lab, id: dealId, input: { event: "contract", expectedVersion: 1 } })).rejects.toMatchObject({ code: "VALIDATION" });
    const row = await db().deal.findUniqueOrThrow({ where: { id: dealId } });
    expect(row).toMatchObject({ stage: "INTEREST", version: 1 });
    expect(await auditActions(dealId)).toEqual(["deal.created"]);
  });

  it("lets exactly one of two simultaneous answers win; the other is told to reload and nothing of it is applied", async () => {
    const results = await Promise.allSettled([
      actOnDeal({ actor: lab, id: dealId, input: { event: "accept", expectedVersion: 1, ndaTemplateId: "standard" } }),
      actOnDeal({ actor: lab, id: dealId, input: { event: "decline", expectedVersion: 1, reason: "PRICE", note: "Giá thấp" } }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toMatchObject({ code: "CONFLICT", fields: { form: "dealChanged" } });
    const row = await db().deal.findUniqueOrThrow({ where: { id: dealId } });
    expect(row.version).toBe(2);
    const actions = await auditActions(dealId);
    expect(actions).toHaveLength(2);
    if (row.stage === "DECLINED") {
      // The decline won the race: this run checks the record and reopens a fresh deal for the rest.
      expect(actions[1]).toBe("deal.decline");
      expect(row).toMatchObject({ closeReason: "PRICE", closeNote: "Giá thấp", closedByOrgId: labOrg });
      dealId = (await expressInterest({ actor: firm, input: { listingKind: "offer", listingId: offerId, message: "Xin gửi lại đề nghị." } })).id;
      await actOnDeal({ actor: lab, id: dealId, input: { event: "accept", expectedVersion: 1 } });
    } else {
      expect(row).toMatchObject({ stage: "NDA", closeReason: null, ndaTemplateId: null });
      expect(actions[1]).toBe("deal.accept");
    }
    expect((await db().deal.findUniqueOrThrow({ where: { id: dealId } })).respondedAt).not.toBeNull();
    expect(await notices(firm.userId, "deal.accepted")).toHaveLength(1);
  });

  it("opens confidential details exactly to the organisation that accepts the NDA", async () => {
    expect((await getOffer({ actor: firm, id: offerId })).confidential).toBeNull();
    const view = await getDeal({ actor: firm, id: dealId });
    expect(view.stage).toBe("NDA");
    expect(view.nda).toMatchObject({ standard: true, ndaVersion: STANDARD_NDA_VERSION, text: STANDARD_NDA_TEXT, textSha256: sha256(STANDARD_NDA_TEXT) });
    expect(view.nda!.text).toContain("pháp luật Việt Nam");
    expect(view.nda!.text).toContain("laws of Vietnam");
    expect(view.allowedEvents).toContain("acceptNda");

    await expect(acceptNda({ actor: lab, id: dealId, input: { expectedVersion: view.version, textSha256: view.nda!.textSha256 } })).rejects.toMatchObject({ code: "CONFLICT", fields: { form: "notYourTurn" } });
    await expect(acceptNda({ actor: firm, id: dealId, input: { expectedVersion: view.version, textSha256: "0".repeat(64) } })).rejects.toMatchObject({ code: "CONFLICT", fields: { form: "ndaChanged" } });
    expect(await db().ndaAcceptance.count({ where: { dealId } })).toBe(0);
    expect((await getOffer({ actor: firm, id: offerId })).confidential).toBeNull();

    await acceptNda({ actor: firm, id: dealId, input: { expectedVersion: view.version, textSha256: view.nda!.textSha256 } });
    const acceptance = await db().ndaAcceptance.findFirstOrThrow({ where: { dealId } });
    expect(acceptance).toMatchObject({ organizationId: firmOrg, userId: firm.userId, ndaVersion: STANDARD_NDA_VERSION, textSha256: sha256(STANDARD_NDA_TEXT), templateId: null });
    expect(await db().confidentialAccess.findMany({ where: { offerId }, select: { organizationId: true, dealId: true, grantedById: true } })).toEqual([{ organizationId: firmOrg, dealId, grantedById: firm.userId }]);
    expect((await getOffer({ actor: firm, id: offerId })).confidential?.confidentialDetails).toContain("CaF2");
    expect((await getOffer({ actor: stranger, id: offerId })).confidential).toBeNull();
    expect((await getOffer({ actor: admin, id: offerId })).confidential).toBeNull();
    const after = await getDeal({ actor: lab, id: dealId });
    expect(after).toMatchObject({ stage: "NEGOTIATION", ndaAcceptance: { organization: "Công ty Xi măng Hoa Lư", ndaVersion: STANDARD_NDA_VERSION } });
    expect((await auditActions(dealId)).slice(-2)).toEqual(["deal.acceptNda", "nda.accepted"]);
    expect(await notices(lab.userId, "deal.ndaAccepted")).toHaveLength(1);
  });

  it("keeps a thread with type- and size-checked attachments that only parties can download", async () => {
    await expect(postMessage({ actor: firm, id: dealId, input: { body: "Hoá đơn" }, files: [{ name: "hoa-don.pdf", bytes: EXE }] })).rejects.toMatchObject({ code: "VALIDATION", fields: { files: "fileTypeNotAllowed" } });
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PDF);
    await expect(postMessage({ actor: firm, id: dealId, input: { body: "Bản vẽ" }, files: [{ name: "ban-ve.pdf", bytes: big }] })).rejects.toMatchObject({ code: "VALIDATION", fields: { files: "fileTooLarge" } });
    const four = Array.from({ length: 4 }, (_, i) => ({ name: `p${i}.pdf`, bytes: PDF }));
    await expect(postMessage({ actor: firm, id: dealId, input: { body: "Nhiều tệp" }, files: four })).rejects.toMatchObject({ code: "VALIDATION", fields: { files: "tooManyFiles" } });
    expect(await db().dealMessage.count({ where: { dealId } })).toBe(0);

    await postMessage({ actor: firm, id: dealId, input: { body: "Gửi kết quả đo than của lò số 2." }, files: [{ name: "Kết quả đo.pdf", bytes: PDF }] });
    const form = new FormData();
    form.set("body", "Cảm ơn, chúng tôi gửi quy trình thử.");
    form.append("files", new File([new TextEncoder().encode("bước,nhiệt độ\n1,1450\n")], "quy-trinh.csv", { type: "text/csv" }));
    expect((await call(messagesRoute.POST, `/api/v1/deals/${dealId}/messages`, tokens.lab, { id: dealId }, { form })).status).toBe(201);

    const thread = await listDealMessages({ actor: lab, id: dealId });
    expect(thread.map((m) => m.organization.id)).toEqual([firmOrg, labOrg]);
    const pdf = thread[0]!.attachments[0]!;
    expect(pdf).toMatchObject({ fileName: "Kết quả đo.pdf", contentType: "application/pdf", size: PDF.length, sha256: sha256(PDF) });
    expect(Buffer.from((await getAttachment({ actor: lab, dealId, attachmentId: pdf.id })).data).equals(Buffer.from(PDF))).toBe(true);
    const res = await call(attachmentRoute.GET, pdf.href, tokens.lab, { id: dealId, attachmentId: pdf.id });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="Ket qua do.pdf"; filename\*=UTF-8''K%E1%BA%BFt/);
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(PDF))).toBe(true);
    expect(await codeOf(getAttachment({ actor: stranger, dealId, attachmentId: pdf.id }))).toBe("NOT_FOUND");
    expect((await call(attachmentRoute.GET, pdf.href, tokens.stranger, { id: dealId, attachmentId: pdf.id })).status).toBe(404);
    expect((await auditActions(dealId)).filter((a) => a === "message.posted")).toHaveLength(2);
    expect(await notices(lab.userId, "deal.message")).toHaveLength(1);
    expect(await notices(firm.userId, "deal.message")).toHaveLength(1);
  });

  it("keeps every term proposal; of two simultaneous counters one lands; only the other side's latest can be agreed", async () => {
    const v = (await getDeal({ actor: firm, id: dealId })).version;
    const first = await proposeTerms({ actor: firm, id: dealId, input: { ...TERMS, expectedVersion: v } });
    expect(first).toMatchObject({ number: 1, version: v + 1 });
    await expect(proposeTerms({ actor: lab, id: dealId, input: { ...TERMS, expectedVersion: v } })).rejects.toMatchObject({ code: "CONFLICT", fields: { form: "dealChanged" } });
    await expect(agreeTerms({ actor: firm, id: dealId, input: { expectedVersion: v + 1 } })).rejects.toMatchObject({ code: "CONFLICT", fields: { form: "ownProposal" } });

    const counters = await Promise.allSettled([
      proposeTerms({ actor: lab, id: dealId, input: { ...TERMS, priceVnd: "2.400.000.000", expectedVersion: v + 1 } }),
      proposeTerms({ actor: firm, id: dealId, input: { ...TERMS, priceVnd: "1.800.000.000", expectedVersion: v + 1 } }),
    ]);
    expect(counters.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((counters.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", fields: { form: "dealChanged" } });
    expect(await db().termProposal.count({ where: { dealId } })).toBe(2);
    expect((await db().deal.findUniqueOrThrow({ where: { id: dealId } })).version).toBe(v + 2);
    expect((await auditActions(dealId)).filter((a) => a === "proposal.made")).toHaveLength(2);

    // Make sure the latest is the lab's, whichever counter won, so the firm can accept it.
    let latest = (await listDealProposals({ actor: firm, id: dealId })).at(-1)!;
    if (latest.organization.id !== labOrg) await proposeTerms({ actor: lab, id: dealId, input: { ...TERMS, royaltyPct: "2,5", priceVnd: "", expectedVersion: v + 2 } });
    const view = await getDeal({ actor: firm, id: dealId });
    latest = view.proposals.at(-1)!;
    expect(view.proposals.map((p) => p.number)).toEqual(view.proposals.map((_, i) => i + 1));
    expect(view.proposals[0]).toMatchObject({ side: "partner", priceVnd: "2000000000", exclusive: true, milestones: [{ title: "Bàn giao quy trình", dueInMonths: 1, amountVnd: "500000000" }, { title: "Vận hành thử", dueInMonths: 6, amountVnd: null }] });
    expect(view.canAgreeTo).toBe(latest.id);
    expect((await getDeal({ actor: lab, id: dealId })).canAgreeTo).toBeNull();
    await expect(db().termProposal.update({ where: { id: first.id }, data: { priceVnd: 1n } })).rejects.toThrow(/append-only/);

    await expect(agreeTerms({ actor: firm, id: dealId, input: { expectedVersion: view.version - 1 } })).rejects.toMatchObject({ code: "CONFLICT", fields: { form: "dealChanged" } });
    await agreeTerms({ actor: firm, id: dealId, input: { expectedVersion: view.version, proposalId: latest.id } });
    const row = await db().deal.findUniqueOrThrow({ where: { id: dealId } });
    expect(row).toMatchObject({ stage: "AGREED", agreedProposalId: latest.id, version: view.version + 1 });
    await expect(proposeTerms({ actor: lab, id: dealId, input: { ...TERMS, expectedVersion: row.version } })).rejects.toMatchObject({ code: "CONFLICT", fields: { form: "termsOnlyInNegotiation" } });
    expect(await notices(lab.userId, "deal.agreed")).toHaveLength(1);
    expect(await notices(lab.userId, "deal.proposal")).not.toHaveLength(0);
  });

  it("gives a third organisation NOT_FOUND from every function and 404 from every API route", async () => {
    // The stranger has a deal of its own on the same offer: that is no key to the firm's.
    const own = (await expressInterest({ actor: stranger, input: { listingKind: "offer", listingId: offerId, message: "Chúng tôi cũng quan tâm." } })).id;
    expect((await listDeals({ actor: stranger })).deals.map((d) => d.id)).toEqual([own]);
    const attachmentId = (await db().dealAttachment.findFirstOrThrow({ where: { message: { dealId } } })).id;
    const version = (await db().deal.findUniqueOrThrow({ where: { id: dealId } })).version;
    for (const attempt of [
      () => getDeal({ actor: stranger, id: dealId }),
      () => actOnDeal({ actor: stranger, id: dealId, input: { event: "withdraw", expectedVersion: version, reason: "OTHER" } }),
      () => acceptNda({ actor: stranger, id: dealId, input: { expectedVersion: version, textSha256: sha256(STANDARD_NDA_TEXT) } }),
      () => postMessage({ actor: stranger, id: dealId, input: { body: "xin chào" } }),
      () => postMessage({ actor: stranger, id: dealId, input: { body: "" } }),
      () => listDealMessages({ actor: stranger, id: dealId }),
      () => getAttachment({ actor: stranger, dealId, attachmentId }),
      () => getAttachment({ actor: stranger, dealId: own, attachmentId }),
      () => proposeTerms({ actor: stranger, id: dealId, input: { ...TERMS, expectedVersion: version } }),
      () => listDealProposals({ actor: stranger, id: dealId }),
      () => agreeTerms({ actor: stranger, id: dealId, input: { expectedVersion: version } }),
      () => listDealAudit({ actor: stranger, id: dealId }),
      () => getDeal({ actor: admin, id: dealId }),
    ]) {
      expect(await codeOf(attempt())).toBe("NOT_FOUND");
    }
    const t = tokens.stranger;
    const p = { id: dealId };
    const responses = await Promise.all([
      call(dealRoute.GET, `/api/v1/deals/${dealId}`, t, p),
      call(eventsRoute.POST, `/api/v1/deals/${dealId}/events`, t, p, { json: { event: "withdraw", expectedVersion: version, reason: "OTHER" } }),
      call(ndaRoute.POST, `/api/v1/deals/${dealId}/nda`, t, p, { json: { expectedVersion: version, textSha256: sha256(STANDARD_NDA_TEXT) } }),
      call(messagesRoute.GET, `/api/v1/deals/${dealId}/messages`, t, p),
      call(messagesRoute.POST, `/api/v1/deals/${dealId}/messages`, t, p, { json: { body: "xin chào" } }),
      call(attachmentRoute.GET, `/api/v1/deals/${dealId}/attachments/${attachmentId}`, t, { id: dealId, attachmentId }),
      call(proposalsRoute.GET, `/api/v1/deals/${dealId}/proposals`, t, p),
      call(proposalsRoute.POST, `/api/v1/deals/${dealId}/proposals`, t, p, { json: { ...TERMS, expectedVersion: version } }),
      call(auditRoute.GET, `/api/v1/deals/${dealId}/audit`, t, p),
    ]);
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 404));
    expect(await db().dealMessage.count({ where: { dealId, organizationId: stranger.memberships[0]!.organizationId } })).toBe(0);

    // The parties and an admin read the same deal and its audit log.
    expect((await call(dealRoute.GET, `/api/v1/deals/${dealId}`, tokens.firm, p)).status).toBe(200);
    expect((await listDealAudit({ actor: admin, id: dealId })).length).toBeGreaterThan(0);
    const list = await (await call(dealsRoute.GET, "/api/v1/deals?stage=AGREED", tokens.firm, {})).json();
    expect(list.deals.map((d: { id: string }) => d.id)).toEqual([dealId]);
  });

  it("has an audit entry for every change of the deal", async () => {
    const entries = await listDealAudit({ actor: lab, id: dealId });
    const actions = entries.map((e) => e.action);
    expect(actions[0]).toBe("deal.created");
    expect(actions).toEqual(expect.arrayContaining(["deal.accept", "deal.acceptNda", "nda.accepted", "message.posted", "proposal.made", "deal.agree"]));
    const messages = await db().dealMessage.count({ where: { dealId } });
    const proposals = await db().termProposal.count({ where: { dealId } });
    expect(actions.filter((a) => a === "message.posted")).toHaveLength(messages);
    expect(actions.filter((a) => a === "proposal.made")).toHaveLength(proposals);
    expect(entries.find((e) => e.action === "deal.agree")).toMatchObject({ actor: { id: firm.userId }, organization: { id: firmOrg }, before: { stage: "NEGOTIATION" }, after: { stage: "AGREED" } });
    await expect(db().auditLog.deleteMany({ where: { dealId } })).rejects.toThrow(/append-only/);
  });

  it("lets an intermediary open a deal from its introduction, with the owner's own NDA; the intermediary never sees the confidential details", async () => {
    const saved1 = await saveNdaTemplate({ actor: lab, input: { title: "NDA của Viện", body: "Điều 1. Bên nhận giữ bí mật mọi thông tin về phụ gia. ".repeat(3) } });
    const file = new TextEncoder().encode("# Thoả thuận bảo mật của Viện Vật liệu Xây dựng\n\nĐiều 1. Thông tin mật gồm tỷ lệ phối trộn và quy trình cấp liệu.\nĐiều 2. Thời hạn 5 năm.\n");
    const saved2 = await saveNdaTemplate({ actor: lab, input: { title: "NDA của Viện (bản 2)" }, file: { name: "nda-vien.md", bytes: file } });
    expect([saved1.version, saved2.version]).toEqual([1, 2]);
    await expect(saveNdaTemplate({ actor: lab, input: { title: "NDA" }, file: { name: "nda.pdf", bytes: PDF } })).rejects.toMatchObject({ code: "VALIDATION", fields: { file: "ndaFileType" } });
    expect(await codeOf(saveNdaTemplate({ actor: stranger, input: { title: "NDA", body: "x".repeat(60), organizationId: labOrg } }))).toBe("NOT_FOUND");
    expect(await db().auditLog.count({ where: { entityType: "nda", action: "nda.templateSaved", organizationId: labOrg } })).toBe(2);

    await introduceMatch({ actor: broker, input: { offerId, challengeId, message: "Hai bên nên gặp nhau." } });
    expect(await codeOf(openDeal({ actor: stranger, input: { offerId, challengeId } }))).toBe("NOT_FOUND");
    const res = await call(dealsRoute.POST, "/api/v1/deals", tokens.broker, {}, { json: { offerId, challengeId } });
    expect(res.status).toBe(201);
    const introDeal = (await res.json()).id as string;
    await expect(openDeal({ actor: broker, input: { offerId, challengeId } })).rejects.toMatchObject({ code: "CONFLICT" });
    const row = await db().deal.findUniqueOrThrow({ where: { id: introDeal } });
    expect(row).toMatchObject({ listingKind: "offer", offerId, challengeId, ownerOrgId: labOrg, partnerOrgId: buyerOrg, intermediaryOrgId: broker.memberships[0]!.organizationId, message: "Hai bên nên gặp nhau." });
    expect(await notices(buyer.userId, "deal.opened")).toHaveLength(1);
    expect((await getDeal({ actor: broker, id: introDeal })).myRoles).toEqual(["intermediary"]);

    const asOwner = await getDeal({ actor: lab, id: introDeal });
    expect(asOwner.ndaChoice).toMatchObject({ id: saved2.id, version: 2 });
    await expect(actOnDeal({ actor: lab, id: introDeal, input: { event: "accept", expectedVersion: 1, ndaTemplateId: saved1.id } })).rejects.toMatchObject({ code: "VALIDATION", fields: { ndaTemplateId: "ndaTemplateInvalid" } });
    const ev = await call(eventsRoute.POST, `/api/v1/deals/${introDeal}/events`, tokens.lab, { id: introDeal }, { json: { event: "accept", expectedVersion: 1, ndaTemplateId: saved2.id } });
    expect(ev.status).toBe(200);
    const shown = (await getDeal({ actor: buyer, id: introDeal })).nda!;
    expect(shown).toMatchObject({ standard: false, ndaVersion: `${saved2.id}@v2`, title: "NDA của Viện (bản 2)" });
    expect(shown.text).toContain("Thời hạn 5 năm");
    await expect(acceptNda({ actor: broker, id: introDeal, input: { expectedVersion: 2, textSha256: shown.textSha256 } })).rejects.toMatchObject({ code: "CONFLICT", fields: { form: "notYourTurn" } });
    const nda = await call(ndaRoute.POST, `/api/v1/deals/${introDeal}/nda`, tokens.broker, { id: introDeal }, { json: { expectedVersion: 2, textSha256: shown.textSha256 } });
    expect(nda.status).toBe(409);
    await acceptNda({ actor: buyer, id: introDeal, input: { expectedVersion: 2, textSha256: shown.textSha256 } });
    expect(await db().ndaAcceptance.findFirstOrThrow({ where: { dealId: introDeal } })).toMatchObject({ organizationId: buyerOrg, templateId: saved2.id, ndaVersion: `${saved2.id}@v2`, textSha256: sha256(shown.text) });
    expect((await getOffer({ actor: buyer, id: offerId })).confidential?.confidentialDetails).toContain("CaF2");
    expect((await getOffer({ actor: broker, id: offerId })).confidential).toBeNull();
    expect((await getOffer({ actor: stranger, id: offerId })).confidential).toBeNull();
    // The intermediary follows the thread and may withdraw, with a reason; then the thread closes.
    await postMessage({ actor: broker, id: introDeal, input: { body: "Tôi sẽ sắp xếp buổi gặp." } });
    expect(await notices(lab.userId, "deal.message")).toHaveLength(2);
    expect(await notices(buyer.userId, "deal.message")).toHaveLength(1);
    await actOnDeal({ actor: broker, id: introDeal, input: { event: "withdraw", expectedVersion: 3, reason: "OTHER", note: "Hai bên tự làm việc" } });
    expect(await db().deal.findUniqueOrThrow({ where: { id: introDeal } })).toMatchObject({ stage: "WITHDRAWN", closeReason: "OTHER", closedByOrgId: broker.memberships[0]!.organizationId });
    await expect(postMessage({ actor: buyer, id: introDeal, input: { body: "Còn đó không?" } })).rejects.toMatchObject({ code: "CONFLICT", fields: { form: "dealClosed" } });
    expect(await notices(buyer.userId, "deal.withdrawn")).toHaveLength(1);
    expect(await auditActions(introDeal)).toEqual(["deal.opened", "deal.accept", "deal.acceptNda", "nda.accepted", "message.posted", "deal.withdraw"]);
  });
});
