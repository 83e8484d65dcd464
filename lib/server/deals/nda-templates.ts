import "server-only";
import { createHash } from "node:crypto";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { readNdaFile } from "@/lib/deals/attachments";
import { NDA_FILE_MAX_BYTES, ZNdaTemplate } from "@/lib/deals/schemas";
import { STANDARD_NDA_TEXT, STANDARD_NDA_TITLE, STANDARD_NDA_VERSION } from "@/lib/deals/standard-nda";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";

type Tx = Prisma.TransactionClient;

export const sha256 = (text: string | Uint8Array) => createHash("sha256").update(text).digest("hex");

/** The NDA a deal shows: the owner's template version the owner chose, or the platform's standard text. */
export type NdaDocument = { templateId: string | null; ndaVersion: string; title: string; text: string; textSha256: string };

export async function dealNdaDocument(ndaTemplateId: string | null, tx?: Tx): Promise<NdaDocument> {
  if (!ndaTemplateId) return { templateId: null, ndaVersion: STANDARD_NDA_VERSION, title: STANDARD_NDA_TITLE, text: STANDARD_NDA_TEXT, textSha256: sha256(STANDARD_NDA_TEXT) };
  const t = await (tx ?? db()).ndaTemplate.findUniqueOrThrow({ where: { id: ndaTemplateId }, select: { id: true, version: true, title: true, body: true } });
  return { templateId: t.id, ndaVersion: `${t.id}@v${t.version}`, title: t.title, text: t.body, textSha256: sha256(t.body) };
}

/** An organisation's newest NDA version (the one its owner can choose when accepting an interest). */
export async function latestNdaTemplate(organizationId: string, tx?: Tx) {
  return (tx ?? db()).ndaTemplate.findFirst({ where: { organizationId }, orderBy: { version: "desc" }, select: { id: true, version: true, title: true, createdAt: true } });
}

export type NdaTemplateView = { id: string; version: number; title: string; body: string; fileName: string | null; createdAt: string; textSha256: string };

/** The NDA versions of one of the actor's organisations, newest first (members may read them). */
export async function listNdaTemplates({ actor, organizationId }: { actor: Actor | null; organizationId?: string }): Promise<{ organizationId: string; canEdit: boolean; templates: NdaTemplateView[] }> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const membership = organizationId ? actor.memberships.find((m) => m.organizationId === organizationId) : actor.memberships[0];
  if (!membership) throw new AppError("NOT_FOUND");
  const rows = await db().ndaTemplate.findMany({ where: { organizationId: membership.organizationId }, orderBy: { version: "desc" } });
  return {
    organizationId: membership.organizationId,
    canEdit: membership.role === "OWNER",
    templates: rows.map((r) => ({ id: r.id, version: r.version, title: r.title, body: r.body, fileName: r.fileName, createdAt: r.createdAt.toISOString(), textSha256: sha256(r.body) })),
  };
}

/**
 * Saves an organisation's own NDA text, typed or uploaded (.txt/.md, at most 200 KB), as a
 * new version; earlier versions stay, because acceptances point at the text accepted.
 */
export async function saveNdaTemplate({ actor, input, file }: { actor: Actor | null; input: unknown; file?: { name: string; bytes: Uint8Array } | null }) {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  let fileName: string | null = null;
  let merged = input;
  if (file && file.bytes.length) {
    const read = readNdaFile(file, NDA_FILE_MAX_BYTES);
    if (!read.ok) throw new AppError("VALIDATION", { fields: { file: read.error } });
    fileName = read.fileName;
    merged = { ...(input && typeof input === "object" ? input : {}), body: read.text };
  }
  const parsed = ZNdaTemplate.safeParse(merged);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const organizationId = parsed.data.organizationId ?? actor.memberships[0]?.organizationId;
  if (!organizationId) throw new AppError("NOT_FOUND");
  assertCan(actor, "organization.update", { organizationId });
  try {
    return await db().$transaction(async (tx) => {
      const last = await tx.ndaTemplate.aggregate({ where: { organizationId }, _max: { version: true } });
      const version = (last._max.version ?? 0) + 1;
      const row = await tx.ndaTemplate.create({
        data: { organizationId, version, title: parsed.data.title, body: parsed.data.body, fileName, createdById: actor.userId },
        select: { id: true, version: true },
      });
      await recordAudit(tx, {
        actor,
        organizationId,
        entityType: "nda",
        entityId: row.id,
        action: "nda.templateSaved",
        after: { version, title: parsed.data.title, fileName, textSha256: sha256(parsed.data.body), length: parsed.data.body.length },
      });
      return row;
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new AppError("CONFLICT", { fields: { form: "ndaTemplateChanged" } });
    throw err;
  }
}
