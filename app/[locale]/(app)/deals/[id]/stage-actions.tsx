"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { useFormAction } from "@/components/use-form-action";
import { CLOSE_REASONS, STANDARD_NDA_CHOICE } from "@/lib/deals/schemas";
import { dealEventAction } from "../actions";

type Props = { dealId: string; version: number; events: string[]; ndaChoice: { id: string; title: string; version: number } | null };

/** The owner's accept (with the NDA choice), and decline / withdraw with a reason. */
export function StageActions({ dealId, version, events, ndaChoice }: Props) {
  const t = useTranslations("deals.actions");
  return (
    <div className="space-y-4" data-testid="stage-actions">
      {events.includes("accept") ? <AcceptForm dealId={dealId} version={version} ndaChoice={ndaChoice} /> : null}
      {events.includes("decline") ? <CloseForm dealId={dealId} version={version} event="decline" label={t("decline")} /> : null}
      {events.includes("withdraw") ? <CloseForm dealId={dealId} version={version} event="withdraw" label={t("withdraw")} /> : null}
    </div>
  );
}

function AcceptForm({ dealId, version, ndaChoice }: Omit<Props, "events">) {
  const t = useTranslations("deals.actions");
  const form = useFormAction(dealEventAction);
  const chosen = form.failed?.values?.ndaTemplateId ?? STANDARD_NDA_CHOICE;
  return (
    <form key={form.attempt} action={form.action} className="space-y-2 rounded border border-emerald-200 bg-emerald-50 p-3 text-sm" data-testid="accept-form">
      <input type="hidden" name="dealId" value={dealId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="event" value="accept" />
      <fieldset>
        <legend className="font-medium">{t("chooseNda")}</legend>
        <label className="mt-1 flex items-center gap-2">
          <input type="radio" name="ndaTemplateId" value={STANDARD_NDA_CHOICE} defaultChecked={chosen === STANDARD_NDA_CHOICE} />
          {t("standardNda")}
        </label>
        {ndaChoice ? (
          <label className="mt-1 flex items-center gap-2">
            <input type="radio" name="ndaTemplateId" value={ndaChoice.id} defaultChecked={chosen === ndaChoice.id} data-testid="own-nda" />
            {t("ownNda", { title: ndaChoice.title, version: ndaChoice.version })}
          </label>
        ) : null}
      </fieldset>
      <button disabled={form.pending} className="rounded bg-emerald-700 px-3 py-1.5 text-white" data-testid="accept-interest">
        {t("accept")}
      </button>
      <FormError state={form.state} />
    </form>
  );
}

function CloseForm({ dealId, version, event, label }: { dealId: string; version: number; event: "decline" | "withdraw"; label: string }) {
  const t = useTranslations("deals");
  const te = useTranslations("errors.fields");
  const form = useFormAction(dealEventAction);
  const v = form.failed?.values ?? {};
  const reasonError = form.failed?.fields?.reason;
  return (
    <form key={form.attempt} action={form.action} className="flex flex-wrap items-end gap-2 rounded border border-slate-200 bg-white p-3 text-sm" data-testid={`${event}-form`}>
      <input type="hidden" name="dealId" value={dealId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="event" value={event} />
      <label className="flex flex-col">
        <span className="text-xs text-slate-600">{t("actions.reason")}</span>
        <select name="reason" defaultValue={v.reason ?? ""} className="rounded border border-slate-300 px-2 py-1" data-testid={`${event}-reason`} aria-invalid={reasonError ? true : undefined}>
          <option value="">{t("actions.chooseReason")}</option>
          {CLOSE_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`reasons.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-48 flex-1 flex-col">
        <span className="text-xs text-slate-600">{t("actions.note")}</span>
        <input name="note" defaultValue={v.note ?? ""} maxLength={1000} className="rounded border border-slate-300 px-2 py-1" />
      </label>
      <button disabled={form.pending} className="rounded border border-red-300 bg-red-50 px-3 py-1.5 text-red-800" data-testid={`${event}-submit`}>
        {label}
      </button>
      {reasonError ? (
        <p role="alert" className="w-full text-red-700">
          {te.has(reasonError) ? te(reasonError) : reasonError}
        </p>
      ) : (
        <div className="w-full">
          <FormError state={form.state} />
        </div>
      )}
    </form>
  );
}
