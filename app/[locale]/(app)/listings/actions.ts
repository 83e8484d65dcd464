"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/lib/action-result";
import { AppError } from "@/lib/errors";
import { getActor } from "@/lib/server/auth/session";
import { toActionError } from "@/lib/server/errors/to-action-error";
import { changeListingStatus } from "@/lib/server/listings/change-status";
import { grantConfidentialAccess, revokeConfidentialAccess } from "@/lib/server/listings/confidential-access";

const ZTarget = z.object({ kind: z.enum(["offer", "challenge"]), id: z.string().min(1).max(50) });
const ZStatus = ZTarget.extend({ action: z.enum(["publish", "close", "archive", "renew"]) });
const ZGrant = ZTarget.extend({ organizationId: z.string().min(1).max(50) });

function refresh() {
  revalidatePath("/[locale]", "layout");
}

export async function changeStatusAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ZStatus.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return toActionError(new AppError("VALIDATION"));
  try {
    await changeListingStatus({ actor: await getActor(), ...parsed.data });
  } catch (err) {
    return toActionError(err);
  }
  refresh();
  return { ok: true };
}

export async function grantAccessAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ZGrant.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return toActionError(new AppError("VALIDATION", { fields: { organizationId: "organizationRequired" } }));
  try {
    await grantConfidentialAccess({ actor: await getActor(), ...parsed.data });
  } catch (err) {
    return toActionError(err);
  }
  refresh();
  return { ok: true };
}

export async function revokeAccessAction(formData: FormData): Promise<void> {
  const parsed = ZGrant.parse(Object.fromEntries(formData));
  await revokeConfidentialAccess({ actor: await getActor(), ...parsed });
  refresh();
}
