import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db/client";
import { loadDealForActor, type DealCore } from "./load-deal";

export type AttachmentMeta = { id: string; fileName: string; contentType: string; size: number; sha256: string; href: string };
export type DealMessageView = { id: string; body: string; createdAt: string; author: string; organization: { id: string; name: string }; attachments: AttachmentMeta[] };
export type Milestone = { title: string; dueInMonths: number; amountVnd: string | null };
export type ProposalView = {
  id: string;
  number: number;
  side: "owner" | "partner";
  organization: { id: string; name: string };
  author: string;
  dealType: string;
  exclusive: boolean;
  priceVnd: string | null;
  royaltyPct: string | null;
  territory: string;
  durationMonths: number | null;
  milestones: Milestone[];
  note: string | null;
  createdAt: string;
};

async function names(userIds: string[], orgIds: string[]) {
  const [users, orgs] = await Promise.all([
    db().user.findMany({ where: { id: { in: [...new Set(userIds)] } }, select: { id: true, name: true } }),
    db().organization.findMany({ where: { id: { in: [...new Set(orgIds)] } }, select: { id: true, name: true } }),
  ]);
  return { user: new Map(users.map((u) => [u.id, u.name])), org: new Map(orgs.map((o) => [o.id, o.name])) };
}

/** The thread of a deal the caller already checked the actor may read, oldest first. */
export async function readDealMessages(dealId: string): Promise<DealMessageView[]> {
  const rows = await db().dealMessage.findMany({
    where: { dealId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, body: true, createdAt: true, authorId: true, organizationId: true, attachments: { select: { id: true, fileName: true, contentType: true, size: true, sha256: true }, orderBy: { createdAt: "asc" } } },
  });
  const n = await names(rows.map((r) => r.authorId), rows.map((r) => r.organizationId));
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    createdAt: r.createdAt.toISOString(),
    author: n.user.get(r.authorId) ?? "?",
    organization: { id: r.organizationId, name: n.org.get(r.organizationId) ?? "?" },
    attachments: r.attachments.map((a) => ({ ...a, href: `/api/v1/deals/${dealId}/attachments/${a.id}` })),
  }));
}

/** The term sheet's proposals of a deal the caller already checked, oldest (number 1) first. */
export async function readDealProposals(deal: Pick<DealCore, "id" | "ownerOrgId">): Promise<ProposalView[]> {
  const rows = await db().termProposal.findMany({ where: { dealId: deal.id }, orderBy: { number: "asc" } });
  const n = await names(rows.map((r) => r.authorId), rows.map((r) => r.organizationId));
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    side: r.organizationId === deal.ownerOrgId ? "owner" : "partner",
    organization: { id: r.organizationId, name: n.org.get(r.organizationId) ?? "?" },
    author: n.user.get(r.authorId) ?? "?",
    dealType: r.dealType,
    exclusive: r.exclusive,
    priceVnd: r.priceVnd?.toString() ?? null,
    royaltyPct: r.royaltyPct?.toString() ?? null,
    territory: r.territory,
    durationMonths: r.durationMonths,
    milestones: r.milestones as Milestone[],
    note: r.note,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The thread, for the API: parties only. */
export async function listDealMessages({ actor, id }: { actor: Actor | null; id: string }) {
  const { deal } = await loadDealForActor(actor, id);
  return readDealMessages(deal.id);
}

/** The term sheet, for the API: parties only. */
export async function listDealProposals({ actor, id }: { actor: Actor | null; id: string }) {
  const { deal } = await loadDealForActor(actor, id);
  return readDealProposals(deal);
}
