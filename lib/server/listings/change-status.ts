import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { publishProblems } from "@/lib/listings/schemas";
import { db } from "@/lib/server/db/client";
import { listingChanged } from "@/lib/server/matching/listing-changed";
import { assertCanManageListing, loadListingOwner, type ListingOwner } from "./load-owner";
import { LIFETIME_MS, type ListingKind } from "./shared";

export type StatusAction = "publish" | "close" | "archive" | "renew";

// Which action is legal from which status. Archived listings are read-only.
const FROM: Record<StatusAction, string[]> = {
  publish: ["DRAFT", "CLOSED"],
  close: ["PUBLISHED"],
  archive: ["DRAFT", "PUBLISHED", "CLOSED"],
  renew: ["PUBLISHED"],
};

async function update(kind: ListingKind, id: string, data: Record<string, unknown>) {
  if (kind === "offer") await db().offer.update({ where: { id }, data });
  else await db().challenge.update({ where: { id }, data });
}

async function assertPublishable(owner: ListingOwner) {
  const row =
    owner.kind === "offer"
      ? await db().offer.findUniqueOrThrow({ where: { id: owner.id }, select: { dealTypes: true, sectorCodes: true } })
      : await db().challenge.findUniqueOrThrow({ where: { id: owner.id }, select: { dealTypes: true, sectorCodes: true } });
  const fields = publishProblems(row);
  if (Object.keys(fields).length) throw new AppError("VALIDATION", { fields });
}

/**
 * Moves a listing through DRAFT → PUBLISHED → (CLOSED | ARCHIVED). Publishing and renewing
 * set the expiry 12 months ahead. A platform admin may archive any listing (moderation).
 */
export async function changeListingStatus({ actor, kind, id, action }: { actor: Actor | null; kind: ListingKind; id: string; action: StatusAction }) {
  const owner = await loadListingOwner(kind, id);
  const moderating = action === "archive" && can(actor, "listing.moderate", { organizationId: owner.organizationId });
  if (!moderating) assertCanManageListing(actor, owner);
  if (!FROM[action].includes(owner.status)) throw new AppError("CONFLICT", { message: `cannot ${action} a ${owner.status} listing` });
  const now = new Date();
  if (action === "publish") {
    await assertPublishable(owner);
    await update(kind, id, { status: "PUBLISHED", publishedAt: owner.publishedAt ?? now, expiresAt: new Date(now.getTime() + LIFETIME_MS) });
  } else if (action === "renew") {
    await update(kind, id, { expiresAt: new Date(now.getTime() + LIFETIME_MS) });
  } else {
    await update(kind, id, { status: action === "close" ? "CLOSED" : "ARCHIVED" });
  }
  await listingChanged(kind, id);
  return { id, action };
}
