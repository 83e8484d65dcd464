"use server";

import { revalidatePath } from "next/cache";
import { formValues, type ActionState } from "@/lib/action-result";
import { getActor } from "@/lib/server/auth/session";
import { toActionError } from "@/lib/server/errors/to-action-error";
import { introduceMatch } from "@/lib/server/matching/introduce-match";
import { recordMatchFeedback } from "@/lib/server/matching/record-feedback";
import { markNotificationsRead } from "@/lib/server/notifications/notify";

function refresh() {
  revalidatePath("/[locale]", "layout");
}

export async function matchFeedbackAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await recordMatchFeedback({ actor: await getActor(), input: Object.fromEntries(formData) });
  } catch (err) {
    return { ...toActionError(err), values: formValues(formData) };
  }
  refresh();
  return { ok: true };
}

export async function introduceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await introduceMatch({ actor: await getActor(), input: Object.fromEntries(formData) });
  } catch (err) {
    return { ...toActionError(err), values: formValues(formData) };
  }
  refresh();
  return { ok: true, message: "introduced" };
}

export async function markReadAction(): Promise<void> {
  await markNotificationsRead({ actor: await getActor() });
  refresh();
}
