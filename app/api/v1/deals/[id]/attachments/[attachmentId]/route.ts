import { apiRoute } from "@/lib/server/api/handler";
import { attachmentDisposition, getAttachment } from "@/lib/server/deals/get-attachment";

/** The file as stored, always as a download (never rendered inline), for the deal's parties only. */
export const GET = apiRoute<{ id: string; attachmentId: string }>(async ({ actor, params }) => {
  const file = await getAttachment({ actor, dealId: params.id, attachmentId: params.attachmentId });
  return new Response(file.data, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": attachmentDisposition(file.fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
