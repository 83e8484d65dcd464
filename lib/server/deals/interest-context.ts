import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db/client";
import { findOpenDeal } from "./express-interest";

const LAB_KINDS = ["UNIVERSITY", "RESEARCH_INSTITUTE"];

/**
 * What a listing page shows a signed-in visitor about deals: the organisations it may send
 * an interest for and, when one of them already has an open deal on the listing, that deal.
 */
export async function getInterestContext({
  actor,
  kind,
  listing,
}: {
  actor: Actor | null;
  kind: "offer" | "challenge";
  listing: { id: string; organizationId: string; listedByOrganizationId?: string | null; status: string };
}): Promise<{ organizations: { id: string; name: string }[]; openDealId: string | null } | null> {
  if (!actor || !actor.memberships.length || listing.status !== "PUBLISHED") return null;
  const orgs = await db().organization.findMany({ where: { id: { in: actor.memberships.map((m) => m.organizationId) } }, select: { id: true, name: true, kind: true }, orderBy: { name: "asc" } });
  const eligible = orgs.filter((o) => o.id !== listing.organizationId && o.id !== listing.listedByOrganizationId && (kind === "offer" || LAB_KINDS.includes(o.kind)));
  if (!eligible.length) return null;
  for (const o of eligible) {
    const open = await findOpenDeal(db(), kind, listing.id, o.id);
    if (open) return { organizations: eligible.map(({ id, name }) => ({ id, name })), openDealId: open.id };
  }
  return { organizations: eligible.map(({ id, name }) => ({ id, name })), openDealId: null };
}
