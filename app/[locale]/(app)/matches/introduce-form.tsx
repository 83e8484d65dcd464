"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { useFormAction } from "@/components/use-form-action";
import { introduceAction } from "./actions";

/** A broker introduces the two sides of a pair; both owners are notified. */
export function IntroduceForm({ offerId, challengeId }: { offerId: string; challengeId: string }) {
  const t = useTranslations("matching.feed");
  const form = useFormAction(introduceAction);
  if (form.state?.ok) {
    return (
      <p role="status" className="text-sm font-medium text-emerald-900" data-testid="introduced">
        {t("introduced")}
      </p>
    );
  }
  return (
    <form key={form.attempt} action={form.action} className="flex flex-wrap items-end gap-2 text-sm">
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="challengeId" value={challengeId} />
      <label className="flex min-w-64 flex-1 flex-col">
        <span className="text-xs text-slate-600">{t("message")}</span>
        <input name="message" defaultValue={form.failed?.values?.message ?? ""} maxLength={1000} className="rounded border border-slate-300 px-2 py-1" />
      </label>
      <button disabled={form.pending} className="rounded bg-brand-600 px-3 py-1.5 text-white">
        {t("introduce")}
      </button>
      <div className="w-full">
        <FormError state={form.state} />
      </div>
    </form>
  );
}
