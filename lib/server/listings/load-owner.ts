import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { isOwner } from "@/lib/listings/access";
import { db } from "@/lib/server/db/client";
import type { ListingKind } from "./shared";

export type ListingOwner = {
  kind: ListingKind;
  id: string;
  organizationId: string;
  listedByOrganizationId: string | null;
  status: string;
  expiresAt: Date | null;
  publishedAt: Date | null;
};

/** Who owns a listing (for permission checks before any write). */
export async function loadListingOwner(kind: ListingKind, id: string): Promise<ListingOwner> {
  const select = { id: true, organizationId: true, status: true, expiresAt: true, publishedAt: true } as const;
  const row =
    kind === "offer"
      ? await db().offer.findUnique({ where: { id }, select: { ...select, listedByOrganizationId: true } })
      : await db().challenge.findUnique({ where: { id }, select }).then((r) => (r ? { ...r, listedByOrganizationId: null } : null));
  if (!row) throw new AppError("NOT_FOUND");
  return { kind, ...row };
}

/**
 * Members of the owning organisation, or of the intermediary that listed it, manage a
 * listing. Anyone else gets NOT_FOUND (never FORBIDDEN), so ids cannot be probed.
 */
export function assertCanManageListing(actor: Actor | null, owner: ListingOwner): void {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!isOwner(actor, owner)) throw new AppError("NOT_FOUND");
  const org = actor.memberships.some((m) => m.organizationId === owner.organizationId) ? owner.organizationId : owner.listedByOrganizationId!;
  assertCan(actor, "listing.manage", { organizationId: org });
}
