import "server-only";
import { revalidatePath } from "next/cache";
import { isLocale } from "@/i18n/routing";
import { formValues, type ActionState } from "@/lib/action-result";
import { toActionError } from "@/lib/server/errors/to-action-error";

// What the forms' server actions share: read the form, run the data-layer call, give an
// error back with what the user typed, refresh the pages on success.

/** The form as a data layer input: its text fields, without Next's `$…` fields and the locale. */
export function formInput(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData.entries()].filter((e): e is [string, string] => typeof e[1] === "string" && !e[0].startsWith("$") && e[0] !== "locale"));
}

/** The locale of the page the form was on (its hidden `locale` field). */
export function formLocale(formData: FormData) {
  const l = String(formData.get("locale") ?? "");
  return isLocale(l) ? l : "vi";
}

/**
 * Runs a form's work. A failure returns the error with the form's values; a success
 * revalidates the layout (counters and lists everywhere) and returns `done`, or `done(result)`
 * — which may redirect (a redirect throws, so it must happen outside the try).
 */
export async function runFormAction<T>(formData: FormData, work: () => Promise<T>, done: ActionState | ((result: T) => ActionState) = { ok: true }): Promise<ActionState> {
  let result: T;
  try {
    result = await work();
  } catch (err) {
    return toActionError(err, formValues(formData));
  }
  revalidatePath("/[locale]", "layout");
  return typeof done === "function" ? done(result) : done;
}
