import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { ZAgreeTerms } from "@/lib/deals/schemas";
import type { DealStage } from "@/lib/deals/stages";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation";
import { db } from "@/lib/server/db/client";
import { applyDealEvent } from "./apply-event";
import { notifyDealParties } from "./deal-notify";
import { loadDealForActor } from "./load-deal";
import { negotiatingSide } from "./propose-terms";

/**
 * A side accepts the latest proposal, which must come from the other side; the deal moves
 * to AGREED with that proposal recorded. The version check means the actor agrees to the
 * proposal it saw: a counter posted meanwhile bumped the version and makes this a CONFLICT.
 */
export async function agreeTerms({ actor, id, input }: { actor: Actor | null; id: string; input: unknown }): Promise<{ stage: DealStage; version: number; proposalId: string }> {
  const parsed = ZAgreeTerms.safeParse(input);
  if (!parsed.success) {
    await loadDealForActor(actor, id);
    throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  }
  const { expectedVersion, proposalId } = parsed.data;
  return db().$transaction(async (tx) => {
    const { deal, roles } = await loadDealForActor(actor, id, tx);
    if (deal.stage !== "NEGOTIATION") throw new AppError("CONFLICT", { fields: { form: "illegalTransition" } });
    const side = negotiatingSide(deal, roles);
    if (!side) throw new AppError("CONFLICT", { fields: { form: "notYourTurn" } });
    assertCan(actor, "deal.participate", { organizationId: side.organizationId });
    if (expectedVersion !== deal.version) throw new AppError("CONFLICT", { fields: { form: "dealChanged" } });
    const latest = await tx.termProposal.findFirst({ where: { dealId: deal.id }, orderBy: { number: "desc" }, select: { id: true, number: true, organizationId: true } });
    if (!latest) throw new AppError("CONFLICT", { fields: { form: "noProposal" } });
    if (proposalId && proposalId !== latest.id) throw new AppError("CONFLICT", { fields: { form: "dealChanged" } });
    if (latest.organizationId === side.organizationId) throw new AppError("CONFLICT", { fields: { form: "ownProposal" } });
    const result = await applyDealEvent(tx, { actor: actor!, deal, roles, event: "agree", expectedVersion, data: { agreedProposalId: latest.id } });
    await notifyDealParties({ tx, deal, fromOrgId: side.organizationId, notice: "agreed", extra: { number: latest.number } });
    return { stage: result.stage, version: result.version, proposalId: latest.id };
  });
}
