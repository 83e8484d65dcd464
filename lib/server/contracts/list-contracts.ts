import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { addDays, dateFromIso, isoFromDate, todayIso } from "@/lib/contracts/dates";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db/client";
import { contractReadWhere } from "./contract-access";

/** How far ahead a pending milestone counts as "due soon". */
export const DUE_SOON_DAYS = 30;

export type ContractListItem = {
  id: string;
  title: string;
  type: string;
  direction: "DOMESTIC" | "INBOUND" | "OUTBOUND";
  supplierName: string;
  supplierCountry: string;
  recipientName: string;
  recipientCountry: string;
  valueVnd: string;
  signedAt: string;
  currentVersion: number;
  milestonesDone: number;
  milestonesTotal: number;
  nextMilestone: { id: string; title: string; dueDate: string; overdue: boolean } | null;
};
export type DueMilestone = { id: string; contractId: string; contractTitle: string; title: string; dueDate: string; amountVnd: string | null; overdue: boolean };

/**
 * The contracts the actor's organisations are party to (admins: all), newest signing first,
 * each with its next pending milestone; and the pending milestones due within 30 days or
 * past due, soonest first.
 */
export async function listContracts({ actor, take = 200 }: { actor: Actor | null; take?: number }): Promise<{ items: ContractListItem[]; due: DueMilestone[] }> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const where = contractReadWhere(actor);
  const today = todayIso();
  const rows = await db().transferContract.findMany({
    where,
    orderBy: [{ signedAt: "desc" }, { createdAt: "desc" }],
    take,
    include: { milestones: { select: { id: true, title: true, dueDate: true, status: true, amountVnd: true }, orderBy: { dueDate: "asc" } } },
  });
  const dueRows = await db().contractMilestone.findMany({
    where: { status: "PENDING", dueDate: { lte: dateFromIso(addDays(today, DUE_SOON_DAYS)) }, contract: where },
    orderBy: [{ dueDate: "asc" }, { position: "asc" }],
    take: 100,
    select: { id: true, contractId: true, title: true, dueDate: true, amountVnd: true, contract: { select: { title: true } } },
  });
  const items = rows.map((c) => {
    const next = c.milestones.find((m) => m.status === "PENDING");
    return {
      id: c.id,
      title: c.title,
      type: c.type,
      direction: c.direction,
      supplierName: c.supplierName,
      supplierCountry: c.supplierCountry,
      recipientName: c.recipientName,
      recipientCountry: c.recipientCountry,
      valueVnd: c.valueVnd.toString(),
      signedAt: isoFromDate(c.signedAt),
      currentVersion: c.currentVersion,
      milestonesDone: c.milestones.filter((m) => m.status === "DONE").length,
      milestonesTotal: c.milestones.length,
      nextMilestone: next ? { id: next.id, title: next.title, dueDate: isoFromDate(next.dueDate), overdue: isoFromDate(next.dueDate) < today } : null,
    };
  });
  const due = dueRows.map((m) => ({
    id: m.id,
    contractId: m.contractId,
    contractTitle: m.contract.title,
    title: m.title,
    dueDate: isoFromDate(m.dueDate),
    amountVnd: m.amountVnd?.toString() ?? null,
    overdue: isoFromDate(m.dueDate) < today,
  }));
  return { items, due };
}
