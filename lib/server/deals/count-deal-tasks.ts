import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db/client";
import { dealsOfActorWhere } from "./load-deal";

/**
 * Dashboard counters. awaitingMyAnswer: interests sent to one of the actor's organisations
 * (as the listing's owner) not answered yet, overdue ones included. overdue: unanswered
 * interests past their answer-by date in any deal the actor's organisations are party to,
 * so both sides see them.
 */
export async function countDealTasks({ actor }: { actor: Actor | null }): Promise<{ awaitingMyAnswer: number; overdue: number }> {
  if (!actor || !actor.memberships.length) return { awaitingMyAnswer: 0, overdue: 0 };
  const orgIds = actor.memberships.map((m) => m.organizationId);
  const [awaitingMyAnswer, overdue] = await Promise.all([
    db().deal.count({ where: { ownerOrgId: { in: orgIds }, stage: "INTEREST" } }),
    db().deal.count({ where: { AND: [dealsOfActorWhere(actor), { stage: "INTEREST", respondBy: { lt: new Date() } }] } }),
  ]);
  return { awaitingMyAnswer, overdue };
}
