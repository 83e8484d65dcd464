import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { publishProblems, ZChallengeInput, ZOfferInput } from "@/lib/listings/schemas";
import { db } from "@/lib/server/db/client";
import { LIFETIME_MS } from "@/lib/server/listings/shared";
import { listingChanged } from "@/lib/server/matching/listing-changed";
import type { PreviewRow } from "./preview-import";

export type ImportResult = { created: number; updated: number; published: number; skipped: number };

/**
 * Imports the valid rows of a previewed batch, all in one transaction: either every valid
 * row is written or none is. Importing the same batch twice is refused; importing the same
 * file again updates the listings it created (matched by external reference).
 */
export async function runImport({ actor, batchId, publish = false }: { actor: Actor | null; batchId: string; publish?: boolean }): Promise<ImportResult> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const batch = await db().importBatch.findFirst({ where: { id: batchId, userId: actor.userId } });
  if (!batch) throw new AppError("NOT_FOUND");
  if (batch.status !== "PREVIEWED") throw new AppError("CONFLICT", { message: "already imported" });
  const rows = (batch.rows as unknown as PreviewRow[]).filter((r) => r.action !== "skip" && r.data && r.organizationId);
  // Membership may have changed since the preview.
  const mine = new Set(actor.memberships.map((m) => m.organizationId));
  if (rows.some((r) => !mine.has(r.organizationId!) && !(r.listedByOrganizationId && mine.has(r.listedByOrganizationId)))) throw new AppError("FORBIDDEN");

  const now = new Date();
  const result: ImportResult = { created: 0, updated: 0, published: 0, skipped: (batch.rows as unknown[]).length - rows.length };
  await db().$transaction(
    async (tx) => {
      for (const r of rows) {
        // The stored rows were checked at preview; parsing again restores their types
        // (money as bigint, dates) from JSON.
        const data = batch.kind === "offer" ? ZOfferInput.parse(r.data) : ZChallengeInput.parse(r.data);
        const publishable = publish && Object.keys(publishProblems(data)).length === 0;
        const status = publishable ? { status: "PUBLISHED" as const, publishedAt: now, expiresAt: new Date(now.getTime() + LIFETIME_MS) } : {};
        const key = { organizationId: r.organizationId!, externalRef: r.externalRef! };
        if ("trl" in data) {
          const { onBehalfOfOrganizationId: _lister, ...offer } = data;
          const existing = await tx.offer.findUnique({ where: { organizationId_externalRef: key }, select: { id: true, status: true } });
          if (existing) await tx.offer.update({ where: { id: existing.id }, data: { ...offer, ...(existing.status === "DRAFT" ? status : {}) } });
          const id = existing?.id ?? (await tx.offer.create({ data: { ...offer, ...key, listedByOrganizationId: r.listedByOrganizationId ?? null, createdById: actor.userId, ...status }, select: { id: true } })).id;
          await listingChanged("offer", id, tx);
          result[existing ? "updated" : "created"]++;
          if (publishable && (!existing || existing.status === "DRAFT")) result.published++;
        } else {
          const agency = (await tx.organization.findUniqueOrThrow({ where: { id: r.organizationId! }, select: { kind: true } })).kind === "GOVERNMENT_AGENCY";
          const existing = await tx.challenge.findUnique({ where: { organizationId_externalRef: key }, select: { id: true, status: true } });
          if (existing) await tx.challenge.update({ where: { id: existing.id }, data: { ...data, ...(existing.status === "DRAFT" ? status : {}) } });
          const id = existing?.id ?? (await tx.challenge.create({ data: { ...data, ...key, stateCommissioned: agency, createdById: actor.userId, ...status }, select: { id: true } })).id;
          await listingChanged("challenge", id, tx);
          result[existing ? "updated" : "created"]++;
          if (publishable && (!existing || existing.status === "DRAFT")) result.published++;
        }
      }
      await tx.importBatch.update({ where: { id: batch.id }, data: { status: "IMPORTED", importedAt: now, result } });
    },
    { timeout: 120_000 },
  );
  return result;
}
