"use client";

import { useTranslations } from "next-intl";
import { TextAreaField, TextField, SelectField } from "@/components/form-field";
import { FormError } from "@/components/form-error";
import { useFormAction } from "@/components/use-form-action";
import { DEAL_TYPES } from "@/lib/listings/constants";
import { dealEventAction, proposeTermsAction } from "../actions";

export type ProposalDefaults = Partial<Record<"dealType" | "exclusive" | "priceVnd" | "royaltyPct" | "territory" | "durationMonths" | "milestones" | "note", string>>;

/** A new proposal or a counter, prefilled with the latest terms; what the user typed survives an error. */
export function ProposalForm({ dealId, version, defaults }: { dealId: string; version: number; defaults: ProposalDefaults }) {
  const t = useTranslations("deals.terms");
  const tt = useTranslations("dealTypes");
  const form = useFormAction(proposeTermsAction);
  const v = { ...defaults, ...(form.failed?.values ?? {}) };
  const f = form.failed?.fields ?? {};
  return (
    <form key={form.attempt} action={form.action} className="grid gap-3 sm:grid-cols-2" data-testid="proposal-form">
      <input type="hidden" name="dealId" value={dealId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <SelectField name="dealType" label={t("dealType")} placeholder={t("choose")} options={DEAL_TYPES.map((d) => ({ value: d, label: tt(d) }))} defaultValue={v.dealType} error={f.dealType} required />
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input type="checkbox" name="exclusive" defaultChecked={v.exclusive === "on" || v.exclusive === "true"} />
        {t("exclusive")}
      </label>
      <TextField name="priceVnd" label={t("priceVnd")} defaultValue={v.priceVnd} error={f.priceVnd} hint={t("priceHint")} />
      <TextField name="royaltyPct" label={t("royaltyPct")} defaultValue={v.royaltyPct} error={f.royaltyPct} />
      <TextField name="territory" label={t("territory")} defaultValue={v.territory} error={f.territory} required />
      <TextField name="durationMonths" label={t("durationMonths")} defaultValue={v.durationMonths} error={f.durationMonths} />
      <div className="sm:col-span-2">
        <TextAreaField name="milestones" label={t("milestones")} defaultValue={v.milestones} error={f.milestones} hint={t("milestonesHint")} rows={3} />
      </div>
      <div className="sm:col-span-2">
        <TextAreaField name="note" label={t("note")} defaultValue={v.note} error={f.note} rows={2} />
      </div>
      <div className="space-y-2 sm:col-span-2">
        <button disabled={form.pending} className="rounded bg-brand-600 px-3 py-1.5 text-white" data-testid="submit-proposal">
          {t("submit")}
        </button>
        <FormError state={form.state} />
      </div>
    </form>
  );
}

/** "Accept these terms": the other side's latest proposal, at the version the actor saw. */
export function AgreeForm({ dealId, version, proposalId }: { dealId: string; version: number; proposalId: string }) {
  const t = useTranslations("deals.terms");
  const form = useFormAction(dealEventAction);
  return (
    <form key={form.attempt} action={form.action} className="space-y-2">
      <input type="hidden" name="dealId" value={dealId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="event" value="agree" />
      <input type="hidden" name="proposalId" value={proposalId} />
      <button disabled={form.pending} className="rounded bg-emerald-700 px-3 py-1.5 text-white" data-testid="agree-terms">
        {t("agree")}
      </button>
      <FormError state={form.state} />
    </form>
  );
}
