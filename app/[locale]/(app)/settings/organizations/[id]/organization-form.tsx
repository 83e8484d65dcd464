"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { SelectField, TextAreaField, TextField } from "@/components/form-field";
import { useFormAction } from "@/components/use-form-action";
import { INTERMEDIARY_TYPES } from "@/lib/accounts/schemas";
import { PROVINCES } from "@/lib/geo/provinces";
import type { EditableOrganization } from "@/lib/server/organizations/get-organization-for-edit";
import { updateOrganizationAction } from "./actions";

function asFormValues(org: EditableOrganization): Record<string, string> {
  const { servedRegions, ...rest } = org;
  const out: Record<string, string> = { servedRegions: servedRegions.join(",") };
  for (const [k, value] of Object.entries(rest)) out[k] = value ?? "";
  return out;
}

export function OrganizationForm({ org }: { org: EditableOrganization }) {
  const t = useTranslations("orgSettings");
  const ta = useTranslations("auth");
  const ti = useTranslations("intermediaryTypes");
  const locale = useLocale();
  const { state, failed, action, pending, attempt } = useFormAction(updateOrganizationAction);
  // After a failure the form shows what was submitted; otherwise the saved profile.
  const v: Record<string, string> = failed?.values ?? asFormValues(org);
  const f = failed?.fields ?? {};
  const regions = new Set((v.servedRegions ?? "").split(",").filter(Boolean));
  const provinceLabel = (p: (typeof PROVINCES)[number]) => (locale === "en" ? p.en : p.vi);
  return (
    <form key={attempt} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="organizationId" value={org.id} />
      <FormError state={state} />
      {state?.ok ? (
        <p role="status" className="rounded border border-brand-100 bg-brand-50 px-3 py-2 text-sm">
          {t("saved")}
        </p>
      ) : null}
      <TextField name="name" label={ta("orgName")} defaultValue={v.name} error={f.name} required />
      <SelectField
        name="province"
        label={ta("orgProvince")}
        placeholder={ta("choose")}
        defaultValue={v.province}
        error={f.province}
        options={PROVINCES.map((p) => ({ value: p.code, label: provinceLabel(p) }))}
        required
      />
      <TextField name="website" type="url" label={ta("orgWebsite")} defaultValue={v.website} error={f.website} />
      <TextAreaField name="description" label={t("description")} defaultValue={v.description} error={f.description} />
      <fieldset className="grid gap-4 rounded border border-slate-200 p-4 sm:grid-cols-3">
        <legend className="px-1 text-sm font-medium">{t("privateDetails")}</legend>
        <TextField name="contactEmail" type="email" label={t("contactEmail")} defaultValue={v.contactEmail} error={f.contactEmail} />
        <TextField name="contactPhone" label={t("contactPhone")} defaultValue={v.contactPhone} error={f.contactPhone} />
        <TextField name="taxCode" label={t("taxCode")} defaultValue={v.taxCode} error={f.taxCode} />
      </fieldset>
      {org.kind === "INTERMEDIARY" ? (
        <fieldset className="space-y-4 rounded border border-slate-200 p-4">
          <legend className="px-1 text-sm font-medium">{t("brokering")}</legend>
          <SelectField
            name="intermediaryType"
            label={ta("intermediaryType")}
            placeholder={ta("choose")}
            defaultValue={v.intermediaryType}
            error={f.intermediaryType}
            options={INTERMEDIARY_TYPES.map((k) => ({ value: k, label: ti(k) }))}
            required
          />
          <div>
            <p className="text-sm font-medium">{t("servedRegions")}</p>
            <div className="mt-2 grid grid-cols-2 gap-1 text-sm sm:grid-cols-4">
              {PROVINCES.map((p) => (
                <label key={p.code} className="flex items-center gap-2">
                  <input type="checkbox" name="servedRegions" value={p.code} defaultChecked={regions.has(p.code)} />
                  {provinceLabel(p)}
                </label>
              ))}
            </div>
          </div>
        </fieldset>
      ) : null}
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? ta("submitting") : t("save")}
      </button>
    </form>
  );
}
