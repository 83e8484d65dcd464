import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { addMonths, todayIso } from "@/lib/contracts/dates";
import { contractTypeFor } from "@/lib/contracts/schemas";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db/client";
import { loadDealForActor } from "@/lib/server/deals/load-deal";
import { dealSides } from "./create-contract";

export type DraftMilestone = { title: string; dueDate: string; amountVnd: string };
export type ContractDraft = {
  deal: { id: string; version: number; listingTitle: string };
  supplier: { orgId: string; name: string; country: string };
  recipient: { orgId: string; name: string; country: string };
  intermediary: { id: string; name: string } | null;
  /** Form defaults as strings, named like the form's fields. */
  values: Record<string, string>;
  milestones: DraftMilestone[];
};

type StoredMilestone = { title?: unknown; dueInMonths?: unknown; amountVnd?: unknown };

/**
 * The contract form for an AGREED deal, prefilled from its agreed term proposal. Parties
 * come from the deal; due dates count from today, the default signing date. A deal the
 * actor is not party to is NOT_FOUND; one that is not AGREED is CONFLICT (dealNotAgreed,
 * or dealAlreadyContracted with the contract's id in the message).
 */
export async function getContractDraftFromDeal({ actor, dealId }: { actor: Actor | null; dealId: string }): Promise<ContractDraft> {
  const { deal } = await loadDealForActor(actor, dealId);
  if (deal.stage === "CONTRACTED") {
    const existing = await db().transferContract.findUnique({ where: { dealId: deal.id }, select: { id: true } });
    throw new AppError("CONFLICT", { message: existing?.id ?? "CONFLICT", fields: { form: "dealAlreadyContracted" } });
  }
  if (deal.stage !== "AGREED" || !deal.agreedProposalId) throw new AppError("CONFLICT", { fields: { form: "dealNotAgreed" } });
  const sides = dealSides(deal);
  const [proposal, orgs, listing] = await Promise.all([
    db().termProposal.findUnique({ where: { id: deal.agreedProposalId } }),
    db().organization.findMany({
      where: { id: { in: [sides.supplierOrgId, sides.recipientOrgId, deal.intermediaryOrgId].filter((x): x is string => Boolean(x)) } },
      select: { id: true, name: true, country: true },
    }),
    deal.offerId
      ? db().offer.findUnique({ where: { id: deal.offerId }, select: { title: true, stateFunded: true } })
      : db().challenge.findUnique({ where: { id: deal.challengeId ?? "" }, select: { title: true, stateCommissioned: true } }),
  ]);
  if (!proposal) throw new AppError("CONFLICT", { fields: { form: "dealNotAgreed" } });
  const org = (id: string) => orgs.find((o) => o.id === id)!;
  const party = (id: string) => ({ orgId: id, name: org(id).name, country: org(id).country.toUpperCase() });
  const signedAt = todayIso();
  const stateFunded = listing && "stateFunded" in listing ? listing.stateFunded : false;
  const milestones = (Array.isArray(proposal.milestones) ? (proposal.milestones as StoredMilestone[]) : []).map((m) => ({
    title: String(m.title ?? ""),
    dueDate: addMonths(signedAt, Number(m.dueInMonths) || 0),
    amountVnd: m.amountVnd === null || m.amountVnd === undefined ? "" : String(m.amountVnd),
  }));
  return {
    deal: { id: deal.id, version: deal.version, listingTitle: listing?.title ?? "" },
    supplier: party(sides.supplierOrgId),
    recipient: party(sides.recipientOrgId),
    intermediary: deal.intermediaryOrgId ? { id: deal.intermediaryOrgId, name: org(deal.intermediaryOrgId).name } : null,
    values: {
      title: listing?.title ?? "",
      type: contractTypeFor(proposal.dealType, proposal.exclusive),
      valueVnd: proposal.priceVnd !== null ? proposal.priceVnd.toString() : "0",
      royaltyPct: proposal.royaltyPct !== null ? proposal.royaltyPct.toString() : "",
      termMonths: proposal.durationMonths !== null ? String(proposal.durationMonths) : "",
      signedAt,
      stateFunded: stateFunded ? "on" : "",
    },
    milestones,
  };
}

/** Whether the actor may enter a contract signed elsewhere, and for which intermediaries. */
export async function getDirectEntryOptions({ actor }: { actor: Actor | null }) {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const verified = actor.memberships.filter((m) => m.verified).map((m) => m.organizationId);
  const intermediaries = verified.length
    ? await db().organization.findMany({ where: { id: { in: verified }, kind: "INTERMEDIARY", verificationStatus: "VERIFIED" }, select: { id: true, name: true }, orderBy: { name: "asc" } })
    : [];
  const isAdmin = actor.platformRole === "ADMIN";
  const organizations = intermediaries.length || isAdmin ? await db().organization.findMany({ orderBy: { name: "asc" }, take: 1000, select: { id: true, name: true, country: true, kind: true } }) : [];
  return { allowed: intermediaries.length > 0 || isAdmin, isAdmin, intermediaries, organizations };
}
