import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/server/db/generated/client";

type Tx = Prisma.TransactionClient;
export type AuditEntity = "deal" | "nda" | "message" | "proposal" | "contract" | "milestone";

/** JSON for the audit record: BigInt as decimal strings, Decimal and Date as strings. */
export function auditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

/**
 * Writes one audit entry inside the caller's transaction, so the change and its record
 * commit together or not at all. The table refuses UPDATE and DELETE (a trigger).
 */
export async function recordAudit(
  tx: Tx,
  entry: {
    actor: Actor;
    organizationId: string | null;
    entityType: AuditEntity;
    entityId: string;
    action: string;
    dealId?: string | null;
    contractId?: string | null;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actor.userId,
      organizationId: entry.organizationId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      dealId: entry.dealId ?? null,
      contractId: entry.contractId ?? null,
      before: auditJson(entry.before),
      after: auditJson(entry.after),
    },
  });
}
