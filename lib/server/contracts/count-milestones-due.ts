import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { addDays, dateFromIso, todayIso } from "@/lib/contracts/dates";
import { db } from "@/lib/server/db/client";
import { contractsOfActorWhere } from "./contract-access";
import { DUE_SOON_DAYS } from "./list-contracts";

/**
 * For the dashboard: pending milestones of contracts the actor's organisations are party
 * to, due within 30 days (today included) and past due. Admins count only their own
 * organisations' contracts, like everyone else.
 */
export async function countMilestonesDue({ actor }: { actor: Actor | null }): Promise<{ dueSoon: number; overdue: number }> {
  if (!actor || actor.memberships.length === 0) return { dueSoon: 0, overdue: 0 };
  const today = dateFromIso(todayIso());
  const contract = contractsOfActorWhere(actor);
  const [dueSoon, overdue] = await Promise.all([
    db().contractMilestone.count({ where: { status: "PENDING", contract, dueDate: { gte: today, lte: dateFromIso(addDays(todayIso(), DUE_SOON_DAYS)) } } }),
    db().contractMilestone.count({ where: { status: "PENDING", contract, dueDate: { lt: today } } }),
  ]);
  return { dueSoon, overdue };
}
