import "server-only";
import { isLive } from "@/lib/listings/access";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { ListingKind } from "@/lib/server/listings/shared";
import { notifyOrganizations } from "@/lib/server/notifications/notify";
import { findMatches } from "./find-matches";
import { loadMatchListing } from "./match-data";
import { refreshMatchProfile } from "./save-profile";

/** Pairs at or above this score are stored, shown to brokers and announced to owners. */
export const ALERT_THRESHOLD = 0.3;
const STORED_PER_LISTING = 20;

/**
 * The job after a listing is created, edited, published, closed or archived: refresh its
 * profile, recompute its best pairs (replacing the pairs stored for it), and tell the owners
 * of the other side about pairs that are new and that they have not dismissed. `quiet`: the
 * recompute after a rebuild of every profile (refreshStoredPairs), which alerts nobody.
 */
export async function handleListingChanged({ kind, id, quiet = false }: { kind: ListingKind; id: string; quiet?: boolean }) {
  // The refresh after a rebuild finds the profile just rebuilt: it only re-scores the pairs.
  const listing = quiet ? await loadMatchListing(kind, id) : await refreshMatchProfile(kind, id);
  const mine = kind === "offer" ? { offerId: id } : { challengeId: id };
  if (!listing || !isLive(listing) || listing.status !== "PUBLISHED") {
    await db().matchPair.deleteMany({ where: mine });
    return;
  }
  const matches = (await findMatches({ listing, top: STORED_PER_LISTING, showPrice: true })).filter((m) => m.score >= ALERT_THRESHOLD);
  const pairOf = (other: string) => (kind === "offer" ? { offerId: id, challengeId: other } : { offerId: other, challengeId: id });
  // Who to alert: owners of pairs new to this listing, unless they dismissed them; nobody when quiet.
  const before = quiet ? [] : await db().matchPair.findMany({ where: mine, select: { offerId: true, challengeId: true } });
  const known = new Set(before.map((p) => (kind === "offer" ? p.challengeId : p.offerId)));
  const fresh = quiet ? [] : matches.filter((m) => !known.has(m.id));
  const dismissed = new Set(
    (fresh.length ? await db().matchFeedback.findMany({ where: { ...mine, action: "DISMISS" }, select: { offerId: true, challengeId: true, organizationId: true } }) : [])
      .map((f) => `${kind === "offer" ? f.challengeId : f.offerId}:${f.organizationId}`),
  );
  await db().$transaction(async (tx) => {
    await tx.matchPair.deleteMany({ where: { ...mine, NOT: { [kind === "offer" ? "challengeId" : "offerId"]: { in: matches.map((m) => m.id) } } } });
    for (const m of matches) {
      const reasons = m.reasons as unknown as Prisma.InputJsonValue;
      await tx.matchPair.upsert({
        where: { offerId_challengeId: pairOf(m.id) },
        create: { ...pairOf(m.id), score: m.score, reasons },
        update: { score: m.score, reasons },
      });
    }
    // Owners of the other side learn of new pairs; the listing's own owners see them on its page.
    const other = kind === "offer" ? "challenges" : "offers";
    for (const m of fresh) {
      if (dismissed.has(`${m.id}:${m.organizationId}`)) continue;
      await notifyOrganizations({
        tx,
        organizationIds: [m.organizationId],
        kind: "match.new",
        payload: { title: listing.text.title, score: Math.round(m.score * 100), href: `/${other}/${m.id}/matches` },
      });
    }
  }, { timeout: 30_000 });
}
