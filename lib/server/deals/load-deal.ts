import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { DealRole, DealStage } from "@/lib/deals/stages";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";

type Tx = Prisma.TransactionClient;

export const DEAL_CORE_SELECT = {
  id: true,
  listingKind: true,
  offerId: true,
  challengeId: true,
  ownerOrgId: true,
  partnerOrgId: true,
  intermediaryOrgId: true,
  initiatorOrgId: true,
  stage: true,
  version: true,
  respondBy: true,
  ndaTemplateId: true,
  agreedProposalId: true,
} as const;

export type DealCore = {
  id: string;
  listingKind: string;
  offerId: string | null;
  challengeId: string | null;
  ownerOrgId: string;
  partnerOrgId: string;
  intermediaryOrgId: string | null;
  initiatorOrgId: string;
  stage: DealStage;
  version: number;
  respondBy: Date;
  ndaTemplateId: string | null;
  agreedProposalId: string | null;
};

/** The party organisations of a deal. */
export const partyOrgIds = (d: Pick<DealCore, "ownerOrgId" | "partnerOrgId" | "intermediaryOrgId">): string[] =>
  [d.ownerOrgId, d.partnerOrgId, d.intermediaryOrgId].filter((x): x is string => Boolean(x));

/** The actor's roles in a deal, through active memberships of the party organisations. */
export function dealRoles(actor: Actor | null, d: Pick<DealCore, "ownerOrgId" | "partnerOrgId" | "intermediaryOrgId">): DealRole[] {
  if (!actor) return [];
  const orgs = new Set(actor.memberships.map((m) => m.organizationId));
  const roles: DealRole[] = [];
  if (orgs.has(d.ownerOrgId)) roles.push("owner");
  if (orgs.has(d.partnerOrgId)) roles.push("partner");
  if (d.intermediaryOrgId && orgs.has(d.intermediaryOrgId)) roles.push("intermediary");
  return roles;
}

/** The organisation the actor acts for in a role. */
export function orgForRole(d: Pick<DealCore, "ownerOrgId" | "partnerOrgId" | "intermediaryOrgId">, role: DealRole): string | null {
  return role === "owner" ? d.ownerOrgId : role === "partner" ? d.partnerOrgId : role === "intermediary" ? d.intermediaryOrgId : null;
}

/**
 * A deal and the actor's roles in it. Anyone who is not a member of a party organisation
 * gets NOT_FOUND (admins too: a deal's thread and terms are for its parties only).
 */
export async function loadDealForActor(actor: Actor | null, id: string, tx?: Tx): Promise<{ deal: DealCore; roles: DealRole[] }> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const row = await (tx ?? db()).deal.findUnique({ where: { id }, select: DEAL_CORE_SELECT });
  if (!row) throw new AppError("NOT_FOUND");
  const roles = dealRoles(actor, row);
  if (!roles.length) throw new AppError("NOT_FOUND");
  return { deal: row as DealCore, roles };
}

/** Prisma `where` for the deals any of the actor's organisations is party to. */
export function dealsOfActorWhere(actor: Actor): Prisma.DealWhereInput {
  const orgIds = actor.memberships.map((m) => m.organizationId);
  return { OR: [{ ownerOrgId: { in: orgIds } }, { partnerOrgId: { in: orgIds } }, { intermediaryOrgId: { in: orgIds } }] };
}
