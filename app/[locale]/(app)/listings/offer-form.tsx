"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "@/components/form-field";
import { useFormAction } from "@/components/use-form-action";
import { DEAL_TYPES, IP_STATUSES, TRL_LEVELS } from "@/lib/listings/constants";
import type { TaxonomyOption } from "@/lib/server/taxonomy/list-taxonomy";
import { saveOfferAction } from "./save-actions";
import { ClassificationFields, ConfidentialFields, LanguageAndTitle } from "./shared-fields";

type Props = {
  id?: string;
  initial: Record<string, string>;
  taxonomy: { fields: TaxonomyOption[]; sectors: TaxonomyOption[] };
  /** Labs an intermediary may list for; empty when the actor lists for its own lab. */
  labs: { id: string; name: string }[];
};

export function OfferForm({ id, initial, taxonomy, labs }: Props) {
  const t = useTranslations("listing");
  const td = useTranslations("dealTypes");
  const ti = useTranslations("ipStatuses");
  const tt = useTranslations("trl");
  const locale = useLocale();
  const { state, failed, action, pending, attempt } = useFormAction(saveOfferAction);
  const v = failed?.values ?? initial;
  const f = failed?.fields ?? {};
  return (
    <form key={attempt} action={action} className="space-y-6" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormError state={state} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("teaserSection")}</legend>
        {!id && labs.length ? (
          <SelectField name="onBehalfOfOrganizationId" label={t("onBehalfOf")} placeholder={t("chooseOrganization")} defaultValue={v.onBehalfOfOrganizationId} error={f.onBehalfOfOrganizationId} options={labs.map((l) => ({ value: l.id, label: l.name }))} required />
        ) : null}
        <LanguageAndTitle v={v} f={f} />
        <TextAreaField name="summary" label={t("summary")} defaultValue={v.summary} error={f.summary} required />
        <TextField name="titleTranslated" label={t("titleTranslated")} defaultValue={v.titleTranslated} error={f.titleTranslated} />
        <TextAreaField name="summaryTranslated" label={t("summaryTranslated")} defaultValue={v.summaryTranslated} error={f.summaryTranslated} rows={3} />
        <TextAreaField name="application" label={t("application")} defaultValue={v.application} error={f.application} rows={2} />
        <TextAreaField name="targetCustomers" label={t("targetCustomers")} defaultValue={v.targetCustomers} error={f.targetCustomers} rows={2} />
        <SelectField
          name="trl"
          label={t("trlLabel")}
          placeholder={t("trlLabel")}
          defaultValue={v.trl}
          error={f.trl}
          options={TRL_LEVELS.map((l) => ({ value: String(l), label: `${l} — ${tt(String(l) as "1")}` }))}
          required
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="ipStatus" label={t("ipStatus")} placeholder={t("ipStatus")} defaultValue={v.ipStatus || "NONE"} error={f.ipStatus} options={IP_STATUSES.map((s) => ({ value: s, label: ti(s) }))} />
          <TextField name="patentNumbers" label={t("patentNumbers")} hint={t("listHint")} defaultValue={v.patentNumbers} error={f.patentNumbers} />
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="stateFunded" defaultChecked={v.stateFunded === "on" || v.stateFunded === "true"} />
          {t("stateFunded")}
        </label>
        <CheckboxGroup name="dealTypes" label={t("dealTypes")} defaultValue={v.dealTypes} error={f.dealTypes} options={DEAL_TYPES.map((d) => ({ value: d, label: td(d) }))} />
      </fieldset>
      <ClassificationFields v={v} f={f} taxonomy={taxonomy} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("businessSection")}</legend>
        <TextAreaField name="marketSize" label={t("marketSize")} defaultValue={v.marketSize} error={f.marketSize} rows={2} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="unitCost" label={t("unitCost")} defaultValue={v.unitCost} error={f.unitCost} />
          <TextField name="askingPriceVnd" label={t("askingPrice")} hint={t("amountHint")} defaultValue={v.askingPriceVnd} error={f.askingPriceVnd} />
        </div>
        <TextField name="efficiencyGain" label={t("efficiencyGain")} defaultValue={v.efficiencyGain} error={f.efficiencyGain} />
        <TextField name="investmentNeeded" label={t("investmentNeeded")} defaultValue={v.investmentNeeded} error={f.investmentNeeded} />
      </fieldset>
      <ConfidentialFields v={v} f={f} />
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {id ? t("saveChanges") : t("saveDraft")}
      </button>
    </form>
  );
}
