"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, type ActionState } from "@/lib/action-result";
import { getActor } from "@/lib/server/auth/session";
import { acceptNda } from "@/lib/server/deals/accept-nda";
import { actOnDeal } from "@/lib/server/deals/act-on-deal";
import { agreeTerms } from "@/lib/server/deals/agree-terms";
import { expressInterest } from "@/lib/server/deals/express-interest";
import { saveNdaTemplate } from "@/lib/server/deals/nda-templates";
import { openDeal } from "@/lib/server/deals/open-deal";
import { postMessage } from "@/lib/server/deals/post-message";
import { proposeTerms } from "@/lib/server/deals/propose-terms";
import { toActionError } from "@/lib/server/errors/to-action-error";

// Thin wrappers: the same data-layer functions as /api/v1/deals; errors go back with what the user typed.

const fields = (formData: FormData) => Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string"));
const locale = (formData: FormData) => (formData.get("$locale") === "en" ? "en" : "vi");
const dealId = (formData: FormData) => String(formData.get("dealId") ?? "");

// A file input left empty still sends one nameless, empty part (the name arrives as "" or a
// placeholder such as "blob"); a file the user chose has an extension and is checked as sent.
const chosen = (f: File) => f.size > 0 || /\.[A-Za-z0-9]+$/.test(f.name);

async function files(formData: FormData, name: string) {
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const f of formData.getAll(name)) if (typeof f !== "string" && chosen(f)) out.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  return out;
}

function refresh() {
  revalidatePath("/[locale]", "layout");
}

export async function expressInterestAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let id: string;
  try {
    id = (await expressInterest({ actor: await getActor(), input: fields(formData) })).id;
  } catch (err) {
    return { ...toActionError(err), values: formValues(formData) };
  }
  refresh();
  redirect(`/${locale(formData)}/deals/${id}`);
}

export async function openDealAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let id: string;
  try {
    id = (await openDeal({ actor: await getActor(), input: fields(formData) })).id;
  } catch (err) {
    return { ...toActionError(err), values: formValues(formData) };
  }
  refresh();
  redirect(`/${locale(formData)}/deals/${id}`);
}

/** accept / decline / withdraw / agree, from the stage actions and the term sheet. */
export async function dealEventAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await getActor();
    const input = fields(formData);
    if (input.event === "agree") await agreeTerms({ actor, id: dealId(formData), input });
    else await actOnDeal({ actor, id: dealId(formData), input });
  } catch (err) {
    return { ...toActionError(err), values: formValues(formData) };
  }
  refresh();
  return { ok: true };
}

export async function acceptNdaAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await acceptNda({ actor: await getActor(), id: dealId(formData), input: fields(formData) });
  } catch (err) {
    return { ...toActionError(err), values: formValues(formData) };
  }
  refresh();
  return { ok: true };
}

export async function postMessageAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await postMessage({ actor: await getActor(), id: dealId(formData), input: fields(formData), files: await files(formData, "files") });
  } catch (err) {
    return { ...toActionError(err), values: formValues(formData) };
  }
  refresh();
  return { ok: true };
}

export async function proposeTermsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await proposeTerms({ actor: await getActor(), id: dealId(formData), input: fields(formData) });
  } catch (err) {
    return { ...toActionError(err), values: formValues(formData) };
  }
  refresh();
  return { ok: true };
}

export async function saveNdaTemplateAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const [file] = await files(formData, "file");
    await saveNdaTemplate({ actor: await getActor(), input: fields(formData), file: file ?? null });
  } catch (err) {
    return { ...toActionError(err), values: formValues(formData) };
  }
  refresh();
  return { ok: true, message: "saved" };
}
