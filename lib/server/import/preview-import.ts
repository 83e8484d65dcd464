import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { mapColumns } from "@/lib/import/columns";
import { ZChallengeInput, ZOfferInput } from "@/lib/listings/schemas";
import { fieldErrors } from "@/lib/validation";
import { db } from "@/lib/server/db/client";
import { getListingContext } from "@/lib/server/listings/listing-context";
import { resolveClassification } from "@/lib/server/listings/shared";
import { readTable } from "./read-table";

export type ImportKind = "offer" | "challenge";

export type PreviewRow = {
  line: number;
  title: string;
  externalRef: string | null;
  /** field → message key; empty when the row will be imported */
  errors: Record<string, string>;
  action: "create" | "update" | "skip";
  /** the checked input, kept for the import step */
  data?: Record<string, unknown>;
  organizationId?: string;
  listedByOrganizationId?: string | null;
};

export type ImportPreview = { batchId: string; fileName: string; kind: ImportKind; rows: Omit<PreviewRow, "data">[]; valid: number; invalid: number; unknownColumns: string[] };

const MULTI = ["dealTypes", "fieldCodes", "sectorCodes", "patentNumbers"];
const BATCH_DAYS = 7;

/**
 * Reads and checks every row of an uploaded file, without writing any listing: rows are
 * validated with the same schemas as the forms, taxonomy and provinces are resolved (old
 * province names included), and each row's external reference decides create or update.
 * The checked rows are stored as a batch that `runImport` imports as previewed.
 */
export async function previewImport({ actor, kind, fileName, bytes }: { actor: Actor | null; kind: ImportKind; fileName: string; bytes: Uint8Array }): Promise<ImportPreview> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const context = await getListingContext({ actor });
  const mode = kind === "offer" ? context.offer.mode : context.challenge.mode;
  if (mode === "none") throw new AppError("FORBIDDEN");
  const mine = await db().organization.findMany({ where: { id: { in: actor.memberships.map((m) => m.organizationId) } }, select: { id: true, kind: true } });
  const ownKinds = kind === "offer" ? ["UNIVERSITY", "RESEARCH_INSTITUTE"] : ["ENTERPRISE", "GOVERNMENT_AGENCY"];
  const own = mine.find((o) => ownKinds.includes(o.kind));
  const broker = mine.find((o) => o.kind === "INTERMEDIARY");

  const [header, ...body] = await readTable(bytes);
  const columns = mapColumns(header!, kind);
  const unknownColumns = header!.filter((_, i) => columns[i] === null && header![i]!.trim() !== "");
  const labs = kind === "offer" && mode === "broker" ? context.offer.labs : [];
  const seenRefs = new Set<string>();
  const terms = await db().taxonomyTerm.findMany({ where: { active: true }, select: { code: true, kind: true } });
  const rows: PreviewRow[] = [];

  for (const [i, cells] of body.entries()) {
    const raw: Record<string, unknown> = {};
    columns.forEach((field, c) => {
      if (field && cells[c] !== undefined && cells[c] !== "") raw[field] = MULTI.includes(field) ? cells[c]!.split(/[,;\n]/).map((x) => x.trim()).filter(Boolean) : cells[c];
    });
    const row: PreviewRow = { line: i + 2, title: String(raw.title ?? ""), externalRef: raw.externalRef ? String(raw.externalRef) : null, errors: {}, action: "create" };
    const parsed = (kind === "offer" ? ZOfferInput : ZChallengeInput).safeParse(raw);
    if (!parsed.success) row.errors = fieldErrors(parsed.error);
    if (!row.externalRef) row.errors.externalRef = "externalRefRequired";
    else if (seenRefs.has(row.externalRef)) row.errors.externalRef = "externalRefRepeated";
    else seenRefs.add(row.externalRef);

    // Whose listing: the actor's own organisation, or the lab an intermediary names.
    if (kind === "offer" && mode === "broker") {
      const named = String(raw.onBehalfOfOrganization ?? "").trim().toLowerCase();
      const lab = labs.find((l) => l.id === named || l.name.toLowerCase() === named);
      if (!lab) row.errors.onBehalfOfOrganization = "labRequired";
      row.organizationId = lab?.id;
      row.listedByOrganizationId = broker?.id ?? null;
    } else {
      row.organizationId = own?.id;
      row.listedByOrganizationId = null;
    }

    if (parsed.success) {
      try {
        const classification = await resolveClassification(parsed.data, terms);
        const { onBehalfOfOrganizationId: _drop, ...data } = parsed.data as Record<string, unknown>;
        row.data = { ...data, ...classification };
      } catch (err) {
        row.errors = { ...row.errors, ...((err as AppError).fields ?? {}) };
      }
    }
    if (Object.keys(row.errors).length) {
      row.action = "skip";
      delete row.data;
    }
    rows.push(row);
  }

  // Rows already imported earlier (same organisation and external reference) are updated.
  const refs = rows.filter((r) => r.action === "create" && r.externalRef && r.organizationId);
  if (refs.length) {
    const where = { OR: refs.map((r) => ({ organizationId: r.organizationId!, externalRef: r.externalRef! })) };
    const existing = kind === "offer"
      ? await db().offer.findMany({ where, select: { organizationId: true, externalRef: true, status: true } })
      : await db().challenge.findMany({ where, select: { organizationId: true, externalRef: true, status: true } });
    for (const r of refs) {
      const hit = existing.find((e) => e.organizationId === r.organizationId && e.externalRef === r.externalRef);
      if (hit?.status === "ARCHIVED") {
        r.action = "skip";
        r.errors = { externalRef: "externalRefArchived" };
        delete r.data;
      } else if (hit) r.action = "update";
    }
  }

  // Previews hold uploaded rows (confidential details included): keep them a week at most.
  await db().importBatch.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - BATCH_DAYS * 24 * 60 * 60 * 1000) } } });
  const batch = await db().importBatch.create({
    data: { userId: actor.userId, organizationId: own?.id ?? broker!.id, kind, fileName: fileName.slice(0, 200), rows: JSON.parse(JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? v.toString() : v))) },
    select: { id: true },
  });
  const valid = rows.filter((r) => r.action !== "skip").length;
  return {
    batchId: batch.id,
    fileName,
    kind,
    rows: rows.map(({ data: _data, ...r }) => r),
    valid,
    invalid: rows.length - valid,
    unknownColumns,
  };
}
