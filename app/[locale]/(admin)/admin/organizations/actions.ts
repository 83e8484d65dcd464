"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/server/auth/session";
import { setVerification } from "@/lib/server/organizations/set-verification";

export async function setVerificationAction(formData: FormData): Promise<void> {
  await setVerification({
    actor: await getActor(),
    input: { organizationId: formData.get("organizationId"), status: formData.get("status") },
  });
  revalidatePath("/[locale]/admin/organizations", "page");
}
