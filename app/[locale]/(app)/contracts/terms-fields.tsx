"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/form-field";
import { CONTRACT_TYPES } from "@/lib/contracts/schemas";

export type OrgOption = { id: string; name: string; country?: string };
type Side = "supplier" | "recipient";

type Props = {
  v: Record<string, string | undefined>;
  f: Record<string, string>;
  /** From a deal the parties are fixed: shown, not edited. */
  lockedParties?: Record<Side, { name: string; country: string }>;
  organizations?: OrgOption[];
};

/** The terms every version of a contract holds; shared by the new-contract and correction forms. */
export function TermsFields({ v, f, lockedParties, organizations = [] }: Props) {
  const t = useTranslations("contracts.form");
  const tt = useTranslations("contracts.types");
  return (
    <>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("termsSection")}</legend>
        <TextField name="title" label={t("title")} defaultValue={v.title} error={f.title} required />
        <SelectField name="type" label={t("type")} placeholder={t("choose")} defaultValue={v.type} error={f.type} options={CONTRACT_TYPES.map((c) => ({ value: c, label: tt(c) }))} required />
      </fieldset>
      <fieldset className="space-y-4" data-testid="contract-parties">
        <legend className="text-lg font-semibold">{t("partiesSection")}</legend>
        {(["supplier", "recipient"] as const).map((side) =>
          lockedParties ? (
            <p key={side} className="text-sm" data-testid={`contract-${side}`}>
              <span className="font-medium">{t(side)}:</span> {lockedParties[side].name} ({lockedParties[side].country})
            </p>
          ) : (
            <div key={side} className="grid gap-3 rounded border border-slate-200 p-3 sm:grid-cols-3">
              <p className="font-medium sm:col-span-3">{t(side)}</p>
              <SelectField
                name={`${side}OrgId`}
                label={t("platformOrg")}
                placeholder={t("notOnPlatform")}
                defaultValue={v[`${side}OrgId`]}
                error={f[`${side}OrgId`]}
                options={organizations.map((o) => ({ value: o.id, label: o.country ? `${o.name} (${o.country})` : o.name }))}
              />
              <TextField name={`${side}Name`} label={t("partyName")} hint={t("partyNameHint")} defaultValue={v[`${side}Name`]} error={f[`${side}Name`]} />
              <TextField name={`${side}Country`} label={t("country")} hint={t("countryHint")} defaultValue={v[`${side}Country`]} error={f[`${side}Country`]} />
            </div>
          ),
        )}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("valueSection")}</legend>
        <TextField name="valueVnd" label={t("valueVnd")} hint={t("valueVndHint")} defaultValue={v.valueVnd} error={f.valueVnd} required />
        <div className="grid gap-4 sm:grid-cols-4">
          <TextField name="currency" label={t("currency")} hint={t("currencyHint")} defaultValue={v.currency} error={f.currency} />
          <TextField name="foreignAmount" label={t("foreignAmount")} defaultValue={v.foreignAmount} error={f.foreignAmount} />
          <TextField name="exchangeRate" label={t("exchangeRate")} hint={t("exchangeRateHint")} defaultValue={v.exchangeRate} error={f.exchangeRate} />
          <TextField type="date" name="rateDate" label={t("rateDate")} defaultValue={v.rateDate} error={f.rateDate} />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField type="date" name="signedAt" label={t("signedAt")} defaultValue={v.signedAt} error={f.signedAt} required />
          <TextField name="termMonths" label={t("termMonths")} defaultValue={v.termMonths} error={f.termMonths} />
          <TextField name="royaltyPct" label={t("royaltyPct")} defaultValue={v.royaltyPct} error={f.royaltyPct} />
        </div>
        <TextField name="royaltyNote" label={t("royaltyNote")} defaultValue={v.royaltyNote} error={f.royaltyNote} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="stateFunded" defaultChecked={v.stateFunded === "on" || v.stateFunded === "true"} />
          {t("stateFunded")}
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="registrationNumber" label={t("registrationNumber")} hint={t("registrationHint")} defaultValue={v.registrationNumber} error={f.registrationNumber} />
          <TextField type="date" name="registrationDate" label={t("registrationDate")} defaultValue={v.registrationDate} error={f.registrationDate} />
        </div>
      </fieldset>
    </>
  );
}
