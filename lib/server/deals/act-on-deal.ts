import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { STANDARD_NDA_CHOICE, ZDealEventInput } from "@/lib/deals/schemas";
import { TRANSITIONS, type DealStage } from "@/lib/deals/stages";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import { agreeTerms } from "./agree-terms";
import { applyDealEvent } from "./apply-event";
import { notifyDealParties, type DealNotice } from "./deal-notify";
import { loadDealForActor, orgForRole } from "./load-deal";
import { latestNdaTemplate } from "./nda-templates";

const NOTICE = { accept: "accepted", decline: "declined", withdraw: "withdrawn" } as const satisfies Record<string, DealNotice>;

/**
 * The owner accepts an interest (choosing the NDA: the standard text or its newest own
 * version) or declines it with a reason; any party withdraws with a reason. "agree" goes
 * to agreeTerms; accepting the NDA (acceptNda) and recording the contract have their own
 * functions, because they carry more than an event.
 */
export async function actOnDeal({ actor, id, input }: { actor: Actor | null; id: string; input: unknown }): Promise<{ stage: DealStage; version: number }> {
  const parsed = ZDealEventInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const { event, expectedVersion, reason, note, ndaTemplateId, proposalId } = parsed.data;
  if (event === "agree") return agreeTerms({ actor, id, input: { expectedVersion, proposalId } });
  if (event !== "accept" && event !== "decline" && event !== "withdraw") throw new AppError("VALIDATION", { fields: { event: "eventInvalid" } });

  return db().$transaction(async (tx) => {
    const { deal, roles } = await loadDealForActor(actor, id, tx);
    const role = TRANSITIONS[event].roles.find((r) => roles.includes(r));
    const actingOrg = role ? orgForRole(deal, role)! : null;
    if (actingOrg) assertCan(actor, "deal.participate", { organizationId: actingOrg });
    const now = new Date();
    const data: Prisma.DealUncheckedUpdateManyInput = {};
    if (deal.stage === "INTEREST") data.respondedAt = now;
    if (event === "accept") {
      // Only the owner's choice counts; anyone else is refused by the state machine below.
      if (role) data.ndaTemplateId = await chooseNda(tx, deal.ownerOrgId, ndaTemplateId);
    } else {
      data.closeReason = reason ?? null;
      data.closeNote = note;
      data.closedByOrgId = actingOrg;
    }
    const result = await applyDealEvent(tx, { actor: actor!, deal, roles, event, expectedVersion, reason, data });
    await notifyDealParties({ tx, deal, fromOrgId: result.organizationId, notice: NOTICE[event], extra: reason ? { reason } : {} });
    return { stage: result.stage, version: result.version };
  });
}

/** The NDA template the owner picked: its newest version, or null for the standard text. */
async function chooseNda(tx: Prisma.TransactionClient, ownerOrgId: string, choice: string | undefined): Promise<string | null> {
  if (!choice || choice === STANDARD_NDA_CHOICE) return null;
  const latest = await latestNdaTemplate(ownerOrgId, tx);
  if (!latest || latest.id !== choice) throw new AppError("VALIDATION", { fields: { ndaTemplateId: "ndaTemplateInvalid" } });
  return latest.id;
}
