import "server-only";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import { notifyOrganizations } from "@/lib/server/notifications/notify";
import { partyOrgIds, type DealCore } from "./load-deal";

type Tx = Prisma.TransactionClient;

/** The deal events the other side is told about (messages.notifications.deal.<kind>). */
export type DealNotice = "interest" | "opened" | "accepted" | "declined" | "withdrawn" | "ndaAccepted" | "message" | "proposal" | "agreed";

/** The title of the listing a deal is about. */
export async function dealListingTitle(deal: Pick<DealCore, "listingKind" | "offerId" | "challengeId">, tx?: Tx): Promise<string> {
  const client = tx ?? db();
  if (deal.listingKind === "offer" && deal.offerId) return (await client.offer.findUnique({ where: { id: deal.offerId }, select: { title: true } }))?.title ?? "";
  if (deal.challengeId) return (await client.challenge.findUnique({ where: { id: deal.challengeId }, select: { title: true } }))?.title ?? "";
  return "";
}

/**
 * Tells the members of every party organisation except the one that acted, inside the
 * caller's transaction (so nobody hears of a change that was rolled back).
 */
export async function notifyDealParties({
  tx,
  deal,
  fromOrgId,
  notice,
  extra = {},
}: {
  tx: Tx;
  deal: Pick<DealCore, "id" | "listingKind" | "offerId" | "challengeId" | "ownerOrgId" | "partnerOrgId" | "intermediaryOrgId">;
  fromOrgId: string;
  notice: DealNotice;
  extra?: Record<string, string | number>;
}): Promise<void> {
  const others = partyOrgIds(deal).filter((id) => id !== fromOrgId);
  if (!others.length) return;
  const [org, listing] = await Promise.all([tx.organization.findUnique({ where: { id: fromOrgId }, select: { name: true } }), dealListingTitle(deal, tx)]);
  await notifyOrganizations({
    tx,
    organizationIds: others,
    kind: `deal.${notice}`,
    payload: { org: org?.name ?? "", listing, ...extra, href: `/deals/${deal.id}` },
  });
}
