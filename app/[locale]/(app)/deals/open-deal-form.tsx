"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { useFormAction } from "@/components/use-form-action";
import { Link } from "@/i18n/navigation";
import { openDealAction } from "./actions";

/** On an introduced pair in the broker feed: open the deal between the two sides, or go to it. */
export function OpenDealForm({ offerId, challengeId, dealId }: { offerId: string; challengeId: string; dealId: string | null }) {
  const t = useTranslations("deals.open");
  const locale = useLocale();
  const form = useFormAction(openDealAction);
  if (dealId) {
    return (
      <Link href={`/deals/${dealId}`} className="text-sm font-medium" data-testid="deal-link">
        {t("goToDeal")} →
      </Link>
    );
  }
  return (
    <form key={form.attempt} action={form.action} className="flex flex-wrap items-end gap-2 text-sm">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="challengeId" value={challengeId} />
      <label className="flex min-w-64 flex-1 flex-col">
        <span className="text-xs text-slate-600">{t("message")}</span>
        <input name="message" defaultValue={form.failed?.values?.message ?? ""} maxLength={2000} className="rounded border border-slate-300 px-2 py-1" />
      </label>
      <button disabled={form.pending} className="rounded bg-brand-600 px-3 py-1.5 text-white" data-testid="open-deal">
        {t("button")}
      </button>
      <div className="w-full">
        <FormError state={form.state} />
      </div>
    </form>
  );
}
