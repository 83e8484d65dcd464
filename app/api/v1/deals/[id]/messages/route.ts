import { AppError } from "@/lib/errors";
import { apiRoute, jsonBody } from "@/lib/server/api/handler";
import { listDealMessages } from "@/lib/server/deals/deal-thread";
import { postMessage, type UploadedFile } from "@/lib/server/deals/post-message";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => listDealMessages({ actor, id: params.id }));

/** JSON `{ body }`, or multipart/form-data with `body` and up to three `files`. */
export const POST = apiRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) return postMessage({ actor, id: params.id, input: await jsonBody(request) });
    const form = await request.formData().catch(() => {
      throw new AppError("VALIDATION", { message: "the body is not valid multipart/form-data" });
    });
    const files: UploadedFile[] = [];
    for (const f of form.getAll("files")) if (typeof f !== "string") files.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
    return postMessage({ actor, id: params.id, input: { body: form.get("body") }, files });
  },
  { status: 201 },
);
