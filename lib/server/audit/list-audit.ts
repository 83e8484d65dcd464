import "server-only";
import { db } from "@/lib/server/db/client";

export type AuditEntryView = {
  id: string;
  entityType: string;
  entityId: string;
  action: string;
  actor: { id: string; name: string };
  organization: { id: string; name: string } | null;
  before: unknown;
  after: unknown;
  createdAt: string;
};

/**
 * The audit entries of one deal or contract, oldest first. Callers check first that the
 * actor is a party (or an admin): this function does not.
 */
export async function readAuditEntries(where: { dealId: string } | { contractId: string }): Promise<AuditEntryView[]> {
  const rows = await db().auditLog.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const userIds = [...new Set(rows.map((r) => r.actorId))];
  const orgIds = [...new Set(rows.map((r) => r.organizationId).filter((x): x is string => Boolean(x)))];
  const [users, orgs] = await Promise.all([
    db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    db().organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } }),
  ]);
  const userName = new Map(users.map((u) => [u.id, u.name]));
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  return rows.map((r) => ({
    id: r.id,
    entityType: r.entityType,
    entityId: r.entityId,
    action: r.action,
    actor: { id: r.actorId, name: userName.get(r.actorId) ?? "?" },
    organization: r.organizationId ? { id: r.organizationId, name: orgName.get(r.organizationId) ?? "?" } : null,
    before: r.before,
    after: r.after,
    createdAt: r.createdAt.toISOString(),
  }));
}
