import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { ZExpressInterest } from "@/lib/deals/schemas";
import { OPEN_STAGES, respondByFrom } from "@/lib/deals/stages";
import { AppError } from "@/lib/errors";
import { isLive } from "@/lib/listings/access";
import { fieldErrors } from "@/lib/validation";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import { notifyDealParties } from "./deal-notify";

type Tx = Prisma.TransactionClient;
const LAB_KINDS = ["UNIVERSITY", "RESEARCH_INSTITUTE"];

type ListingFacts = {
  id: string;
  organizationId: string;
  listedByOrganizationId: string | null;
  status: string;
  expiresAt: Date | null;
  dealTypes: string[];
  fieldCodes: string[];
  sectorCodes: string[];
  province: string;
};

async function loadListing(kind: "offer" | "challenge", id: string): Promise<ListingFacts | null> {
  const select = { id: true, organizationId: true, status: true, expiresAt: true, dealTypes: true, fieldCodes: true, sectorCodes: true, province: true } as const;
  if (kind === "offer") return db().offer.findUnique({ where: { id }, select: { ...select, listedByOrganizationId: true } });
  const row = await db().challenge.findUnique({ where: { id }, select });
  return row ? { ...row, listedByOrganizationId: null } : null;
}

/** Locks the listing's row so two interests from one organisation cannot both pass the "one open deal" check. */
export async function lockListing(tx: Tx, kind: "offer" | "challenge", id: string) {
  if (kind === "offer") await tx.$queryRaw`SELECT id FROM "Offer" WHERE id = ${id} FOR UPDATE`;
  else await tx.$queryRaw`SELECT id FROM "Challenge" WHERE id = ${id} FOR UPDATE`;
}

/** The open deal of a partner organisation on a listing, if there is one. */
export async function findOpenDeal(client: Tx | ReturnType<typeof db>, kind: "offer" | "challenge", listingId: string, partnerOrgId: string) {
  return client.deal.findFirst({
    where: { listingKind: kind, ...(kind === "offer" ? { offerId: listingId } : { challengeId: listingId }), partnerOrgId, stage: { in: [...OPEN_STAGES] } },
    select: { id: true },
  });
}

/**
 * An organisation tells a listing's owner it is interested: any other organisation on a
 * live offer, a university or institute on a live challenge. One open deal per listing and
 * organisation; the owner has RESPONSE_DAYS to answer.
 */
export async function expressInterest({ actor, input }: { actor: Actor | null; input: unknown }): Promise<{ id: string }> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const parsed = ZExpressInterest.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const { listingKind, listingId, message, dealType, timing, organizationId } = parsed.data;
  const listing = await loadListing(listingKind, listingId);
  if (!listing || !isLive(listing)) throw new AppError("NOT_FOUND");
  if (listing.status !== "PUBLISHED") throw new AppError("CONFLICT", { fields: { form: "listingClosed" } });

  const orgs = await db().organization.findMany({ where: { id: { in: actor.memberships.map((m) => m.organizationId) } }, select: { id: true, kind: true } });
  const eligible = orgs.filter(
    (o) => o.id !== listing.organizationId && o.id !== listing.listedByOrganizationId && (listingKind === "offer" || LAB_KINDS.includes(o.kind)),
  );
  const partner = organizationId ? eligible.find((o) => o.id === organizationId) : eligible[0];
  if (!partner) throw new AppError("FORBIDDEN", { fields: { form: "cannotExpressInterest" } });
  assertCan(actor, "deal.participate", { organizationId: partner.id });
  if (dealType && listing.dealTypes.length && !listing.dealTypes.includes(dealType)) throw new AppError("VALIDATION", { fields: { dealType: "dealTypeNotOffered" } });

  return db().$transaction(async (tx) => {
    await lockListing(tx, listingKind, listingId);
    if (await findOpenDeal(tx, listingKind, listingId, partner.id)) throw new AppError("CONFLICT", { fields: { form: "dealAlreadyOpen" } });
    const createdAt = new Date();
    const deal = await tx.deal.create({
      data: {
        listingKind,
        ...(listingKind === "offer" ? { offerId: listingId } : { challengeId: listingId }),
        ownerOrgId: listing.organizationId,
        partnerOrgId: partner.id,
        intermediaryOrgId: listing.listedByOrganizationId,
        initiatorOrgId: partner.id,
        createdById: actor.userId,
        dealType: dealType ?? null,
        timing,
        message,
        // the listing's facets, copied for the outcome figures (lib/server/outcomes)
        fieldCodes: listing.fieldCodes,
        sectorCodes: listing.sectorCodes,
        province: listing.province,
        createdAt,
        respondBy: respondByFrom(createdAt),
      },
    });
    await recordAudit(tx, {
      actor,
      organizationId: partner.id,
      entityType: "deal",
      entityId: deal.id,
      dealId: deal.id,
      action: "deal.created",
      after: { stage: deal.stage, version: deal.version, listingKind, listingId, dealType: deal.dealType, timing, message, respondBy: deal.respondBy },
    });
    await notifyDealParties({ tx, deal, fromOrgId: partner.id, notice: "interest" });
    return { id: deal.id };
  });
}
