import { z } from "zod";

/**
 * Flattens a zod error into field → message key (the first issue per field). A message that
 * is not one of our keys (zod's own English text) becomes "invalidValue", so users only
 * ever see translated text.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= /^[a-z][A-Za-z0-9]*$/.test(issue.message) ? issue.message : "invalidValue";
  }
  return out;
}

/** An optional text field: trimmed, at most `max` characters ("tooLong"), blank → null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .nullish()
    .transform((v) => (v ? v : null));
