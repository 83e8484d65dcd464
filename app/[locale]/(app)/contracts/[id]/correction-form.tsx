"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { TextAreaField } from "@/components/form-field";
import { useFormAction } from "@/components/use-form-action";
import { correctContractAction } from "../actions";
import { TermsFields, type OrgOption } from "../terms-fields";

type Props = {
  contractId: string;
  version: number;
  initial: Record<string, string>;
  lockedParties?: { supplier: { name: string; country: string }; recipient: { name: string; country: string } };
  organizations?: OrgOption[];
};

/** A correction: the full corrected terms and why; it becomes the next version. */
export function CorrectionForm({ contractId, version, initial, lockedParties, organizations }: Props) {
  const t = useTranslations("contracts.detail");
  const { state, failed, action, pending, attempt } = useFormAction(correctContractAction);
  const v = failed?.values ?? initial;
  const f = failed?.fields ?? {};
  return (
    <form key={attempt} action={action} className="space-y-6" noValidate data-testid="correction-form">
      <input type="hidden" name="contractId" value={contractId} />
      <input type="hidden" name="expectedVersion" value={String(version)} />
      {state?.ok ? (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="correction-ok">
          {t("corrected")}
        </p>
      ) : (
        <FormError state={state} />
      )}
      <TermsFields v={v} f={f} lockedParties={lockedParties} organizations={organizations} />
      <TextAreaField name="reason" label={t("reason")} defaultValue={v.reason} error={f.reason} rows={2} required />
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white" data-testid="correction-submit">
        {t("saveCorrection")}
      </button>
    </form>
  );
}
