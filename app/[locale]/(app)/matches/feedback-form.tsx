"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { useFormAction } from "@/components/use-form-action";
import { DISMISS_REASONS } from "@/lib/matching/schemas";
import { matchFeedbackAction } from "./actions";

type Props = { offerId: string; challengeId: string; state: { action: string; reason: string | null } | null };

/** The owner's verdict on one match: shortlist, or dismiss with a reason (dismissed matches leave the list). */
export function FeedbackForm({ offerId, challengeId, state }: Props) {
  const t = useTranslations("matching");
  const te = useTranslations("errors.fields");
  const form = useFormAction(matchFeedbackAction);
  const values = form.failed?.values ?? {};
  const reasonError = form.failed?.fields?.reason;
  const hidden = (
    <>
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="challengeId" value={challengeId} />
    </>
  );
  if (state?.action === "SHORTLIST") {
    return (
      <form action={form.action} className="flex items-center gap-3 text-sm">
        {hidden}
        <span className="rounded bg-emerald-100 px-2 py-0.5 font-medium text-emerald-900" data-testid="shortlisted">
          ★ {t("shortlisted")}
        </span>
        <button name="action" value="CLEAR" className="underline" disabled={form.pending}>
          {t("clear")}
        </button>
      </form>
    );
  }
  return (
    <div className="space-y-2">
      <form key={form.attempt} action={form.action} className="flex flex-wrap items-end gap-2 text-sm">
        {hidden}
        <button name="action" value="SHORTLIST" disabled={form.pending} className="rounded bg-brand-600 px-3 py-1.5 text-white">
          {t("shortlist")}
        </button>
        <label className="flex flex-col">
          <span className="text-xs text-slate-600">{t("dismissReason")}</span>
          <select name="reason" defaultValue={values.reason ?? ""} aria-invalid={Boolean(reasonError)} className="rounded border border-slate-300 px-2 py-1">
            <option value="">—</option>
            {DISMISS_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`dismissReasons.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          <span className="text-xs text-slate-600">{t("note")}</span>
          <input name="note" defaultValue={values.note ?? ""} maxLength={1000} className="rounded border border-slate-300 px-2 py-1" />
        </label>
        <button name="action" value="DISMISS" disabled={form.pending} className="rounded border border-slate-300 bg-white px-3 py-1.5">
          {t("dismiss")}
        </button>
      </form>
      {reasonError ? (
        <p role="alert" className="text-sm text-red-800">
          {te(reasonError as "dismissReasonRequired")}
        </p>
      ) : (
        <FormError state={form.state} />
      )}
    </div>
  );
}
