import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db/client";
import type { AuditEntryView } from "./list-audit";

export const AUDIT_PAGE_SIZE = 50;
export type RecentAuditEntry = AuditEntryView & { dealId: string | null; contractId: string | null };

/**
 * The newest audit entries across deals, NDAs and contracts, a page at a time, for platform
 * admins only (anyone else FORBIDDEN; pages show 404). `entityType` narrows the list.
 */
export async function listRecentAudit({ actor, page = 1, entityType }: { actor: Actor | null; page?: number; entityType?: string | null }) {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (actor.platformRole !== "ADMIN") throw new AppError("FORBIDDEN");
  const current = Number.isInteger(page) && page > 0 && page <= 10_000 ? page : 1;
  const rows = await db().auditLog.findMany({
    where: entityType ? { entityType } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
  });
  const hasMore = rows.length > AUDIT_PAGE_SIZE;
  const shown = rows.slice(0, AUDIT_PAGE_SIZE);
  const [users, orgs] = await Promise.all([
    db().user.findMany({ where: { id: { in: [...new Set(shown.map((r) => r.actorId))] } }, select: { id: true, name: true } }),
    db().organization.findMany({ where: { id: { in: [...new Set(shown.map((r) => r.organizationId).filter((x): x is string => Boolean(x)))] } }, select: { id: true, name: true } }),
  ]);
  const items: RecentAuditEntry[] = shown.map((r) => ({
    id: r.id,
    entityType: r.entityType,
    entityId: r.entityId,
    dealId: r.dealId,
    contractId: r.contractId,
    action: r.action,
    actor: { id: r.actorId, name: users.find((u) => u.id === r.actorId)?.name ?? "?" },
    organization: r.organizationId ? { id: r.organizationId, name: orgs.find((o) => o.id === r.organizationId)?.name ?? "?" } : null,
    before: r.before,
    after: r.after,
    createdAt: r.createdAt.toISOString(),
  }));
  return { items, page: current, pageSize: AUDIT_PAGE_SIZE, hasMore };
}
