import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { addDays, addMonths, todayIso } from "../../lib/contracts/dates";
import { listRecentAudit } from "../../lib/server/audit/list-recent-audit";
import { loadActor } from "../../lib/server/auth/load-actor";
import { completeMilestone } from "../../lib/server/contracts/complete-milestone";
import { getContractDraftFromDeal } from "../../lib/server/contracts/contract-draft-from-deal";
import { correctContract } from "../../lib/server/contracts/correct-contract";
import { countMilestonesDue } from "../../lib/server/contracts/count-milestones-due";
import { createContract } from "../../lib/server/contracts/create-contract";
import { getContract, getContractAudit } from "../../lib/server/contracts/get-contract";
import { listContracts } from "../../lib/server/contracts/list-contracts";
import { db } from "../../lib/server/db/client";
import { createOffer } from "../../lib/server/offers/create-offer";
import { createAccessToken } from "../../lib/server/tokens/access-tokens";
import { codeOf } from "../support/codes";
import { createAdmin, createCast, OFFER_INPUT, requestToJoin } from "../support/factories";

const { GET: listRoute, POST: createRoute } = await import("../../app/api/v1/contracts/route");
const { GET: getRoute } = await import("../../app/api/v1/contracts/[id]/route");
const { POST: versionsRoute } = await import("../../app/api/v1/contracts/[id]/versions/route");
const { POST: milestoneRoute } = await import("../../app/api/v1/contracts/[id]/milestones/[milestoneId]/route");
const { GET: auditRoute } = await import("../../app/api/v1/contracts/[id]/audit/route");

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- route handlers differ only in their params type
type Route = (req: Request, ctx: { params: Promise<any> }) => Promise<Response>;
const call = (handler: Route, url: string, token: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}, params: Record<string, string> = {}) =>
  handler(
    new Request(`http://localhost${url}`, {
      method: init.method ?? "GET",
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...init.headers },
    }),
    { params: Promise.resolve(params) },
  );

const today = todayIso();
const signed = addDays(today, -10);

/** What the form sends for a contract from a deal, prefilled from the agreed terms. */
function fromDealForm(dealId: string, dealVersion: number, key = randomUUID()) {
  return {
    idempotencyKey: key,
    dealId,
    dealVersion: String(dealVersion),
    title: "Chuyển giao quy trình phụ gia khoáng hoá",
    type: "LICENSE_EXCLUSIVE",
    valueVnd: "2.000.000.000",
    signedAt: signed,
    termMonths: "24",
    royaltyPct: "3",
    stateFunded: "on",
    "milestones.0.title": "Bàn giao hồ sơ kỹ thuật",
    "milestones.0.dueDate": addMonths(signed, 1),
    "milestones.0.amountVnd": "800.000.000",
    "milestones.1.title": "Vận hành thử tại nhà máy",
    "milestones.1.dueDate": addMonths(signed, 6),
    "milestones.1.amountVnd": "1.200.000.000",
    "milestones.2.title": "",
    "milestones.2.dueDate": "",
    "milestones.2.amountVnd": "",
  };
}

/** A contract signed elsewhere, between free-named parties. */
function directInput(over: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    title: "Hợp đồng chuyển giao bí quyết xử lý nước",
    type: "KNOW_HOW",
    supplierName: "Công ty Môi trường Xanh",
    supplierCountry: "VN",
    recipientName: "Công ty Nước sạch Đà Nẵng",
    recipientCountry: "VN",
    valueVnd: "500000000",
    signedAt: signed,
    milestones: [{ title: "Chuyển giao tài liệu", dueDate: addMonths(signed, 2), amountVnd: "500000000" }],
    ...over,
  };
}

describe("transfer contracts", () => {
  let lab: Actor, labColleague: Actor, firm: Actor, stranger: Actor, broker: Actor, unverifiedBroker: Actor, admin: Actor;
  let labOrg: string, firmOrg: string, brokerOrg: string;
  let offerId: string;
  let strangerToken: string, labToken: string, firmToken: string;

  /** A deal in AGREED with an agreed term proposal, built directly (the deal flow is another module). */
  async function agreedDeal(opts: { intermediary?: boolean } = {}) {
    const deal = await db().deal.create({
      data: {
        listingKind: "offer",
        offerId,
        province: "ha-noi",
        ownerOrgId: labOrg,
        partnerOrgId: firmOrg,
        intermediaryOrgId: opts.intermediary ? brokerOrg : null,
        initiatorOrgId: firmOrg,
        createdById: firm.userId,
        stage: "AGREED",
        version: 5,
        dealType: "LICENSE",
        message: "Chúng tôi muốn mua quyền sử dụng.",
        respondBy: new Date(Date.now() + 14 * 86_400_000),
      },
    });
    const proposal = await db().termProposal.create({
      data: {
        dealId: deal.id,
        number: 2,
        organizationId: labOrg,
        authorId: lab.userId,
        dealType: "LICENSE",
        exclusive: true,
        priceVnd: 2_000_000_000n,
        royaltyPct: "3",
        territory: "Việt Nam",
        durationMonths: 24,
        milestones: [
          { title: "Bàn giao hồ sơ kỹ thuật", dueInMonths: 1, amountVnd: "800000000" },
          { title: "Vận hành thử tại nhà máy", dueInMonths: 6, amountVnd: "1200000000" },
        ],
      },
    });
    await db().deal.update({ where: { id: deal.id }, data: { agreedProposalId: proposal.id } });
    return deal.id;
  }

  beforeAll(async () => {
    const cast = await createCast("lab", "firm", "stranger", "broker", "unverifiedBroker");
    [lab, firm, stranger, broker, unverifiedBroker] = [cast.lab.actor, cast.firm.actor, cast.stranger.actor, cast.broker.actor, cast.unverifiedBroker.actor];
    const joiner = await requestToJoin(cast.lab.organizationId);
    await db().membership.updateMany({ where: { userId: joiner.userId }, data: { status: "ACTIVE" } });
    labColleague = (await loadActor(joiner.userId))!;
    admin = await createAdmin();
    [labOrg, firmOrg, brokerOrg] = [cast.lab.organizationId, cast.firm.organizationId, cast.broker.organizationId];
    offerId = (await createOffer({ actor: lab, input: OFFER_INPUT })).id;
    strangerToken = (await createAccessToken({ actor: stranger, input: { name: "t" } })).token;
    labToken = (await createAccessToken({ actor: lab, input: { name: "t" } })).token;
    firmToken = (await createAccessToken({ actor: firm, input: { name: "t" } })).token;
  });

  it("prefills the form from the agreed terms, for the deal's parties only", async () => {
    const dealId = await agreedDeal();
    const draft = await getContractDraftFromDeal({ actor: firm, dealId });
    expect(draft.deal).toMatchObject({ id: dealId, version: 5 });
    expect(draft.supplier).toMatchObject({ orgId: labOrg, country: "VN" });
    expect(draft.recipient.orgId).toBe(firmOrg);
    expect(draft.values).toMatchObject({ type: "LICENSE_EXCLUSIVE", valueVnd: "2000000000", royaltyPct: "3", termMonths: "24", signedAt: today, stateFunded: "on" });
    expect(draft.milestones).toEqual([
      { title: "Bàn giao hồ sơ kỹ thuật", dueDate: addMonths(today, 1), amountVnd: "800000000" },
      { title: "Vận hành thử tại nhà máy", dueDate: addMonths(today, 6), amountVnd: "1200000000" },
    ]);
    expect(await codeOf(getContractDraftFromDeal({ actor: stranger, dealId }))).toBe("NOT_FOUND");
    expect(await codeOf(getContractDraftFromDeal({ actor: admin, dealId }))).toBe("NOT_FOUND");
  });

  it("creates one contract from an AGREED deal and moves the deal to CONTRACTED with audit entries and notifications", async () => {
    const dealId = await agreedDeal();
    const result = await createContract({ actor: lab, input: fromDealForm(dealId, 5) });
    expect(result.created).toBe(true);
    const deal = await db().deal.findUniqueOrThrow({ where: { id: dealId } });
    expect(deal).toMatchObject({ stage: "CONTRACTED", version: 6 });
    const c = await getContract({ actor: firm, id: result.id });
    expect(c).toMatchObject({
      dealId,
      offerId,
      supplierOrgId: labOrg,
      supplierName: "Viện Vật liệu Xây dựng",
      recipientOrgId: firmOrg,
      direction: "DOMESTIC",
      type: "LICENSE_EXCLUSIVE",
      valueVnd: "2000000000",
      royaltyPct: "3",
      termMonths: 24,
      stateFunded: true,
      signedAt: signed,
      currentVersion: 1,
      isParty: true,
    });
    expect(c.milestones.map((m) => [m.title, m.amountVnd, m.status])).toEqual([
      ["Bàn giao hồ sơ kỹ thuật", "800000000", "PENDING"],
      ["Vận hành thử tại nhà máy", "1200000000", "PENDING"],
    ]);
    expect(c.versions).toHaveLength(1);
    expect(c.versions[0]).toMatchObject({ version: 1, changedBy: { id: lab.userId }, changedByOrg: { id: labOrg } });
    expect(c.audit.map((a) => a.action)).toEqual(["contract.created"]);
    const dealAudit = await db().auditLog.findMany({ where: { dealId }, orderBy: { createdAt: "asc" } });
    expect(dealAudit.map((a) => a.action).sort()).toEqual(["contract.created", "deal.contract"]);
    expect(await db().notification.count({ where: { userId: firm.userId, kind: "contract.recorded" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: lab.userId, kind: "contract.recorded" } })).toBe(0);
    const mail = await db().emailOutbox.findFirst({ where: { to: firm.email, subject: { contains: "Chuyển giao quy trình" } } });
    expect(mail?.body).toContain(`/vi/contracts/${result.id}`);

    // A second contract for the same deal is refused.
    expect(await codeOf(createContract({ actor: firm, input: fromDealForm(dealId, 6) }))).toBe("CONFLICT");
    expect(await db().transferContract.count({ where: { dealId } })).toBe(1);
  });

  it("refuses a stale deal version and leaves nothing behind", async () => {
    const dealId = await agreedDeal();
    const err = await createContract({ actor: lab, input: fromDealForm(dealId, 4) }).catch((e) => e);
    expect(err).toMatchObject({ code: "CONFLICT", fields: { form: "dealChanged" } });
    expect(await db().transferContract.count({ where: { dealId } })).toBe(0);
    expect(await db().deal.findUniqueOrThrow({ where: { id: dealId } })).toMatchObject({ stage: "AGREED", version: 5 });
  });

  it("creates exactly one contract for the same submission twice, sequentially and in parallel", async () => {
    const dealA = await agreedDeal();
    const form = fromDealForm(dealA, 5);
    const first = await createContract({ actor: lab, input: form });
    const second = await createContract({ actor: lab, input: form });
    expect(second).toEqual({ id: first.id, created: false });

    const dealB = await agreedDeal();
    const formB = fromDealForm(dealB, 5);
    const both = await Promise.all([createContract({ actor: lab, input: formB }), createContract({ actor: lab, input: formB })]);
    expect(both.map((r) => r.created).sort()).toEqual([false, true]);
    expect(both[0]!.id).toBe(both[1]!.id);

    const direct = directInput();
    const pair = await Promise.all([createContract({ actor: broker, input: direct }), createContract({ actor: broker, input: direct })]);
    expect(pair[0]!.id).toBe(pair[1]!.id);

    for (const [where, milestones] of [[{ dealId: dealA }, 2], [{ dealId: dealB }, 2], [{ idempotencyKey: direct.idempotencyKey }, 1]] as const) {
      const rows = await db().transferContract.findMany({ where, select: { id: true } });
      expect(rows).toHaveLength(1);
      expect(await db().contractVersion.count({ where: { contractId: rows[0]!.id } })).toBe(1);
      expect(await db().contractMilestone.count({ where: { contractId: rows[0]!.id } })).toBe(milestones);
      expect(await db().auditLog.count({ where: { contractId: rows[0]!.id, action: "contract.created" } })).toBe(1);
    }
    expect(await db().auditLog.count({ where: { dealId: dealB, action: "deal.contract" } })).toBe(1);
  });

  it("answers a repeated API request with 200 and created: false, and another user's key with 409", async () => {
    const dealId = await agreedDeal();
    const key = randomUUID();
    const body = { ...fromDealForm(dealId, 5), idempotencyKey: undefined };
    const r1 = await call(createRoute, "/api/v1/contracts", firmToken, { method: "POST", body, headers: { "idempotency-key": key } });
    expect(r1.status).toBe(201);
    const j1 = await r1.json();
    expect(j1.created).toBe(true);
    const r2 = await call(createRoute, "/api/v1/contracts", firmToken, { method: "POST", body, headers: { "idempotency-key": key } });
    expect(r2.status).toBe(200);
    expect(await r2.json()).toEqual({ id: j1.id, created: false });
    const r3 = await call(createRoute, "/api/v1/contracts", labToken, { method: "POST", body, headers: { "idempotency-key": key } });
    expect(r3.status).toBe(409);
    expect(await codeOf(createContract({ actor: lab, input: { ...body, idempotencyKey: key } }))).toBe("CONFLICT");
    expect(await db().transferContract.count({ where: { dealId } })).toBe(1);
  });

  it("lets a verified intermediary and an admin enter a contract signed elsewhere, and nobody else", async () => {
    const byBroker = await createContract({ actor: broker, input: directInput() });
    const row = await db().transferContract.findUniqueOrThrow({ where: { id: byBroker.id } });
    expect(row).toMatchObject({ intermediaryOrgId: brokerOrg, createdByOrgId: brokerOrg, dealId: null, supplierOrgId: null });
    const byAdmin = await createContract({ actor: admin, input: directInput({ intermediaryOrgId: brokerOrg }) });
    expect(await db().transferContract.findUniqueOrThrow({ where: { id: byAdmin.id } })).toMatchObject({ intermediaryOrgId: brokerOrg, createdByOrgId: null, createdById: admin.userId });

    const refused = await createContract({ actor: stranger, input: directInput() }).catch((e) => e);
    expect(refused).toMatchObject({ code: "FORBIDDEN", fields: { form: "directEntryNotAllowed" } });
    expect(await codeOf(createContract({ actor: unverifiedBroker, input: directInput() }))).toBe("FORBIDDEN");
    expect(await codeOf(createContract({ actor: lab, input: directInput() }))).toBe("FORBIDDEN");
    // The broker's member reads it; the named platform organisation of a party does too.
    expect((await getContract({ actor: broker, id: byBroker.id })).isParty).toBe(true);
  });

  it("derives the direction from the parties' countries", async () => {
    const domestic = await createContract({ actor: broker, input: directInput({ supplierOrgId: labOrg, supplierName: "", supplierCountry: "", recipientOrgId: firmOrg, recipientName: "", recipientCountry: "" }) });
    const inbound = await createContract({ actor: broker, input: directInput({ supplierName: "Toyo Engineering Co.", supplierCountry: "JP", recipientOrgId: firmOrg, recipientName: "", recipientCountry: "" }) });
    const outbound = await createContract({ actor: broker, input: directInput({ supplierOrgId: labOrg, supplierName: "", supplierCountry: "", recipientName: "Hydro Systeme GmbH", recipientCountry: "de" }) });
    const dir = async (id: string) => (await getContract({ actor: admin, id })).direction;
    expect(await dir(domestic.id)).toBe("DOMESTIC");
    expect(await dir(inbound.id)).toBe("INBOUND");
    expect(await dir(outbound.id)).toBe("OUTBOUND");
    expect((await getContract({ actor: firm, id: inbound.id })).supplierName).toBe("Toyo Engineering Co.");
    const abroad = await createContract({ actor: broker, input: directInput({ supplierCountry: "US", recipientCountry: "KR" }) }).catch((e) => e);
    expect(abroad).toMatchObject({ code: "VALIDATION", fields: { recipientCountry: "bothPartiesAbroad" } });
  });

  it("checks a foreign-currency payment against the VND value", async () => {
    const usd = { supplierName: "Toyo Engineering Co.", supplierCountry: "JP", currency: "USD", foreignAmount: "20000", exchangeRate: "25000", rateDate: signed, valueVnd: "500000000" };
    const ok = await createContract({ actor: broker, input: directInput(usd) });
    expect(await getContract({ actor: broker, id: ok.id })).toMatchObject({ currency: "USD", foreignAmount: "20000", exchangeRate: "25000", rateDate: signed, valueVnd: "500000000" });
    const bad = await createContract({ actor: broker, input: directInput({ ...usd, valueVnd: "500000002", milestones: [{ title: "A", dueDate: signed }] }) }).catch((e) => e);
    expect(bad).toMatchObject({ code: "VALIDATION", fields: { valueVnd: "valueMismatch" } });
    const missing = await createContract({ actor: broker, input: directInput({ ...usd, exchangeRate: "", rateDate: "" }) }).catch((e) => e);
    expect(missing.fields).toMatchObject({ exchangeRate: "exchangeRateRequired", rateDate: "rateDateRequired" });
  });

  it("keeps version 1 when a party corrects the contract, and refuses a stale version", async () => {
    const dealId = await agreedDeal({ intermediary: true });
    const { id } = await createContract({ actor: firm, input: fromDealForm(dealId, 5) });
    const v1 = await db().contractVersion.findUniqueOrThrow({ where: { contractId_version: { contractId: id, version: 1 } } });
    const corrected = { ...fromDealForm(dealId, 5), valueVnd: "2.100.000.000", registrationNumber: "45/2026/GCN-CGCN", registrationDate: today, reason: "Phụ lục 01 tăng giá trị", expectedVersion: "1" };
    expect(await correctContract({ actor: labColleague, id, input: corrected })).toEqual({ id, version: 2 });
    const c = await getContract({ actor: broker, id });
    expect(c).toMatchObject({ currentVersion: 2, valueVnd: "2100000000", registrationNumber: "45/2026/GCN-CGCN", supplierOrgId: labOrg, recipientOrgId: firmOrg, intermediaryOrgId: brokerOrg });
    expect(c.versions[1]).toMatchObject({ version: 2, reason: "Phụ lục 01 tăng giá trị", changedBy: { id: labColleague.userId }, changedByOrg: { id: labOrg } });
    expect(c.versions[1]!.changes).toEqual(
      expect.arrayContaining([
        { field: "valueVnd", before: "2000000000", after: "2100000000" },
        { field: "registrationNumber", before: null, after: "45/2026/GCN-CGCN" },
      ]),
    );
    expect(await db().contractVersion.findUniqueOrThrow({ where: { contractId_version: { contractId: id, version: 1 } } })).toEqual(v1);
    expect((await db().transferContract.findUniqueOrThrow({ where: { id } })).valueVnd).toBe(2_100_000_000n);
    const entry = c.audit.find((a) => a.action === "contract.corrected")!;
    expect(entry.before).toMatchObject({ valueVnd: "2000000000" });
    expect(entry.after).toMatchObject({ valueVnd: "2100000000", version: 2 });
    expect(await db().notification.count({ where: { userId: firm.userId, kind: "contract.corrected" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: broker.userId, kind: "contract.corrected" } })).toBe(1);

    const stale = await correctContract({ actor: firm, id, input: { ...corrected, expectedVersion: "1" } }).catch((e) => e);
    expect(stale).toMatchObject({ code: "CONFLICT", fields: { form: "contractChanged" } });
    const race = await Promise.all([
      codeOf(correctContract({ actor: firm, id, input: { ...corrected, reason: "Sửa A", expectedVersion: "2" } })),
      codeOf(correctContract({ actor: lab, id, input: { ...corrected, reason: "Sửa B", expectedVersion: "2" } })),
    ]);
    expect(race.sort()).toEqual(["CONFLICT", "OK"]);
    expect(await db().contractVersion.count({ where: { contractId: id } })).toBe(3);
    expect(await db().transferContract.findUniqueOrThrow({ where: { id } })).toMatchObject({ currentVersion: 3 });
    // An admin may correct too; the reason is required.
    expect(await codeOf(correctContract({ actor: admin, id, input: { ...corrected, reason: "", expectedVersion: "3" } }))).toBe("VALIDATION");
    expect(await correctContract({ actor: admin, id, input: { ...corrected, reason: "Sửa lỗi nhập liệu", expectedVersion: "3" } })).toEqual({ id, version: 4 });
  });

  it("marks a milestone done once, with evidence, an audit entry and a notification to the other parties", async () => {
    const dealId = await agreedDeal();
    const { id } = await createContract({ actor: lab, input: fromDealForm(dealId, 5) });
    const [m1] = (await getContract({ actor: lab, id })).milestones;
    expect(await codeOf(completeMilestone({ actor: firm, contractId: id, milestoneId: m1!.id, input: { evidence: " " } }))).toBe("VALIDATION");
    expect(await codeOf(completeMilestone({ actor: admin, contractId: id, milestoneId: m1!.id, input: { evidence: "x" } }))).toBe("FORBIDDEN");
    const done = await completeMilestone({ actor: firm, contractId: id, milestoneId: m1!.id, input: { evidence: "Biên bản bàn giao số 12/BB, https://example.vn/bb12.pdf" } });
    expect(done.status).toBe("DONE");
    const again = await completeMilestone({ actor: lab, contractId: id, milestoneId: m1!.id, input: { evidence: "lần hai" } }).catch((e) => e);
    expect(again).toMatchObject({ code: "CONFLICT", fields: { form: "milestoneAlreadyDone" } });
    const c = await getContract({ actor: lab, id });
    expect(c.milestones[0]).toMatchObject({ status: "DONE", evidence: "Biên bản bàn giao số 12/BB, https://example.vn/bb12.pdf", doneBy: { id: firm.userId } });
    expect(c.milestones[1]!.status).toBe("PENDING");
    expect(c.audit.filter((a) => a.action === "milestone.done")).toHaveLength(1);
    expect(c.audit.find((a) => a.action === "milestone.done")).toMatchObject({ entityId: m1!.id, organization: { id: firmOrg } });
    expect(await db().notification.count({ where: { userId: lab.userId, kind: "contract.milestoneDone" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: labColleague.userId, kind: "contract.milestoneDone" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: firm.userId, kind: "contract.milestoneDone" } })).toBe(0);
    // A milestone of another contract is not reachable through this one.
    const other = await createContract({ actor: broker, input: directInput({ recipientOrgId: firmOrg }) });
    const foreign = (await getContract({ actor: firm, id: other.id })).milestones[0]!;
    expect(await codeOf(completeMilestone({ actor: firm, contractId: id, milestoneId: foreign.id, input: { evidence: "x" } }))).toBe("NOT_FOUND");
  });

  it("hides contracts from a third organisation in every data function and API route", async () => {
    const dealId = await agreedDeal();
    const { id } = await createContract({ actor: lab, input: fromDealForm(dealId, 5) });
    const mId = (await getContract({ actor: lab, id })).milestones[0]!.id;
    const correction = { ...fromDealForm(dealId, 5), reason: "Thử", expectedVersion: "1" };
    expect(await codeOf(getContract({ actor: stranger, id }))).toBe("NOT_FOUND");
    expect(await codeOf(getContractAudit({ actor: stranger, id }))).toBe("NOT_FOUND");
    expect(await codeOf(correctContract({ actor: stranger, id, input: correction }))).toBe("NOT_FOUND");
    expect(await codeOf(completeMilestone({ actor: stranger, contractId: id, milestoneId: mId, input: { evidence: "x" } }))).toBe("NOT_FOUND");
    expect(await codeOf(createContract({ actor: stranger, input: fromDealForm(dealId, 6) }))).toBe("NOT_FOUND");
    expect((await listContracts({ actor: stranger })).items.map((c) => c.id)).not.toContain(id);
    expect(await countMilestonesDue({ actor: stranger })).toEqual({ dueSoon: 0, overdue: 0 });

    const p = { id };
    expect((await call(getRoute, `/api/v1/contracts/${id}`, strangerToken, {}, p)).status).toBe(404);
    expect((await call(auditRoute, `/api/v1/contracts/${id}/audit`, strangerToken, {}, p)).status).toBe(404);
    expect((await call(versionsRoute, `/api/v1/contracts/${id}/versions`, strangerToken, { method: "POST", body: correction }, p)).status).toBe(404);
    expect((await call(milestoneRoute, `/api/v1/contracts/${id}/milestones/${mId}`, strangerToken, { method: "POST", body: { evidence: "x" } }, { id, milestoneId: mId })).status).toBe(404);
    const list = await (await call(listRoute, "/api/v1/contracts", strangerToken)).json();
    expect(list.items.map((c: { id: string }) => c.id)).not.toContain(id);
    // An unknown id answers the same as a hidden one.
    expect((await call(getRoute, "/api/v1/contracts/nope", strangerToken, {}, { id: "nope" })).status).toBe(404);

    // The parties get the same routes.
    expect((await call(getRoute, `/api/v1/contracts/${id}`, firmToken, {}, p)).status).toBe(200);
    const audit = await (await call(auditRoute, `/api/v1/contracts/${id}/audit`, firmToken, {}, p)).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(["contract.created"]);
    const v = await call(versionsRoute, `/api/v1/contracts/${id}/versions`, firmToken, { method: "POST", body: { ...correction, reason: "Sửa tên" } }, p);
    expect(v.status).toBe(201);
    const m = await call(milestoneRoute, `/api/v1/contracts/${id}/milestones/${mId}`, firmToken, { method: "POST", body: { evidence: "Biên bản" } }, { id, milestoneId: mId });
    expect(m.status).toBe(200);
    const m2 = await call(milestoneRoute, `/api/v1/contracts/${id}/milestones/${mId}`, firmToken, { method: "POST", body: { evidence: "Biên bản" } }, { id, milestoneId: mId });
    expect(m2.status).toBe(409);
  });

  it("lists the actor's contracts with the next milestone and counts milestones due and overdue", async () => {
    const before = await countMilestonesDue({ actor: firm });
    const input = directInput({
      recipientOrgId: firmOrg,
      milestones: [
        { title: "Quá hạn", dueDate: addDays(today, -3) },
        { title: "Sắp đến hạn", dueDate: addDays(today, 20) },
        { title: "Còn xa", dueDate: addDays(today, 90) },
      ],
    });
    const { id } = await createContract({ actor: broker, input });
    const after = await countMilestonesDue({ actor: firm });
    expect(after).toEqual({ dueSoon: before.dueSoon + 1, overdue: before.overdue + 1 });
    const { items, due } = await listContracts({ actor: firm });
    const item = items.find((c) => c.id === id)!;
    expect(item).toMatchObject({ milestonesTotal: 3, milestonesDone: 0, nextMilestone: { title: "Quá hạn", overdue: true }, recipientName: "Công ty Xi măng Hoa Lư" });
    expect(due.filter((m) => m.contractId === id).map((m) => [m.title, m.overdue])).toEqual([
      ["Quá hạn", true],
      ["Sắp đến hạn", false],
    ]);
    expect((await listContracts({ actor: admin })).items.map((c) => c.id)).toContain(id);
    expect((await listContracts({ actor: lab })).items.map((c) => c.id)).not.toContain(id);
  });

  it("shows recent audit entries to admins only, newest first", async () => {
    const page = await listRecentAudit({ actor: admin });
    expect(page.items.length).toBeGreaterThan(5);
    const times = page.items.map((e) => e.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect((await listRecentAudit({ actor: admin, entityType: "milestone" })).items.every((e) => e.entityType === "milestone")).toBe(true);
    expect(await codeOf(listRecentAudit({ actor: lab }))).toBe("FORBIDDEN");
  });

  it("is refused by the database itself: audit entries and contract versions cannot be changed or deleted", async () => {
    expect(await db().auditLog.count()).toBeGreaterThan(0);
    await expect(db().$executeRawUnsafe(`UPDATE "AuditLog" SET "action" = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`DELETE FROM "ContractVersion"`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`UPDATE "ContractVersion" SET "valueVnd" = 0`)).rejects.toThrow(/append-only/);
    expect(await db().auditLog.count({ where: { action: "tampered" } })).toBe(0);
  });
});
