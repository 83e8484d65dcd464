import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { ZAcceptNda } from "@/lib/deals/schemas";
import type { DealStage } from "@/lib/deals/stages";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db/client";
import { applyDealEvent } from "./apply-event";
import { notifyDealParties } from "./deal-notify";
import { loadDealForActor } from "./load-deal";
import { dealNdaDocument } from "./nda-templates";

/**
 * The partner accepts the exact NDA text it was shown (identified by its SHA-256). In one
 * transaction: the acceptance record (who, which organisation, which version, the text's
 * hash, when), the partner organisation's access to the listing's confidential details, and
 * the move to NEGOTIATION. Only the partner gains access; the intermediary does not.
 */
export async function acceptNda({ actor, id, input }: { actor: Actor | null; id: string; input: unknown }): Promise<{ stage: DealStage; version: number }> {
  const parsed = ZAcceptNda.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const { expectedVersion, textSha256 } = parsed.data;
  return db().$transaction(async (tx) => {
    const { deal, roles } = await loadDealForActor(actor, id, tx);
    if (roles.includes("partner")) assertCan(actor, "deal.participate", { organizationId: deal.partnerOrgId });
    const result = await applyDealEvent(tx, { actor: actor!, deal, roles, event: "acceptNda", expectedVersion });
    const nda = await dealNdaDocument(deal.ndaTemplateId, tx);
    if (nda.textSha256 !== textSha256) throw new AppError("CONFLICT", { fields: { form: "ndaChanged" } });
    const acceptance = await tx.ndaAcceptance.create({
      data: { dealId: deal.id, organizationId: deal.partnerOrgId, userId: actor!.userId, templateId: nda.templateId, ndaVersion: nda.ndaVersion, textSha256: nda.textSha256 },
      select: { id: true, acceptedAt: true },
    });
    const listing = deal.listingKind === "offer" ? { offerId: deal.offerId! } : { challengeId: deal.challengeId! };
    // An owner may have admitted the organisation by hand before; one grant is enough.
    const existing = await tx.confidentialAccess.findFirst({ where: { ...listing, organizationId: deal.partnerOrgId }, select: { id: true } });
    if (!existing) await tx.confidentialAccess.create({ data: { ...listing, organizationId: deal.partnerOrgId, grantedById: actor!.userId, dealId: deal.id } });
    await recordAudit(tx, {
      actor: actor!,
      organizationId: deal.partnerOrgId,
      entityType: "nda",
      entityId: acceptance.id,
      dealId: deal.id,
      action: "nda.accepted",
      after: { ndaVersion: nda.ndaVersion, textSha256: nda.textSha256, templateId: nda.templateId, acceptedAt: acceptance.acceptedAt, confidentialAccess: { ...listing, organizationId: deal.partnerOrgId, existing: Boolean(existing) } },
    });
    await notifyDealParties({ tx, deal, fromOrgId: deal.partnerOrgId, notice: "ndaAccepted" });
    return { stage: result.stage, version: result.version };
  });
}
