"use server";

import { revalidatePath } from "next/cache";
import { formValues, type ActionState } from "@/lib/action-result";
import { getActor } from "@/lib/server/auth/session";
import { toActionError } from "@/lib/server/errors/to-action-error";
import { updateOrganization } from "@/lib/server/organizations/update-organization";

export async function updateOrganizationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const input = {
    ...Object.fromEntries(
      ["organizationId", "name", "province", "website", "description", "contactEmail", "contactPhone", "taxCode", "intermediaryType"].map(
        (k) => [k, formData.get(k) || undefined],
      ),
    ),
    servedRegions: formData.getAll("servedRegions"),
  };
  try {
    await updateOrganization({ actor: await getActor(), input });
  } catch (err) {
    // Checkbox lists travel as one comma-joined value so the form can restore them.
    return toActionError(err, { ...values, servedRegions: formData.getAll("servedRegions").join(",") });
  }
  revalidatePath("/[locale]/dashboard", "page");
  return { ok: true };
}
