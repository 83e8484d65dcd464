import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db/client";
import { loadDealForActor } from "./load-deal";

/** A file of a deal's thread, for the deal's parties only (anyone else: NOT_FOUND). */
export async function getAttachment({ actor, dealId, attachmentId }: { actor: Actor | null; dealId: string; attachmentId: string }) {
  await loadDealForActor(actor, dealId);
  const row = await db().dealAttachment.findFirst({
    where: { id: attachmentId, message: { dealId } },
    select: { fileName: true, contentType: true, size: true, sha256: true, data: true },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return { fileName: row.fileName, contentType: row.contentType, size: row.size, sha256: row.sha256, data: new Uint8Array(row.data) };
}

/** Content-Disposition for a download: an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
