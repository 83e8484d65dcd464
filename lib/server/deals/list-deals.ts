import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { ZDealListQuery } from "@/lib/deals/schemas";
import { BOARD_STAGES, DEAL_STAGES, isOverdue, type DealRole, type DealStage } from "@/lib/deals/stages";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation";
import { db } from "@/lib/server/db/client";
import { dealRoles, dealsOfActorWhere } from "./load-deal";

export type DealSummary = {
  id: string;
  stage: DealStage;
  listingKind: string;
  listingTitle: string;
  /** The organisation on the other side of the deal (for an intermediary: both, "owner ↔ partner"). */
  otherParty: string;
  myRoles: DealRole[];
  overdue: boolean;
  respondBy: string;
  updatedAt: string;
};

const MAX_DEALS = 500;

/**
 * The deals the actor's organisations are party to, newest activity first, as a list and as
 * board columns (the open stages and CONTRACTED; closed deals only in the list).
 */
export async function listDeals({ actor, query = {} }: { actor: Actor | null; query?: unknown }): Promise<{ deals: DealSummary[]; columns: { stage: DealStage; deals: DealSummary[] }[] }> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const parsed = ZDealListQuery.safeParse(query);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const rows = await db().deal.findMany({
    where: { AND: [dealsOfActorWhere(actor), parsed.data.stage ? { stage: parsed.data.stage } : {}] },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: MAX_DEALS,
    select: {
      id: true,
      stage: true,
      listingKind: true,
      ownerOrgId: true,
      partnerOrgId: true,
      intermediaryOrgId: true,
      respondBy: true,
      updatedAt: true,
      offer: { select: { title: true } },
      challenge: { select: { title: true } },
    },
  });
  const orgIds = [...new Set(rows.flatMap((r) => [r.ownerOrgId, r.partnerOrgId]))];
  const orgName = new Map((await db().organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  const deals: DealSummary[] = rows.map((r) => {
    const roles = dealRoles(actor, r);
    const owner = orgName.get(r.ownerOrgId) ?? "?";
    const partner = orgName.get(r.partnerOrgId) ?? "?";
    return {
      id: r.id,
      stage: r.stage,
      listingKind: r.listingKind,
      listingTitle: (r.listingKind === "offer" ? r.offer?.title : r.challenge?.title) ?? "",
      otherParty: roles.includes("owner") ? partner : roles.includes("partner") ? owner : `${owner} ↔ ${partner}`,
      myRoles: roles,
      overdue: isOverdue(r),
      respondBy: r.respondBy.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
  const shown = parsed.data.stage ? DEAL_STAGES.filter((s) => s === parsed.data.stage) : BOARD_STAGES;
  return { deals, columns: shown.map((stage) => ({ stage, deals: deals.filter((d) => d.stage === stage) })) };
}
