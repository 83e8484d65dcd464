// What a server action returns to its form: nothing on success (it redirects or revalidates),
// otherwise an error code, per-field message keys and the values to put back in the form.
export type ActionError = {
  ok: false;
  error: string;
  fields?: Record<string, string>;
  values?: Record<string, string>;
  retryAfterMinutes?: number;
  requestId?: string;
};

export type ActionState = ActionError | { ok: true; message?: string } | null;

/**
 * The form's entries as strings (files are dropped), to re-fill the form after an error.
 * A key given several times (checkboxes) becomes one comma-joined value.
 */
export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$") || omit.includes(key)) continue;
    out[key] = key in out ? `${out[key]},${value}` : value;
  }
  return out;
}
