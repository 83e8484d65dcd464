"use server";

import { revalidatePath } from "next/cache";
import { formValues, type ActionState } from "@/lib/action-result";
import { getActor } from "@/lib/server/auth/session";
import { toActionError } from "@/lib/server/errors/to-action-error";
import { createAccessToken, revokeAccessToken } from "@/lib/server/tokens/access-tokens";

export async function createTokenAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const { token } = await createAccessToken({ actor: await getActor(), input: { name: formData.get("name") } });
    revalidatePath("/[locale]/settings/tokens", "page");
    // Shown once: only its hash is kept.
    return { ok: true, message: token };
  } catch (err) {
    return toActionError(err, formValues(formData));
  }
}

export async function revokeTokenAction(formData: FormData): Promise<void> {
  await revokeAccessToken({ actor: await getActor(), id: String(formData.get("id") ?? "") });
  revalidatePath("/[locale]/settings/tokens", "page");
}
