"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/server/auth/session";
import { reviewMembership } from "@/lib/server/organizations/review-membership";

export async function reviewMembershipAction(formData: FormData): Promise<void> {
  await reviewMembership({
    actor: await getActor(),
    input: { membershipId: formData.get("membershipId"), decision: formData.get("decision") },
  });
  revalidatePath("/[locale]/dashboard", "page");
}
