import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { contractFieldErrors, ZCorrectContract } from "@/lib/contracts/schemas";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db/client";
import { notifyOrganizations } from "@/lib/server/notifications/notify";
import { contractFacets } from "./contract-facets";
import { contractPartyOrgIds, isAdmin, loadContractForActor } from "./contract-access";
import { resolveParties } from "./resolve-parties";
import { copiedColumns, versionColumns } from "./version-data";

/**
 * A correction: the full corrected terms, a reason and the version the actor corrected.
 * Appends version n+1 (earlier versions are never changed) and copies its columns onto the
 * contract only where the contract is still at version n: of two corrections at once one
 * wins, the other is CONFLICT ("reload"). A contract from a deal keeps the deal's parties;
 * the intermediary never changes.
 */
export async function correctContract({ actor, id, input }: { actor: Actor | null; id: string; input: unknown }): Promise<{ id: string; version: number }> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const { contract, partyOrgId } = await loadContractForActor(actor, id);
  if (!partyOrgId && !isAdmin(actor)) throw new AppError("NOT_FOUND");
  // A deal's parties stay: the correction cannot name other organisations.
  const fixed = contract.dealId ? { supplierOrgId: contract.supplierOrgId, recipientOrgId: contract.recipientOrgId } : {};
  const parsed = ZCorrectContract.safeParse(input && typeof input === "object" ? { ...input, ...fixed } : input);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: contractFieldErrors(parsed.error) });
  const v = parsed.data;
  if (v.expectedVersion !== contract.currentVersion) throw new AppError("CONFLICT", { fields: { form: "contractChanged" } });
  const version = v.expectedVersion + 1;
  await db().$transaction(async (tx) => {
    const parties = await resolveParties(tx, v);
    const columns = versionColumns(v, { ...parties, intermediaryOrgId: contract.intermediaryOrgId });
    // The listing link never changes, so a correction keeps the listing's facets; the party fallback and the supplier's kind follow the corrected parties.
    const facets = await contractFacets(tx, { offerId: contract.offerId, challengeId: contract.challengeId, supplierOrgId: columns.supplierOrgId, recipientOrgId: columns.recipientOrgId });
    const moved = await tx.transferContract.updateMany({
      where: { id, currentVersion: v.expectedVersion },
      data: { ...copiedColumns(columns), ...facets, currentVersion: version },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT", { fields: { form: "contractChanged" } });
    const before = await tx.contractVersion.findUniqueOrThrow({ where: { contractId_version: { contractId: id, version: v.expectedVersion } } });
    await tx.contractVersion.create({ data: { contractId: id, version, changedById: actor.userId, changedByOrgId: partyOrgId, reason: v.reason, ...columns } });
    const { id: _id, contractId: _c, createdAt: _t, changedById: _u, changedByOrgId: _o, reason: _r, ...beforeTerms } = before;
    await recordAudit(tx, {
      actor,
      organizationId: partyOrgId,
      entityType: "contract",
      entityId: id,
      contractId: id,
      dealId: contract.dealId,
      action: "contract.corrected",
      before: beforeTerms,
      after: { ...columns, version, reason: v.reason },
    });
    const others = contractPartyOrgIds(columns).filter((o) => o !== partyOrgId);
    if (others.length) {
      await notifyOrganizations({ tx, organizationIds: others, kind: "contract.corrected", payload: { title: columns.title, version, reason: v.reason, href: `/contracts/${id}` } });
    }
  });
  return { id, version };
}
