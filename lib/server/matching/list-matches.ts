import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { isLive, isOwner } from "@/lib/listings/access";
import type { ChallengeView, OfferView } from "@/lib/listings/views";
import type { Reason } from "@/lib/matching/score";
import { db } from "@/lib/server/db/client";
import type { ListingKind } from "@/lib/server/listings/shared";
import { findMatches } from "./find-matches";
import { loadListingViews } from "./listing-views";
import { loadMatchListing } from "./match-data";

export type MatchFeedbackState = { action: "SHORTLIST" | "DISMISS"; reason: string | null } | null;
export type ListedMatch = { id: string; score: number; reasons: Reason[]; listing: OfferView | ChallengeView; feedback: MatchFeedbackState };
export type MatchList = { kind: ListingKind; id: string; title: string; language: string; owner: boolean; matches: ListedMatch[] };

export const MAX_TOP = 50;
/** Pages and the API leave out matches this weak: they share a word or two, not a need. */
export const MIN_SCORE = 0.1;

/** Verified brokers read the matches of live listings: finding pairs is their work. */
function isVerifiedBroker(actor: Actor, brokerOrgIds: Set<string>) {
  return actor.memberships.some((m) => m.verified && brokerOrgIds.has(m.organizationId));
}

/**
 * The best listings of the other side for one listing, with reasons: for its owners (who
 * also see and leave feedback, and never see pairs they dismissed), platform admins, and
 * verified intermediaries. Anyone else gets NOT_FOUND. Matched listings come as the viewer
 * may see them; price and budget count only for viewers who may see both.
 */
export async function listMatches({ actor, kind, id, top = 10 }: { actor: Actor | null; kind: ListingKind; id: string; top?: number }): Promise<MatchList> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const listing = await loadMatchListing(kind, id);
  if (!listing) throw new AppError("NOT_FOUND");
  const owner = isOwner(actor, listing);
  const admin = actor.platformRole === "ADMIN";
  if (!owner && !admin) {
    const brokers = await db().organization.findMany({ where: { id: { in: actor.memberships.map((m) => m.organizationId) }, kind: "INTERMEDIARY" }, select: { id: true } });
    if (!isVerifiedBroker(actor, new Set(brokers.map((b) => b.id))) || !isLive(listing)) throw new AppError("NOT_FOUND");
  }
  const ownerOrgs = [listing.organizationId, listing.listedByOrganizationId].filter((o): o is string => Boolean(o));
  const feedback = await db().matchFeedback.findMany({
    where: { organizationId: { in: ownerOrgs }, ...(kind === "offer" ? { offerId: id } : { challengeId: id }) },
    select: { offerId: true, challengeId: true, action: true, reason: true },
  });
  const otherOf = (f: { offerId: string; challengeId: string }) => (kind === "offer" ? f.challengeId : f.offerId);
  const dismissed = new Set(feedback.filter((f) => f.action === "DISMISS").map(otherOf));
  const limit = Math.min(Math.max(1, top), MAX_TOP);
  const showPrice = admin || actor.memberships.some((m) => m.verified);
  const found = await findMatches({ listing, top: limit, showPrice, exclude: dismissed, minScore: MIN_SCORE });
  const views = await loadListingViews(actor, kind === "offer" ? "challenge" : "offer", found.map((m) => m.id));
  const state = new Map(feedback.map((f) => [otherOf(f), { action: f.action, reason: f.reason }]));
  return {
    kind,
    id,
    title: listing.text.title,
    language: listing.text.language ?? "vi",
    owner,
    matches: found
      .filter((m) => views.has(m.id))
      .map((m) => ({ id: m.id, score: m.score, reasons: m.reasons, listing: views.get(m.id)!, feedback: owner ? (state.get(m.id) ?? null) : null })),
  };
}
