"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, type ActionState } from "@/lib/action-result";
import { isLocale } from "@/i18n/routing";
import { getActor } from "@/lib/server/auth/session";
import { completeMilestone } from "@/lib/server/contracts/complete-milestone";
import { correctContract } from "@/lib/server/contracts/correct-contract";
import { createContract } from "@/lib/server/contracts/create-contract";
import { toActionError } from "@/lib/server/errors/to-action-error";

/** The form as the data layer's input (Next's $ACTION fields and the locale left out). */
function inputOf(formData: FormData): Record<string, unknown> {
  return Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$") && k !== "locale"));
}

const localeOf = (formData: FormData) => {
  const l = String(formData.get("locale") ?? "");
  return isLocale(l) ? l : "vi";
};

export async function createContractAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let id: string;
  try {
    // A repeated submission (double click, retry) carries the same idempotency key and
    // lands on the contract the first one made.
    id = (await createContract({ actor: await getActor(), input: inputOf(formData) })).id;
  } catch (err) {
    return toActionError(err, formValues(formData));
  }
  revalidatePath("/[locale]", "layout");
  redirect(`/${localeOf(formData)}/contracts/${id}`);
}

export async function correctContractAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await correctContract({ actor: await getActor(), id: String(formData.get("contractId") ?? ""), input: inputOf(formData) });
  } catch (err) {
    return toActionError(err, formValues(formData));
  }
  revalidatePath("/[locale]", "layout");
  return { ok: true, message: "corrected" };
}

export async function completeMilestoneAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await completeMilestone({
      actor: await getActor(),
      contractId: String(formData.get("contractId") ?? ""),
      milestoneId: String(formData.get("milestoneId") ?? ""),
      input: { evidence: formData.get("evidence") },
    });
  } catch (err) {
    return toActionError(err, formValues(formData));
  }
  revalidatePath("/[locale]", "layout");
  return { ok: true, message: "done" };
}
