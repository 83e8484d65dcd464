"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "@/components/form-field";
import { useFormAction } from "@/components/use-form-action";
import { PROVINCES } from "@/lib/geo/provinces";
import { DEAL_TYPES, TRL_LEVELS } from "@/lib/listings/constants";
import type { TaxonomyOption } from "@/lib/server/taxonomy/list-taxonomy";
import { saveChallengeAction } from "./save-actions";

type Props = { id?: string; initial: Record<string, string>; taxonomy: { fields: TaxonomyOption[]; sectors: TaxonomyOption[] } };

export function ChallengeForm({ id, initial, taxonomy }: Props) {
  const t = useTranslations("listing");
  const td = useTranslations("dealTypes");
  const tt = useTranslations("trl");
  const locale = useLocale();
  const choose = useTranslations("auth")("choose");
  const { state, failed, action, pending, attempt } = useFormAction(saveChallengeAction);
  const v = failed?.values ?? initial;
  const f = failed?.fields ?? {};
  const name = (o: TaxonomyOption) => (locale === "en" ? o.nameEn : o.nameVi);
  return (
    <form key={attempt} action={action} className="space-y-6" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormError state={state} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("teaserSection")}</legend>
        <SelectField name="language" label={t("language")} placeholder={t("language")} defaultValue={v.language || locale} error={f.language} options={[{ value: "vi", label: t("languageVi") }, { value: "en", label: t("languageEn") }]} required />
        <TextField name="title" label={t("title")} defaultValue={v.title} error={f.title} required />
        <TextAreaField name="problem" label={t("problem")} defaultValue={v.problem} error={f.problem} required />
        <TextField name="titleTranslated" label={t("titleTranslated")} defaultValue={v.titleTranslated} error={f.titleTranslated} />
        <TextAreaField name="problemTranslated" label={t("problemTranslated")} defaultValue={v.problemTranslated} error={f.problemTranslated} rows={3} />
        <TextAreaField name="desiredOutcome" label={t("desiredOutcome")} defaultValue={v.desiredOutcome} error={f.desiredOutcome} rows={2} />
        <SelectField
          name="minTrl"
          label={t("minTrl")}
          placeholder={t("minTrl")}
          defaultValue={v.minTrl}
          error={f.minTrl}
          options={TRL_LEVELS.map((l) => ({ value: String(l), label: `${l} — ${tt(String(l) as "1")}` }))}
          required
        />
        <TextField name="deadline" type="date" label={t("deadline")} defaultValue={v.deadline} error={f.deadline} />
        <CheckboxGroup name="dealTypes" label={t("dealTypes")} defaultValue={v.dealTypes} error={f.dealTypes} options={DEAL_TYPES.map((d) => ({ value: d, label: td(d) }))} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("classificationSection")}</legend>
        <SelectField name="province" label={t("province")} placeholder={choose} defaultValue={v.province} error={f.province} options={PROVINCES.map((p) => ({ value: p.code, label: locale === "en" ? p.en : p.vi }))} required />
        <CheckboxGroup name="fieldCodes" label={t("fields")} defaultValue={v.fieldCodes} error={f.fieldCodes} options={taxonomy.fields.map((o) => ({ value: o.code, label: name(o) }))} />
        <CheckboxGroup name="sectorCodes" label={t("sectors")} defaultValue={v.sectorCodes} error={f.sectorCodes} columns={3} options={taxonomy.sectors.map((o) => ({ value: o.code, label: name(o) }))} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("businessSection")}</legend>
        <TextAreaField name="constraints" label={t("constraints")} defaultValue={v.constraints} error={f.constraints} rows={2} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="budgetMinVnd" label={t("budgetMin")} hint={t("amountHint")} defaultValue={v.budgetMinVnd} error={f.budgetMinVnd} />
          <TextField name="budgetMaxVnd" label={t("budgetMax")} hint={t("amountHint")} defaultValue={v.budgetMaxVnd} error={f.budgetMaxVnd} />
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("confidentialSection")}</legend>
        <TextAreaField name="confidentialDetails" label={t("confidentialDetails")} defaultValue={v.confidentialDetails} error={f.confidentialDetails} />
        <TextField name="externalRef" label={t("externalRef")} defaultValue={v.externalRef} error={f.externalRef} />
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {id ? t("saveChanges") : t("saveDraft")}
      </button>
    </form>
  );
}
