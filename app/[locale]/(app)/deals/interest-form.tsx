"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { SelectField, TextAreaField, TextField } from "@/components/form-field";
import { useFormAction } from "@/components/use-form-action";
import { Link } from "@/i18n/navigation";
import { expressInterestAction } from "./actions";

type Props = {
  kind: "offer" | "challenge";
  listingId: string;
  dealTypes: string[];
  organizations: { id: string; name: string }[];
  openDealId: string | null;
};

/** On a listing page, for members of other organisations: send an interest, or go to the deal already open. */
export function InterestForm({ kind, listingId, dealTypes, organizations, openDealId }: Props) {
  const t = useTranslations("deals.interest");
  const tt = useTranslations("dealTypes");
  const locale = useLocale();
  const form = useFormAction(expressInterestAction);
  if (openDealId) {
    return (
      <aside className="rounded-lg border border-brand-100 bg-brand-50 p-5 text-sm" data-testid="existing-deal">
        <p>{t("alreadyOpen")}</p>
        <Link href={`/deals/${openDealId}`} className="mt-2 inline-block font-medium" data-testid="existing-deal-link">
          {t("goToDeal")} →
        </Link>
      </aside>
    );
  }
  const v = form.failed?.values ?? {};
  const f = form.failed?.fields ?? {};
  return (
    <aside className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-5">
      <h2 className="font-semibold">{kind === "offer" ? t("titleOffer") : t("titleChallenge")}</h2>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      <form key={form.attempt} action={form.action} className="space-y-3" data-testid="interest-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="listingKind" value={kind} />
        <input type="hidden" name="listingId" value={listingId} />
        {organizations.length > 1 ? (
          <SelectField name="organizationId" label={t("organization")} placeholder={t("choose")} options={organizations.map((o) => ({ value: o.id, label: o.name }))} defaultValue={v.organizationId ?? organizations[0]!.id} error={f.organizationId} />
        ) : (
          <input type="hidden" name="organizationId" value={organizations[0]?.id ?? ""} />
        )}
        <TextAreaField name="message" label={t("message")} defaultValue={v.message} error={f.message} required rows={4} hint={t("messageHint")} />
        {dealTypes.length ? (
          <SelectField name="dealType" label={t("dealType")} placeholder={t("anyDealType")} options={dealTypes.map((d) => ({ value: d, label: tt(d as "LICENSE") }))} defaultValue={v.dealType} error={f.dealType} />
        ) : null}
        <TextField name="timing" label={t("timing")} defaultValue={v.timing} error={f.timing} hint={t("timingHint")} />
        <button disabled={form.pending} className="w-full rounded bg-brand-600 px-3 py-2 font-medium text-white" data-testid="send-interest">
          {t("send")}
        </button>
        <FormError state={form.state} />
      </form>
    </aside>
  );
}
