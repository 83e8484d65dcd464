"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { useFormAction } from "@/components/use-form-action";
import { completeMilestoneAction } from "../actions";

/** A party marks a pending milestone done, with evidence (a note or a link). */
export function MilestoneForm({ contractId, milestoneId }: { contractId: string; milestoneId: string }) {
  const t = useTranslations("contracts.detail");
  const te = useTranslations("errors.fields");
  const form = useFormAction(completeMilestoneAction);
  const error = form.failed?.fields?.evidence;
  if (form.state?.ok) {
    return (
      <p role="status" className="text-sm font-medium text-emerald-900" data-testid="milestone-done-ok">
        {t("markedDone")}
      </p>
    );
  }
  return (
    <form key={form.attempt} action={form.action} className="flex flex-wrap items-start gap-2 text-sm" data-testid="milestone-done-form">
      <input type="hidden" name="contractId" value={contractId} />
      <input type="hidden" name="milestoneId" value={milestoneId} />
      <label className="flex min-w-64 flex-1 flex-col">
        <span className="text-xs text-slate-600">{t("evidence")}</span>
        <input
          name="evidence"
          maxLength={2000}
          defaultValue={form.failed?.values?.evidence ?? ""}
          aria-invalid={error ? true : undefined}
          className={`rounded border px-2 py-1 ${error ? "border-red-600" : "border-slate-300"}`}
          data-testid="milestone-evidence"
        />
        {error ? (
          <span role="alert" className="mt-1 text-xs text-red-700">
            {te(error as "evidenceRequired")}
          </span>
        ) : null}
      </label>
      <button disabled={form.pending} className="mt-4 rounded bg-brand-600 px-3 py-1.5 text-white" data-testid="milestone-done-submit">
        {t("markDone")}
      </button>
      {!error ? (
        <div className="w-full">
          <FormError state={form.state} />
        </div>
      ) : null}
    </form>
  );
}
