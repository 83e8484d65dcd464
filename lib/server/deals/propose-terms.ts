import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { ZProposal } from "@/lib/deals/schemas";
import type { DealRole } from "@/lib/deals/stages";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { notifyDealParties } from "./deal-notify";
import { loadDealForActor, orgForRole, type DealCore } from "./load-deal";

/** The side (owner or partner) the actor negotiates for; intermediaries do not make offers. */
export function negotiatingSide(deal: DealCore, roles: DealRole[]): { role: DealRole; organizationId: string } | null {
  const role = (["owner", "partner"] as const).find((r) => roles.includes(r));
  return role ? { role, organizationId: orgForRole(deal, role)! } : null;
}

/**
 * A side puts terms on the table, or counters the other's: a new proposal numbered after
 * the last, never changed afterwards (a trigger refuses UPDATE). Posting bumps the deal's
 * version, checked against the one the actor saw, so two counters at once cannot both land.
 */
export async function proposeTerms({ actor, id, input }: { actor: Actor | null; id: string; input: unknown }): Promise<{ id: string; number: number; version: number }> {
  const parsed = ZProposal.safeParse(input);
  const { deal: visible } = await loadDealForActor(actor, id);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const p = parsed.data;
  try {
    return await db().$transaction(async (tx) => {
      const { deal, roles } = await loadDealForActor(actor, visible.id, tx);
      if (deal.stage !== "NEGOTIATION") throw new AppError("CONFLICT", { fields: { form: "termsOnlyInNegotiation" } });
      const side = negotiatingSide(deal, roles);
      if (!side) throw new AppError("CONFLICT", { fields: { form: "notYourTurn" } });
      assertCan(actor, "deal.participate", { organizationId: side.organizationId });
      if (p.expectedVersion !== deal.version) throw new AppError("CONFLICT", { fields: { form: "dealChanged" } });
      const bumped = await tx.deal.updateMany({ where: { id: deal.id, version: p.expectedVersion, stage: "NEGOTIATION" }, data: { version: { increment: 1 } } });
      if (bumped.count !== 1) throw new AppError("CONFLICT", { fields: { form: "dealChanged" } });
      const last = await tx.termProposal.aggregate({ where: { dealId: deal.id }, _max: { number: true } });
      const number = (last._max.number ?? 0) + 1;
      const milestones = p.milestones.map((m) => ({ title: m.title, dueInMonths: m.dueInMonths, amountVnd: m.amountVnd === null ? null : m.amountVnd.toString() }));
      const terms = {
        dealType: p.dealType,
        exclusive: p.exclusive,
        priceVnd: p.priceVnd,
        royaltyPct: p.royaltyPct === undefined ? null : new Prisma.Decimal(p.royaltyPct),
        territory: p.territory,
        durationMonths: p.durationMonths ?? null,
        milestones,
        note: p.note,
      };
      const row = await tx.termProposal.create({ data: { dealId: deal.id, number, organizationId: side.organizationId, authorId: actor!.userId, ...terms }, select: { id: true } });
      await recordAudit(tx, {
        actor: actor!,
        organizationId: side.organizationId,
        entityType: "proposal",
        entityId: row.id,
        dealId: deal.id,
        action: "proposal.made",
        before: { version: deal.version },
        after: { number, version: deal.version + 1, ...terms, royaltyPct: terms.royaltyPct?.toString() ?? null },
      });
      await notifyDealParties({ tx, deal, fromOrgId: side.organizationId, notice: "proposal", extra: { number } });
      return { id: row.id, number, version: deal.version + 1 };
    });
  } catch (err) {
    // Two proposals racing for the same number: the loser reloads, like any stale version.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new AppError("CONFLICT", { fields: { form: "dealChanged" } });
    throw err;
  }
}
