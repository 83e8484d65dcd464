"use client";

import { useLocale, useTranslations } from "next-intl";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "@/components/form-field";
import { NATIONWIDE, PROVINCES } from "@/lib/geo/provinces";
import type { TaxonomyOption } from "@/lib/server/taxonomy/list-taxonomy";

type Values = Record<string, string | undefined>;

/** Language and title fields, the same on offers and challenges. */
export function LanguageAndTitle({ v, f }: { v: Values; f: Values }) {
  const t = useTranslations("listing");
  const locale = useLocale();
  return (
    <>
      <SelectField name="language" label={t("language")} placeholder={t("language")} defaultValue={v.language || locale} error={f.language} options={[{ value: "vi", label: t("languageVi") }, { value: "en", label: t("languageEn") }]} required />
      <TextField name="title" label={t("title")} defaultValue={v.title} error={f.title} required />
    </>
  );
}

/** Province, technology fields and sectors. */
export function ClassificationFields({ v, f, taxonomy }: { v: Values; f: Values; taxonomy: { fields: TaxonomyOption[]; sectors: TaxonomyOption[] } }) {
  const t = useTranslations("listing");
  const choose = useTranslations("auth")("choose");
  const locale = useLocale();
  const name = (o: TaxonomyOption) => (locale === "en" ? o.nameEn : o.nameVi);
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{t("classificationSection")}</legend>
      <SelectField name="province" label={t("province")} placeholder={choose} defaultValue={v.province} error={f.province} options={[NATIONWIDE, ...PROVINCES].map((p) => ({ value: p.code, label: locale === "en" ? p.en : p.vi }))} required />
      <CheckboxGroup name="fieldCodes" label={t("fields")} defaultValue={v.fieldCodes} error={f.fieldCodes} options={taxonomy.fields.map((o) => ({ value: o.code, label: name(o) }))} />
      <CheckboxGroup name="sectorCodes" label={t("sectors")} defaultValue={v.sectorCodes} error={f.sectorCodes} columns={3} options={taxonomy.sectors.map((o) => ({ value: o.code, label: name(o) }))} />
    </fieldset>
  );
}

/** Confidential details and the owner's own reference. */
export function ConfidentialFields({ v, f }: { v: Values; f: Values }) {
  const t = useTranslations("listing");
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{t("confidentialSection")}</legend>
      <TextAreaField name="confidentialDetails" label={t("confidentialDetails")} defaultValue={v.confidentialDetails} error={f.confidentialDetails} />
      <TextField name="externalRef" label={t("externalRef")} defaultValue={v.externalRef} error={f.externalRef} />
    </fieldset>
  );
}
