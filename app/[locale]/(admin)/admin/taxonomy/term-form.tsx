"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { useFormAction } from "@/components/use-form-action";
import { saveTermAction } from "./actions";

type Term = { code: string; kind: string; nameVi: string; nameEn: string; synonyms: string[]; active: boolean };

/** One row of the taxonomy editor (mode "update"), or the form that adds a term (mode "create"). */
export function TermForm({ term }: { term?: Term }) {
  const t = useTranslations("taxonomyAdmin");
  const tf = useTranslations("errors.fields");
  const { state, failed, action, pending, attempt } = useFormAction(saveTermAction);
  const v = failed?.values ?? (term ? { ...term, synonyms: term.synonyms.join(", "), active: term.active ? "on" : "" } : { active: "on" });
  const f = failed?.fields ?? {};
  const input = "w-full rounded border border-slate-300 px-2 py-1 text-sm";
  const err = (k: string) => (f[k] ? <span className="text-xs text-red-700">{tf(f[k] as "tooLong")}</span> : null);
  return (
    <form key={attempt} action={action} className="grid items-start gap-2 border-b border-slate-100 py-2 sm:grid-cols-[10rem_1fr_1fr_1.5fr_auto_auto]" data-testid={`term-${term?.code ?? "new"}`}>
      <input type="hidden" name="mode" value={term ? "update" : "create"} />
      {term ? (
        <>
          <input type="hidden" name="code" value={term.code} />
          <code className="text-xs">{term.code}</code>
        </>
      ) : (
        <div className="space-y-1">
          <input name="code" aria-label={t("code")} placeholder={t("code")} defaultValue={v.code} className={input} />
          {err("code")}
          <select name="kind" aria-label={t("kind")} defaultValue={v.kind ?? "SECTOR"} className={input}>
            <option value="FIELD">{t("field")}</option>
            <option value="SECTOR">{t("sector")}</option>
          </select>
        </div>
      )}
      <div>
        <input name="nameVi" aria-label={t("nameVi")} defaultValue={v.nameVi} className={input} />
        {err("nameVi")}
      </div>
      <div>
        <input name="nameEn" aria-label={t("nameEn")} defaultValue={v.nameEn} className={input} />
        {err("nameEn")}
      </div>
      <div>
        <input name="synonyms" aria-label={t("synonyms")} defaultValue={v.synonyms} className={input} />
        {err("synonyms")}
      </div>
      <label className="flex items-center gap-1 text-sm">
        <input type="checkbox" name="active" defaultChecked={v.active === "on" || v.active === "true"} /> {t("active")}
      </label>
      <div>
        <button disabled={pending} className="rounded bg-brand-600 px-3 py-1 text-sm text-white">
          {term ? t("save") : t("add")}
        </button>
        {state?.ok ? <span className="ml-2 text-xs text-green-800">✓</span> : null}
      </div>
      <div className="sm:col-span-6">
        <FormError state={state} />
      </div>
    </form>
  );
}
