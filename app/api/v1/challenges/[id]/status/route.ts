import { z } from "zod";
import { AppError } from "@/lib/errors";
import { apiRoute, jsonBody } from "@/lib/server/api/handler";
import { changeListingStatus } from "@/lib/server/listings/change-status";

const ZAction = z.object({ action: z.enum(["publish", "close", "archive", "renew"]) });

/** POST { action: "publish" | "close" | "archive" | "renew" } */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const parsed = ZAction.safeParse(await jsonBody(request));
  if (!parsed.success) throw new AppError("VALIDATION", { fields: { action: "actionInvalid" } });
  return changeListingStatus({ actor, kind: "challenge", id: params.id, action: parsed.data.action });
});
