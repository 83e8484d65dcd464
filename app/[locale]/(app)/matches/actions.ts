"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-result";
import { getActor } from "@/lib/server/auth/session";
import { formInput, runFormAction } from "@/lib/server/forms/form-action";
import { introduceMatch } from "@/lib/server/matching/introduce-match";
import { recordMatchFeedback } from "@/lib/server/matching/record-feedback";
import { markNotificationsRead } from "@/lib/server/notifications/notify";

export async function matchFeedbackAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => recordMatchFeedback({ actor: await getActor(), input: formInput(formData) }));
}

export async function introduceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => introduceMatch({ actor: await getActor(), input: formInput(formData) }), { ok: true, message: "introduced" });
}

export async function markReadAction(): Promise<void> {
  await markNotificationsRead({ actor: await getActor() });
  revalidatePath("/[locale]", "layout");
}
