"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { getActor } from "@/lib/server/auth/session";
import { toActionError } from "@/lib/server/errors/to-action-error";
import { previewImport, type ImportPreview } from "@/lib/server/import/preview-import";
import { runImport, type ImportResult } from "@/lib/server/import/run-import";
import type { ActionError } from "@/lib/action-result";

export type ImportState =
  | { step: "start"; error?: ActionError }
  | { step: "preview"; preview: ImportPreview; error?: ActionError }
  | { step: "done"; result: ImportResult; kind: "offer" | "challenge" };

const ZKind = z.enum(["offer", "challenge"]);

export async function importAction(prev: ImportState, formData: FormData): Promise<ImportState> {
  const actor = await getActor();
  try {
    if (formData.get("step") === "confirm") {
      const batchId = String(formData.get("batchId") ?? "");
      const result = await runImport({ actor, batchId, publish: formData.get("publish") === "on" });
      revalidatePath("/[locale]", "layout");
      return { step: "done", result, kind: prev.step === "preview" ? prev.preview.kind : "offer" };
    }
    const kind = ZKind.safeParse(formData.get("kind"));
    const file = formData.get("file");
    if (!kind.success) throw new AppError("VALIDATION", { fields: { kind: "importKindRequired" } });
    if (!(file instanceof File) || file.size === 0) throw new AppError("VALIDATION", { fields: { file: "fileEmpty" } });
    const preview = await previewImport({ actor, kind: kind.data, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return { step: "preview", preview };
  } catch (err) {
    const error = toActionError(err);
    return prev.step === "preview" ? { ...prev, error } : { step: "start", error };
  }
}
