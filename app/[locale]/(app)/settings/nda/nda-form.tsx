"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { TextAreaField, TextField } from "@/components/form-field";
import { useFormAction } from "@/components/use-form-action";
import { saveNdaTemplateAction } from "../../deals/actions";

/** Paste the organisation's NDA or upload it as .txt/.md; each save is a new version. */
export function NdaForm({ organizationId, defaults }: { organizationId: string; defaults: { title: string; body: string } }) {
  const t = useTranslations("deals.ndaSettings");
  const te = useTranslations("errors.fields");
  const form = useFormAction(saveNdaTemplateAction);
  const v = form.failed?.values ?? defaults;
  const f = form.failed?.fields ?? {};
  return (
    <form key={form.attempt} action={form.action} className="space-y-3" data-testid="nda-template-form">
      <input type="hidden" name="organizationId" value={organizationId} />
      <TextField name="title" label={t("titleField")} defaultValue={v.title} error={f.title} required />
      <TextAreaField name="body" label={t("body")} defaultValue={v.body} error={f.body} rows={12} hint={t("bodyHint")} />
      <label className="block text-sm">
        <span className="font-medium">{t("file")}</span>
        <input type="file" name="file" accept=".txt,.md,text/plain,text/markdown" className="mt-1 block" data-testid="nda-file" />
      </label>
      {f.file ? <p role="alert" className="text-sm text-red-700">{te.has(f.file) ? te(f.file) : f.file}</p> : null}
      <button disabled={form.pending} className="rounded bg-brand-600 px-3 py-1.5 text-white" data-testid="save-nda">
        {t("save")}
      </button>
      {form.state?.ok ? (
        <p role="status" className="text-sm text-emerald-800" data-testid="nda-saved">
          {t("saved")}
        </p>
      ) : null}
      <FormError state={form.state} />
    </form>
  );
}
