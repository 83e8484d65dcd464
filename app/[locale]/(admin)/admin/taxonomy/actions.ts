"use server";

import { revalidatePath } from "next/cache";
import { formValues, type ActionState } from "@/lib/action-result";
import { getActor } from "@/lib/server/auth/session";
import { toActionError } from "@/lib/server/errors/to-action-error";
import { createTaxonomyTerm, updateTaxonomyTerm } from "@/lib/server/taxonomy/edit-taxonomy";

export async function saveTermAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const input = Object.fromEntries(formData);
  try {
    if (formData.get("mode") === "create") await createTaxonomyTerm({ actor: await getActor(), input });
    else await updateTaxonomyTerm({ actor: await getActor(), input });
  } catch (err) {
    return toActionError(err, formValues(formData));
  }
  revalidatePath("/[locale]", "layout");
  return { ok: true };
}
