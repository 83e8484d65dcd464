import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { ZCompleteMilestone } from "@/lib/contracts/schemas";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db/client";
import { notifyOrganizations } from "@/lib/server/notifications/notify";
import { contractPartyOrgIds, loadContractForActor } from "./contract-access";

/**
 * A party marks a pending milestone done, with evidence (a note or a link). Admins may read
 * but not act for a party (FORBIDDEN). A milestone already done is CONFLICT, also when two
 * people mark it at once (the update only applies to a PENDING row).
 */
export async function completeMilestone({
  actor,
  contractId,
  milestoneId,
  input,
}: {
  actor: Actor | null;
  contractId: string;
  milestoneId: string;
  input: unknown;
}): Promise<{ id: string; status: "DONE"; doneAt: string }> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const { contract, partyOrgId } = await loadContractForActor(actor, contractId);
  const milestone = await db().contractMilestone.findFirst({ where: { id: milestoneId, contractId }, select: { id: true, title: true, status: true } });
  if (!milestone) throw new AppError("NOT_FOUND");
  if (!partyOrgId) throw new AppError("FORBIDDEN");
  const parsed = ZCompleteMilestone.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const doneAt = new Date();
  await db().$transaction(async (tx) => {
    const done = await tx.contractMilestone.updateMany({
      where: { id: milestoneId, contractId, status: "PENDING" },
      data: { status: "DONE", evidence: parsed.data.evidence, doneAt, doneById: actor.userId },
    });
    if (done.count !== 1) throw new AppError("CONFLICT", { fields: { form: "milestoneAlreadyDone" } });
    await recordAudit(tx, {
      actor,
      organizationId: partyOrgId,
      entityType: "milestone",
      entityId: milestoneId,
      contractId,
      dealId: contract.dealId,
      action: "milestone.done",
      before: { status: "PENDING" },
      after: { status: "DONE", evidence: parsed.data.evidence, doneAt },
    });
    const others = contractPartyOrgIds(contract).filter((o) => o !== partyOrgId);
    if (others.length) {
      await notifyOrganizations({ tx, organizationIds: others, kind: "contract.milestoneDone", payload: { title: contract.title, milestone: milestone.title, href: `/contracts/${contractId}` } });
    }
  });
  return { id: milestoneId, status: "DONE", doneAt: doneAt.toISOString() };
}
