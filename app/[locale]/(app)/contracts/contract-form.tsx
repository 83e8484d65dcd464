"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { SelectField } from "@/components/form-field";
import { useFormAction } from "@/components/use-form-action";
import { MAX_MILESTONES } from "@/lib/contracts/schemas";
import { createContractAction } from "./actions";
import { TermsFields, type OrgOption } from "./terms-fields";

type Props = {
  idempotencyKey: string;
  initial: Record<string, string>;
  milestones: { title: string; dueDate: string; amountVnd: string }[];
  deal?: { id: string; version: number; supplier: { name: string; country: string }; recipient: { name: string; country: string } };
  organizations?: OrgOption[];
  /** Direct entry: the intermediaries the actor may record for (admins may leave it empty). */
  intermediaries?: { id: string; name: string }[];
  intermediaryOptional?: boolean;
};

const SPARE_ROWS = 3;

/** A new contract: from an agreed deal (parties fixed) or signed elsewhere. Keeps what was typed after an error. */
export function ContractForm({ idempotencyKey, initial, milestones, deal, organizations, intermediaries = [], intermediaryOptional }: Props) {
  const t = useTranslations("contracts.form");
  const te = useTranslations("errors.fields");
  const locale = useLocale();
  const { state, failed, action, pending, attempt } = useFormAction(createContractAction);
  const prefill: Record<string, string> = { ...initial };
  milestones.forEach((m, i) => {
    prefill[`milestones.${i}.title`] = m.title;
    prefill[`milestones.${i}.dueDate`] = m.dueDate;
    prefill[`milestones.${i}.amountVnd`] = m.amountVnd;
  });
  const v = failed?.values ?? prefill;
  const f = failed?.fields ?? {};
  const typedRows = Object.keys(v).map((k) => /^milestones\.(\d+)\./.exec(k)?.[1]).filter(Boolean).map(Number);
  const rows = Math.min(MAX_MILESTONES, Math.max(milestones.length + SPARE_ROWS, ...typedRows.map((i) => i + 1)));
  return (
    <form key={attempt} action={action} className="space-y-6" noValidate data-testid="contract-form">
      <input type="hidden" name="locale" value={locale} />
      {/* The same key on every retry of this form: the server makes one contract of them. */}
      <input type="hidden" name="idempotencyKey" value={v.idempotencyKey ?? idempotencyKey} />
      {deal ? (
        <>
          <input type="hidden" name="dealId" value={deal.id} />
          <input type="hidden" name="dealVersion" value={String(deal.version)} />
        </>
      ) : null}
      <FormError state={state} />
      {!deal && (intermediaries.length > 1 || intermediaryOptional) ? (
        <SelectField
          name="intermediaryOrgId"
          label={t("intermediary")}
          placeholder={intermediaryOptional ? t("noIntermediary") : t("choose")}
          defaultValue={v.intermediaryOrgId}
          error={f.intermediaryOrgId}
          options={intermediaries.map((o) => ({ value: o.id, label: o.name }))}
        />
      ) : null}
      <TermsFields v={v} f={f} lockedParties={deal ? { supplier: deal.supplier, recipient: deal.recipient } : undefined} organizations={organizations} />
      <fieldset className="space-y-3" data-testid="milestone-rows">
        <legend className="text-lg font-semibold">{t("milestonesSection")}</legend>
        <p className="text-sm text-slate-600">{t("milestonesHint")}</p>
        {f.milestones ? (
          <p role="alert" className="text-sm text-red-700">
            {te(f.milestones as "tooLong")}
          </p>
        ) : null}
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left">
              <th className="p-1">{t("milestoneTitle")}</th>
              <th className="p-1">{t("dueDate")}</th>
              <th className="p-1">{t("amountVnd")}</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, i) => (
              <tr key={i} className="align-top" data-testid="milestone-row">
                {(["title", "dueDate", "amountVnd"] as const).map((field) => {
                  const name = `milestones.${i}.${field}`;
                  const error = f[name];
                  return (
                    <td key={field} className="p-1">
                      <input
                        name={name}
                        type={field === "dueDate" ? "date" : "text"}
                        aria-label={`${t(field === "title" ? "milestoneTitle" : field)} ${i + 1}`}
                        defaultValue={v[name] ?? ""}
                        aria-invalid={error ? true : undefined}
                        className={`block w-full rounded border px-2 py-1 ${error ? "border-red-600" : "border-slate-300"}`}
                      />
                      {error ? (
                        <p role="alert" className="mt-1 text-xs text-red-700">
                          {te.has(error) ? te(error as "tooLong") : error}
                        </p>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white" data-testid="contract-submit">
        {pending ? t("saving") : t("submit")}
      </button>
    </form>
  );
}
