"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "@/components/form-field";
import { useFormAction } from "@/components/use-form-action";
import { DEAL_TYPES, TRL_LEVELS } from "@/lib/listings/constants";
import type { TaxonomyOption } from "@/lib/server/taxonomy/list-taxonomy";
import { saveChallengeAction } from "./save-actions";
import { ClassificationFields, ConfidentialFields, LanguageAndTitle } from "./shared-fields";

type Props = { id?: string; initial: Record<string, string>; taxonomy: { fields: TaxonomyOption[]; sectors: TaxonomyOption[] } };

export function ChallengeForm({ id, initial, taxonomy }: Props) {
  const t = useTranslations("listing");
  const td = useTranslations("dealTypes");
  const tt = useTranslations("trl");
  const locale = useLocale();
  const { state, failed, action, pending, attempt } = useFormAction(saveChallengeAction);
  const v = failed?.values ?? initial;
  const f = failed?.fields ?? {};
  return (
    <form key={attempt} action={action} className="space-y-6" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormError state={state} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("teaserSection")}</legend>
        <LanguageAndTitle v={v} f={f} />
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
      <ClassificationFields v={v} f={f} taxonomy={taxonomy} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("businessSection")}</legend>
        <TextAreaField name="constraints" label={t("constraints")} defaultValue={v.constraints} error={f.constraints} rows={2} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="budgetMinVnd" label={t("budgetMin")} hint={t("amountHint")} defaultValue={v.budgetMinVnd} error={f.budgetMinVnd} />
          <TextField name="budgetMaxVnd" label={t("budgetMax")} hint={t("amountHint")} defaultValue={v.budgetMaxVnd} error={f.budgetMaxVnd} />
        </div>
      </fieldset>
      <ConfidentialFields v={v} f={f} />
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {id ? t("saveChanges") : t("saveDraft")}
      </button>
    </form>
  );
}
