import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { contractFieldErrors, ZCreateContract, type CreateContract } from "@/lib/contracts/schemas";
import { TRANSITIONS, type DealRole } from "@/lib/deals/stages";
import { AppError, isAppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { applyDealEvent } from "@/lib/server/deals/apply-event";
import { loadDealForActor, orgForRole, type DealCore } from "@/lib/server/deals/load-deal";
import { notifyOrganizations } from "@/lib/server/notifications/notify";
import { contractFacets } from "./contract-facets";
import { contractPartyOrgIds, isAdmin } from "./contract-access";
import { resolveParties } from "./resolve-parties";
import { copiedColumns, versionColumns } from "./version-data";

type Tx = Prisma.TransactionClient;
export type CreateContractResult = { id: string; created: boolean };

/**
 * Records a transfer contract: from an AGREED deal (a party to it; the deal becomes
 * CONTRACTED in the same transaction) or entered directly by a verified intermediary or an
 * admin. Idempotent by `idempotencyKey`: the same user repeating a key gets the contract
 * the first request made (`created: false`), also when both requests run at once; another
 * user's key is CONFLICT.
 */
export async function createContract({ actor, input }: { actor: Actor | null; input: unknown }): Promise<CreateContractResult> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const parsed = ZCreateContract.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: contractFieldErrors(parsed.error) });
  const v = parsed.data;
  const repeat = await findByKey(actor, v.idempotencyKey);
  if (repeat) return repeat;
  try {
    const id = await db().$transaction((tx) => (v.dealId ? createFromDeal(tx, actor, v) : createDirect(tx, actor, v)));
    return { id, created: true };
  } catch (err) {
    // A request with the same key that committed first wins (unique index on the key);
    // with a deal, the loser may instead have lost the race for the deal's version.
    const uniqueClash = err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
    if (uniqueClash || (isAppError(err) && err.code === "CONFLICT")) {
      const winner = await findByKey(actor, v.idempotencyKey);
      if (winner) return winner;
    }
    if (uniqueClash) throw new AppError("CONFLICT", { fields: { form: "dealAlreadyContracted" } });
    throw err;
  }
}

async function findByKey(actor: Actor, key: string): Promise<CreateContractResult | null> {
  const row = await db().transferContract.findUnique({ where: { idempotencyKey: key }, select: { id: true, createdById: true } });
  if (!row) return null;
  if (row.createdById !== actor.userId) throw new AppError("CONFLICT", { fields: { form: "idempotencyKeyUsed" } });
  return { id: row.id, created: false };
}

async function createFromDeal(tx: Tx, actor: Actor, v: CreateContract): Promise<string> {
  const { deal, roles } = await loadDealForActor(actor, v.dealId!, tx);
  const role = TRANSITIONS.contract.roles.find((r) => roles.includes(r)) as DealRole | undefined;
  if (!role) throw new AppError("FORBIDDEN");
  const actingOrgId = orgForRole(deal, role)!;
  assertCan(actor, "contract.record", { organizationId: actingOrgId });
  if (deal.stage === "CONTRACTED") throw new AppError("CONFLICT", { fields: { form: "dealAlreadyContracted" } });
  if (deal.stage !== "AGREED") throw new AppError("CONFLICT", { fields: { form: "dealNotAgreed" } });
  const { supplierOrgId, recipientOrgId } = dealSides(deal);
  const parties = await resolveParties(tx, { ...v, supplierOrgId, recipientOrgId });
  const id = await insertContract(tx, actor, v, { ...parties, intermediaryOrgId: deal.intermediaryOrgId }, {
    createdByOrgId: actingOrgId,
    dealId: deal.id,
    offerId: deal.offerId,
    challengeId: deal.challengeId,
  });
  await applyDealEvent(tx, { actor, deal, roles, event: "contract", expectedVersion: v.dealVersion! });
  return id;
}

/** On an offer the owner supplies the technology; on a challenge the partner does. */
export function dealSides(deal: Pick<DealCore, "listingKind" | "ownerOrgId" | "partnerOrgId">) {
  return deal.listingKind === "offer"
    ? { supplierOrgId: deal.ownerOrgId, recipientOrgId: deal.partnerOrgId }
    : { supplierOrgId: deal.partnerOrgId, recipientOrgId: deal.ownerOrgId };
}

/** A contract signed elsewhere: a verified intermediary's member (for that intermediary) or an admin. */
async function createDirect(tx: Tx, actor: Actor, v: CreateContract): Promise<string> {
  const intermediaryOrgId = await directEntryIntermediary(tx, actor, v.intermediaryOrgId);
  const parties = await resolveParties(tx, v);
  const actingForIntermediary = intermediaryOrgId && actor.memberships.some((m) => m.organizationId === intermediaryOrgId);
  return insertContract(tx, actor, v, { ...parties, intermediaryOrgId }, { createdByOrgId: actingForIntermediary ? intermediaryOrgId : null });
}

async function directEntryIntermediary(tx: Tx, actor: Actor, requested: string | null): Promise<string | null> {
  const memberOf = actor.memberships.filter((m) => m.verified && (!requested || m.organizationId === requested)).map((m) => m.organizationId);
  const mine = memberOf.length
    ? await tx.organization.findMany({ where: { id: { in: memberOf }, kind: "INTERMEDIARY", verificationStatus: "VERIFIED" }, select: { id: true }, orderBy: { name: "asc" } })
    : [];
  if (mine[0]) {
    assertCan(actor, "contract.record", { organizationId: mine[0].id });
    return mine[0].id;
  }
  if (!isAdmin(actor)) throw new AppError("FORBIDDEN", { fields: { form: "directEntryNotAllowed" } });
  if (!requested) return null;
  const named = await tx.organization.findUnique({ where: { id: requested }, select: { kind: true } });
  if (named?.kind !== "INTERMEDIARY") throw new AppError("VALIDATION", { fields: { intermediaryOrgId: "intermediaryInvalid" } });
  return requested;
}

async function insertContract(
  tx: Tx,
  actor: Actor,
  v: CreateContract,
  parties: Parameters<typeof versionColumns>[1],
  link: { createdByOrgId: string | null; dealId?: string; offerId?: string | null; challengeId?: string | null },
): Promise<string> {
  const columns = versionColumns(v, parties);
  const facets = await contractFacets(tx, { offerId: link.offerId, challengeId: link.challengeId, supplierOrgId: columns.supplierOrgId, recipientOrgId: columns.recipientOrgId });
  // The key first: a concurrent request with the same key waits here on the unique index
  // and fails once this transaction commits, before it has written anything else.
  const contract = await tx.transferContract.create({
    data: {
      idempotencyKey: v.idempotencyKey,
      createdById: actor.userId,
      createdByOrgId: link.createdByOrgId,
      dealId: link.dealId ?? null,
      offerId: link.offerId ?? null,
      challengeId: link.challengeId ?? null,
      ...copiedColumns(columns),
      ...facets,
    },
    select: { id: true },
  });
  await tx.contractVersion.create({ data: { contractId: contract.id, version: 1, changedById: actor.userId, changedByOrgId: link.createdByOrgId, reason: null, ...columns } });
  const milestones = v.milestones.map((m, i) => ({ contractId: contract.id, position: i + 1, title: m.title, dueDate: m.dueDate!, amountVnd: m.amountVnd }));
  await tx.contractMilestone.createMany({ data: milestones });
  await recordAudit(tx, {
    actor,
    organizationId: link.createdByOrgId,
    entityType: "contract",
    entityId: contract.id,
    contractId: contract.id,
    dealId: link.dealId ?? null,
    action: "contract.created",
    after: { version: 1, ...columns, milestones: milestones.map(({ contractId: _c, ...m }) => m) },
  });
  const others = contractPartyOrgIds(columns).filter((id) => id !== link.createdByOrgId);
  if (others.length) {
    await notifyOrganizations({ tx, organizationIds: others, kind: "contract.recorded", payload: { title: columns.title, href: `/contracts/${contract.id}` } });
  }
  return contract.id;
}
