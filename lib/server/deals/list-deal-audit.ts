import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { readAuditEntries, type AuditEntryView } from "@/lib/server/audit/list-audit";
import { db } from "@/lib/server/db/client";
import { loadDealForActor } from "./load-deal";

/** A deal's audit log, oldest first: for its parties and for platform admins (read-only for everyone). */
export async function listDealAudit({ actor, id }: { actor: Actor | null; id: string }): Promise<AuditEntryView[]> {
  if (actor?.platformRole === "ADMIN") {
    if (!(await db().deal.findUnique({ where: { id }, select: { id: true } }))) throw new AppError("NOT_FOUND");
  } else {
    await loadDealForActor(actor, id);
  }
  return readAuditEntries({ dealId: id });
}
