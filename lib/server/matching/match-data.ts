import "server-only";
import type { Language, MatchText } from "@/lib/matching/analyze";
import type { ChallengeFit, OfferFit } from "@/lib/matching/score";
import { isNationwide } from "@/lib/geo/provinces";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { ListingOwner } from "@/lib/server/listings/load-owner";
import type { ListingKind } from "@/lib/server/listings/shared";

// Matching reads the public teaser only: a reason can never reveal gated text, and the
// confidential details never leave the rows that hold them.
export const OFFER_MATCH_SELECT = {
  id: true, organizationId: true, listedByOrganizationId: true, status: true, expiresAt: true, language: true,
  title: true, summary: true, titleTranslated: true, summaryTranslated: true, application: true, targetCustomers: true,
  trl: true, dealTypes: true, sectorCodes: true, fieldCodes: true, province: true, askingPriceVnd: true,
} as const;

export const CHALLENGE_MATCH_SELECT = {
  id: true, organizationId: true, status: true, expiresAt: true, language: true,
  title: true, problem: true, titleTranslated: true, problemTranslated: true, desiredOutcome: true,
  minTrl: true, dealTypes: true, sectorCodes: true, fieldCodes: true, province: true, budgetMaxVnd: true,
} as const;

/** A listing as matching reads it: who owns it and its state (as for permission checks), its text and its fit. */
export type MatchListing = Pick<ListingOwner, "kind" | "id" | "organizationId" | "listedByOrganizationId" | "status" | "expiresAt"> & {
  text: MatchText;
  sectors: string[];
  offerFit?: OfferFit;
  challengeFit?: ChallengeFit;
};

const lang = (l: string): Language => (l === "en" ? "en" : "vi");
const province = (p: string) => (isNationwide(p) ? null : p);
const money = (v: bigint | null) => (v === null ? null : Number(v));

type OfferRow = Prisma.OfferGetPayload<{ select: typeof OFFER_MATCH_SELECT }>;
type ChallengeRow = Prisma.ChallengeGetPayload<{ select: typeof CHALLENGE_MATCH_SELECT }>;

export function toMatchListing(kind: ListingKind, row: OfferRow | ChallengeRow): MatchListing {
  if (kind === "offer") {
    const o = row as OfferRow;
    return {
      kind, id: o.id, organizationId: o.organizationId, listedByOrganizationId: o.listedByOrganizationId, status: o.status, expiresAt: o.expiresAt,
      text: { language: lang(o.language), title: o.title, body: o.summary, extra: [o.application, o.targetCustomers], titleTranslated: o.titleTranslated, bodyTranslated: o.summaryTranslated },
      sectors: o.sectorCodes,
      offerFit: { trl: o.trl, dealTypes: o.dealTypes, askingPriceVnd: money(o.askingPriceVnd), province: province(o.province), sectors: o.sectorCodes },
    };
  }
  const c = row as ChallengeRow;
  return {
    kind, id: c.id, organizationId: c.organizationId, listedByOrganizationId: null, status: c.status, expiresAt: c.expiresAt,
    text: { language: lang(c.language), title: c.title, body: c.problem, extra: [c.desiredOutcome], titleTranslated: c.titleTranslated, bodyTranslated: c.problemTranslated },
    sectors: c.sectorCodes,
    challengeFit: { minTrl: c.minTrl, dealTypes: c.dealTypes, budgetVnd: money(c.budgetMaxVnd), province: province(c.province), sectors: c.sectorCodes },
  };
}

export async function loadMatchListing(kind: ListingKind, id: string): Promise<MatchListing | null> {
  const row = kind === "offer"
    ? await db().offer.findUnique({ where: { id }, select: OFFER_MATCH_SELECT })
    : await db().challenge.findUnique({ where: { id }, select: CHALLENGE_MATCH_SELECT });
  return row ? toMatchListing(kind, row) : null;
}
