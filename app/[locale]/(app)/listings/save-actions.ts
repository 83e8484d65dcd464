"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, type ActionState } from "@/lib/action-result";
import { isLocale } from "@/i18n/routing";
import { getActor } from "@/lib/server/auth/session";
import { createChallenge } from "@/lib/server/challenges/create-challenge";
import { updateChallenge } from "@/lib/server/challenges/update-challenge";
import { toActionError } from "@/lib/server/errors/to-action-error";
import { createOffer } from "@/lib/server/offers/create-offer";
import { updateOffer } from "@/lib/server/offers/update-offer";

const MULTI = ["dealTypes", "fieldCodes", "sectorCodes"];

/** The form as the data layer's input: lists from checkboxes, everything else as text. */
function inputOf(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$") || key === "id" || key === "locale" || key === "organizationId") continue;
    input[key] = MULTI.includes(key) ? formData.getAll(key) : formData.get(key);
  }
  return input;
}

async function save(kind: "offer" | "challenge", formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const locale = isLocale(values.locale ?? "") ? values.locale! : "vi";
  const id = values.id || undefined;
  const actor = await getActor();
  const input = inputOf(formData);
  const organizationId = values.organizationId || undefined;
  let savedId: string;
  try {
    if (kind === "offer") {
      savedId = id ? (await updateOffer({ actor, id, input })).id : (await createOffer({ actor, input, organizationId })).id;
    } else {
      savedId = id ? (await updateChallenge({ actor, id, input })).id : (await createChallenge({ actor, input, organizationId })).id;
    }
  } catch (err) {
    return toActionError(err, values);
  }
  revalidatePath("/[locale]", "layout");
  // The listing page is the preview: the owner checks it there, then publishes.
  redirect(`/${locale}/${kind === "offer" ? "offers" : "challenges"}/${savedId}`);
}

export async function saveOfferAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return save("offer", formData);
}

export async function saveChallengeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return save("challenge", formData);
}
