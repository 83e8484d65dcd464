import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { ZReviewMembership } from "@/lib/organizations/schemas";
import { db } from "@/lib/server/db/client";

/** An organisation's owner approves or rejects a pending request to join it. */
export async function reviewMembership({ actor, input }: { actor: Actor | null; input: unknown }): Promise<{ decision: string }> {
  const parsed = ZReviewMembership.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION");
  const { membershipId, decision } = parsed.data;
  const membership = await db().membership.findUnique({
    where: { id: membershipId },
    select: { id: true, organizationId: true, status: true },
  });
  if (!membership) throw new AppError("NOT_FOUND");
  assertCan(actor, "organization.manageMembers", { organizationId: membership.organizationId });
  if (membership.status !== "PENDING") throw new AppError("CONFLICT");
  if (decision === "approve") {
    await db().membership.update({ where: { id: membershipId }, data: { status: "ACTIVE" } });
  } else {
    await db().membership.delete({ where: { id: membershipId } });
  }
  return { decision };
}
