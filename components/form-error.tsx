"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-result";

/** The form-level message for a failed action, translated. */
export function FormError({ state }: { state: ActionState }) {
  const t = useTranslations("errors");
  if (!state || state.ok) return null;
  let text: string;
  if (state.error === "unexpected") text = t("unexpected", { requestId: state.requestId ?? "" });
  else if (state.error === "RATE_LIMITED") text = t("RATE_LIMITED", { minutes: state.retryAfterMinutes ?? 1 });
  // A form-level reason (a deal changed meanwhile, a step not allowed now…) has its own message.
  else if (state.fields?.form && t.has(`fields.${state.fields.form}`)) text = t(`fields.${state.fields.form}` as "fields.tooLong");
  else if (state.error === "CONFLICT" && state.fields && Object.keys(state.fields).length) text = t("VALIDATION");
  else text = t.has(state.error) ? t(state.error as "NOT_FOUND") : t("VALIDATION");
  return (
    <div role="alert" data-testid="form-error" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      {text}
    </div>
  );
}
