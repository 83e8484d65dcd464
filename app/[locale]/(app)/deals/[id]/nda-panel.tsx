"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { useFormAction } from "@/components/use-form-action";
import { acceptNdaAction } from "../actions";

/** The partner reads the NDA text and accepts exactly that text (its hash goes with the form). */
export function AcceptNdaForm({ dealId, version, textSha256 }: { dealId: string; version: number; textSha256: string }) {
  const t = useTranslations("deals.nda");
  const form = useFormAction(acceptNdaAction);
  return (
    <form key={form.attempt} action={form.action} className="space-y-2">
      <input type="hidden" name="dealId" value={dealId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="textSha256" value={textSha256} />
      <p className="text-sm text-slate-700">{t("acceptHint")}</p>
      <button disabled={form.pending} className="rounded bg-brand-600 px-4 py-2 font-medium text-white" data-testid="accept-nda">
        {t("accept")}
      </button>
      <FormError state={form.state} />
    </form>
  );
}
