import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { ATTACHMENTS_PER_MESSAGE, checkAttachment } from "@/lib/deals/attachments";
import { ZPostMessage } from "@/lib/deals/schemas";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db/client";
import { notifyDealParties } from "./deal-notify";
import { loadDealForActor, orgForRole } from "./load-deal";
import { sha256 } from "./nda-templates";

export type UploadedFile = { name: string; bytes: Uint8Array };

/** The stages in which the thread is closed. */
const CLOSED = ["WITHDRAWN", "DECLINED"];

/**
 * A party writes in the deal's thread, with up to three files (each at most 5 MB, of an
 * allowed type by extension and content). Files are checked before anything is stored.
 */
export async function postMessage({ actor, id, input, files = [] }: { actor: Actor | null; id: string; input: unknown; files?: UploadedFile[] }): Promise<{ id: string }> {
  const parsed = ZPostMessage.safeParse(input);
  const fields: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error);
  const real = files.filter((f) => f.bytes.length > 0 || f.name);
  const checked = real.map((f) => ({ file: f, check: checkAttachment(f) }));
  if (real.length > ATTACHMENTS_PER_MESSAGE) fields.files = "tooManyFiles";
  else {
    const bad = checked.find((c) => !c.check.ok);
    if (bad && !bad.check.ok) fields.files = bad.check.error;
  }
  // Who may see the deal is decided before the input is judged, so strangers learn nothing.
  const { deal, roles } = await loadDealForActor(actor, id);
  if (Object.keys(fields).length || !parsed.success) throw new AppError("VALIDATION", { fields });
  const organizationId = orgForRole(deal, roles[0]!)!;
  assertCan(actor, "deal.participate", { organizationId });

  return db().$transaction(async (tx) => {
    const current = await tx.deal.findUniqueOrThrow({ where: { id }, select: { stage: true } });
    if (CLOSED.includes(current.stage)) throw new AppError("CONFLICT", { fields: { form: "dealClosed" } });
    const message = await tx.dealMessage.create({ data: { dealId: id, organizationId, authorId: actor!.userId, body: parsed.data.body }, select: { id: true } });
    const stored = [];
    for (const { file, check } of checked) {
      if (!check.ok) continue;
      const row = await tx.dealAttachment.create({
        data: { messageId: message.id, fileName: check.fileName, contentType: check.contentType, size: file.bytes.length, sha256: sha256(file.bytes), data: new Uint8Array(file.bytes) },
        select: { id: true, fileName: true, size: true, sha256: true },
      });
      stored.push(row);
    }
    await recordAudit(tx, {
      actor: actor!,
      organizationId,
      entityType: "message",
      entityId: message.id,
      dealId: id,
      action: "message.posted",
      after: { length: parsed.data.body.length, attachments: stored },
    });
    await notifyDealParties({ tx, deal, fromOrgId: organizationId, notice: "message" });
    return { id: message.id };
  });
}
