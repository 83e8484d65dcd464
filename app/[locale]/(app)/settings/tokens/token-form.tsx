"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { TextField } from "@/components/form-field";
import { useFormAction } from "@/components/use-form-action";
import { createTokenAction } from "./actions";

export function TokenForm() {
  const t = useTranslations("tokens");
  const { state, failed, action, pending, attempt } = useFormAction(createTokenAction);
  return (
    <div className="space-y-3">
      <form key={attempt} action={action} className="flex items-end gap-2" noValidate>
        <div className="flex-1">
          <TextField name="name" label={t("name")} defaultValue={failed?.values?.name} error={failed?.fields?.name} required />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white">
          {t("create")}
        </button>
      </form>
      <FormError state={state} />
      {state?.ok && state.message ? (
        <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" role="status">
          <p>{t("copyNow")}</p>
          <code className="mt-1 block break-all font-mono" data-testid="new-token">
            {state.message}
          </code>
        </div>
      ) : null}
    </div>
  );
}
