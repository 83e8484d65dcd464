"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-result";
import { getActor } from "@/lib/server/auth/session";
import { acceptNda } from "@/lib/server/deals/accept-nda";
import { actOnDeal } from "@/lib/server/deals/act-on-deal";
import { agreeTerms } from "@/lib/server/deals/agree-terms";
import { expressInterest } from "@/lib/server/deals/express-interest";
import { saveNdaTemplate } from "@/lib/server/deals/nda-templates";
import { openDeal } from "@/lib/server/deals/open-deal";
import { postMessage } from "@/lib/server/deals/post-message";
import { proposeTerms } from "@/lib/server/deals/propose-terms";
import { formInput, formLocale, runFormAction } from "@/lib/server/forms/form-action";

// Thin wrappers: the same data-layer functions as /api/v1/deals; errors go back with what the user typed.

const dealId = (formData: FormData) => String(formData.get("dealId") ?? "");

// A file input left empty still sends one nameless, empty part (the name arrives as "" or a
// placeholder such as "blob"); a file the user chose has an extension and is checked as sent.
const chosen = (f: File) => f.size > 0 || /\.[A-Za-z0-9]+$/.test(f.name);

async function files(formData: FormData, name: string) {
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const f of formData.getAll(name)) if (typeof f !== "string" && chosen(f)) out.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  return out;
}

const toDeal = (formData: FormData) => ({ id }: { id: string }) => redirect(`/${formLocale(formData)}/deals/${id}`);

export async function expressInterestAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => expressInterest({ actor: await getActor(), input: formInput(formData) }), toDeal(formData));
}

export async function openDealAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => openDeal({ actor: await getActor(), input: formInput(formData) }), toDeal(formData));
}

/** accept / decline / withdraw / agree, from the stage actions and the term sheet. */
export async function dealEventAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => {
    const actor = await getActor();
    const input = formInput(formData);
    if (input.event === "agree") await agreeTerms({ actor, id: dealId(formData), input });
    else await actOnDeal({ actor, id: dealId(formData), input });
  });
}

export async function acceptNdaAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => acceptNda({ actor: await getActor(), id: dealId(formData), input: formInput(formData) }));
}

export async function postMessageAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () =>
    postMessage({ actor: await getActor(), id: dealId(formData), input: formInput(formData), files: await files(formData, "files") }),
  );
}

export async function proposeTermsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => proposeTerms({ actor: await getActor(), id: dealId(formData), input: formInput(formData) }));
}

export async function saveNdaTemplateAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(
    formData,
    async () => {
      const [file] = await files(formData, "file");
      await saveNdaTemplate({ actor: await getActor(), input: formInput(formData), file: file ?? null });
    },
    { ok: true, message: "saved" },
  );
}
