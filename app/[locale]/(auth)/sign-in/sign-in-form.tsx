"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { TextField } from "@/components/form-field";
import { useFormAction } from "@/components/use-form-action";
import { signInAction } from "../actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const { state, failed, action, pending, attempt } = useFormAction(signInAction);
  return (
    <form key={attempt} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FormError state={state} />
      <TextField name="email" type="email" autoComplete="email" label={t("email")} defaultValue={failed?.values?.email} error={failed?.fields?.email} required />
      <TextField name="password" type="password" autoComplete="current-password" label={t("password")} error={failed?.fields?.password} required />
      <button type="submit" disabled={pending} className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t("submitting") : t("submitSignIn")}
      </button>
    </form>
  );
}
