import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { nextStage, TRANSITIONS, type DealEvent, type DealRole, type DealStage } from "@/lib/deals/stages";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Prisma } from "@/lib/server/db/generated/client";
import { orgForRole, type DealCore } from "./load-deal";

type Tx = Prisma.TransactionClient;

/** The column that records when a deal reached the stage an event leads to (the outcome funnel reads them). */
const STAGE_TIME: Partial<Record<DealEvent, "ndaAt" | "negotiationAt" | "agreedAt" | "contractedAt">> = {
  accept: "ndaAt",
  acceptNda: "negotiationAt",
  agree: "agreedAt",
  contract: "contractedAt",
};

/**
 * Moves a deal through one event of the state machine inside the caller's transaction.
 * The update only applies where the row still has the stage and version the actor saw,
 * so of two people acting at once exactly one wins; the other gets CONFLICT (409, "reload")
 * and, because the caller's transaction is rolled back, nothing of theirs is half-applied.
 */
export async function applyDealEvent(
  tx: Tx,
  args: {
    actor: Actor;
    deal: DealCore;
    roles: DealRole[];
    event: DealEvent;
    expectedVersion: number;
    reason?: string | null;
    /** Extra columns to set with the stage change (closeReason, respondedAt, …). */
    data?: Prisma.DealUncheckedUpdateManyInput;
  },
): Promise<{ stage: DealStage; version: number; organizationId: string }> {
  const { actor, deal, roles, event, expectedVersion } = args;
  if (expectedVersion !== deal.version) throw new AppError("CONFLICT", { fields: { form: "dealChanged" } });
  const result = nextStage(deal.stage, event, roles, { reason: args.reason });
  if (!result.ok) throw new AppError(result.error === "reasonRequired" ? "VALIDATION" : "CONFLICT", { fields: result.error === "reasonRequired" ? { reason: "reasonRequired" } : { form: result.error } });
  const role = TRANSITIONS[event].roles.find((r) => roles.includes(r))!;
  const organizationId = orgForRole(deal, role)!;
  const stageTime = STAGE_TIME[event];
  const updated = await tx.deal.updateMany({
    where: { id: deal.id, version: expectedVersion, stage: deal.stage },
    data: { ...args.data, ...(stageTime ? { [stageTime]: new Date() } : {}), stage: result.to, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", { fields: { form: "dealChanged" } });
  await recordAudit(tx, {
    actor,
    organizationId,
    entityType: "deal",
    entityId: deal.id,
    dealId: deal.id,
    action: `deal.${event}`,
    before: { stage: deal.stage, version: deal.version },
    after: { stage: result.to, version: deal.version + 1, ...(args.data ?? {}) },
  });
  return { stage: result.to, version: deal.version + 1, organizationId };
}
