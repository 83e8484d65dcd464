import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db/client";
import { assertCanManageListing, loadListingOwner } from "./load-owner";
import type { ListingKind } from "./shared";

const key = (kind: ListingKind, id: string) => (kind === "offer" ? { offerId: id } : { challengeId: id });

/**
 * The owner admits an organisation to a listing's confidential details (until deals bring
 * the NDA flow, this is the explicit grant), or withdraws it.
 */
export async function grantConfidentialAccess({ actor, kind, id, organizationId }: { actor: Actor | null; kind: ListingKind; id: string; organizationId: string }) {
  const owner = await loadListingOwner(kind, id);
  assertCanManageListing(actor, owner);
  if (organizationId === owner.organizationId) return { granted: false };
  const org = await db().organization.findUnique({ where: { id: organizationId }, select: { id: true } });
  if (!org) throw new AppError("VALIDATION", { fields: { organizationId: "organizationRequired" } });
  const existing = await db().confidentialAccess.findFirst({ where: { ...key(kind, id), organizationId }, select: { id: true } });
  if (!existing) await db().confidentialAccess.create({ data: { ...key(kind, id), organizationId, grantedById: actor!.userId } });
  return { granted: true };
}

export async function revokeConfidentialAccess({ actor, kind, id, organizationId }: { actor: Actor | null; kind: ListingKind; id: string; organizationId: string }) {
  const owner = await loadListingOwner(kind, id);
  assertCanManageListing(actor, owner);
  await db().confidentialAccess.deleteMany({ where: { ...key(kind, id), organizationId } });
  return { revoked: true };
}

/** Who has been admitted, for the owner's view. */
export async function listConfidentialAccess({ actor, kind, id }: { actor: Actor | null; kind: ListingKind; id: string }) {
  const owner = await loadListingOwner(kind, id);
  assertCanManageListing(actor, owner);
  const rows = await db().confidentialAccess.findMany({
    where: key(kind, id),
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, organization: { select: { id: true, name: true } } },
  });
  return rows.map((r) => ({ organizationId: r.organization.id, name: r.organization.name, grantedAt: r.createdAt }));
}
