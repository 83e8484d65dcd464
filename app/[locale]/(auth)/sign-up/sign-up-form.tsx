"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { SelectField, TextField } from "@/components/form-field";
import { useFormAction } from "@/components/use-form-action";
import { INTERMEDIARY_TYPES, ORGANIZATION_KINDS } from "@/lib/accounts/schemas";
import { PROVINCES } from "@/lib/geo/provinces";
import { signUpAction } from "../actions";

type Props = { organizations: { id: string; name: string }[] };

export function SignUpForm({ organizations }: Props) {
  const t = useTranslations("auth");
  const tk = useTranslations("orgKinds");
  const ti = useTranslations("intermediaryTypes");
  const locale = useLocale();
  const { state, failed, action, pending, attempt } = useFormAction(signUpAction);
  const v = failed?.values ?? {};
  const f = failed?.fields ?? {};
  const [mode, setMode] = useState(v.orgMode ?? "create");
  const [kind, setKind] = useState(v.orgKind ?? "");
  const choose = t("choose");
  return (
    <form key={attempt} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormError state={state} />
      <TextField name="name" autoComplete="name" label={t("name")} defaultValue={v.name} error={f.name} required />
      <TextField name="email" type="email" autoComplete="email" label={t("email")} defaultValue={v.email} error={f.email} required />
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("password")}
        hint={t("passwordHint")}
        defaultValue={v.password}
        error={f.password}
        required
      />
      <fieldset className="space-y-4 rounded border border-slate-200 p-4">
        <legend className="px-1 text-sm font-medium">{t("organization")}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["create", "join"] as const).map((m) => (
            <label key={m} className="flex items-center gap-2">
              <input type="radio" name="orgMode" value={m} checked={mode === m} onChange={() => setMode(m)} />
              {m === "create" ? t("orgModeCreate") : t("orgModeJoin")}
            </label>
          ))}
        </div>
        {mode === "create" ? (
          <>
            <TextField name="orgName" autoComplete="organization" label={t("orgName")} defaultValue={v.orgName} error={f.orgName} required />
            <SelectField
              name="orgKind"
              label={t("orgKind")}
              placeholder={choose}
              defaultValue={v.orgKind}
              error={f.orgKind}
              onChange={setKind}
              options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: tk(k) }))}
              required
            />
            {kind === "INTERMEDIARY" ? (
              <SelectField
                name="intermediaryType"
                label={t("intermediaryType")}
                placeholder={choose}
                defaultValue={v.intermediaryType}
                error={f.intermediaryType}
                options={INTERMEDIARY_TYPES.map((k) => ({ value: k, label: ti(k) }))}
                required
              />
            ) : null}
            <SelectField
              name="orgProvince"
              label={t("orgProvince")}
              placeholder={choose}
              defaultValue={v.orgProvince}
              error={f.orgProvince}
              options={PROVINCES.map((p) => ({ value: p.code, label: locale === "en" ? p.en : p.vi }))}
              required
            />
            <TextField name="orgWebsite" type="url" label={t("orgWebsite")} defaultValue={v.orgWebsite} error={f.orgWebsite} />
          </>
        ) : (
          <>
            <SelectField
              name="organizationId"
              label={t("organizationToJoin")}
              placeholder={choose}
              defaultValue={v.organizationId}
              error={f.organizationId}
              options={organizations.map((o) => ({ value: o.id, label: o.name }))}
              required
            />
            <p className="text-sm text-slate-600">{t("joinNote")}</p>
          </>
        )}
      </fieldset>
      <button type="submit" disabled={pending} className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t("submitting") : t("submitSignUp")}
      </button>
    </form>
  );
}
