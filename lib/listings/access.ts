// Who sees how much of a listing. Three tiers on top of ownership:
//   public        the teaser, for anyone (published, not expired)
//   member        + the business case, for members of verified organisations
//   confidential  + confidential details, for organisations the owner admitted
//   owner         everything, for the owning (or listing) organisation's members
import type { Actor } from "@/lib/auth/permissions";

export type ListingAccess = "none" | "public" | "member" | "confidential" | "owner";

export type AccessFacts = {
  organizationId: string;
  listedByOrganizationId?: string | null;
  status: string;
  expiresAt: Date | null;
  /** Organisations admitted to the confidential details. */
  grantedOrganizationIds: string[];
};

export function isOwner(actor: Actor | null, listing: Pick<AccessFacts, "organizationId" | "listedByOrganizationId">): boolean {
  return Boolean(
    actor?.memberships.some((m) => m.organizationId === listing.organizationId || m.organizationId === listing.listedByOrganizationId),
  );
}

export function isLive(listing: Pick<AccessFacts, "status" | "expiresAt">, now = new Date()): boolean {
  return (listing.status === "PUBLISHED" || listing.status === "CLOSED") && (!listing.expiresAt || listing.expiresAt > now);
}

export function listingAccess(actor: Actor | null, listing: AccessFacts, now = new Date()): ListingAccess {
  if (isOwner(actor, listing)) return "owner";
  const admin = actor?.platformRole === "ADMIN";
  if (!isLive(listing, now)) return admin ? "member" : "none";
  // Admins moderate; they do not read what only NDA partners may read.
  if (actor?.memberships.some((m) => listing.grantedOrganizationIds.includes(m.organizationId))) return "confidential";
  if (admin || actor?.memberships.some((m) => m.verified)) return "member";
  return "public";
}

export const canSeeDetails = (a: ListingAccess) => a === "member" || a === "confidential" || a === "owner";
export const canSeeConfidential = (a: ListingAccess) => a === "confidential" || a === "owner";
