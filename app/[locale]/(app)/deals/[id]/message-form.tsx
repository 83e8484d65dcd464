"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { useFormAction } from "@/components/use-form-action";
import { ATTACHMENT_ACCEPT } from "@/lib/deals/attachments";
import { postMessageAction } from "../actions";

/** A message with up to three files; after an error the text stays (files must be chosen again, browsers do not allow refilling them). */
export function MessageForm({ dealId }: { dealId: string }) {
  const t = useTranslations("deals.thread");
  const te = useTranslations("errors.fields");
  const form = useFormAction(postMessageAction);
  const f = form.failed?.fields ?? {};
  return (
    <form key={form.attempt} action={form.action} className="space-y-2" data-testid="message-form">
      <input type="hidden" name="dealId" value={dealId} />
      <label className="block text-sm font-medium" htmlFor="deal-message-body">
        {t("write")}
      </label>
      <textarea
        id="deal-message-body"
        name="body"
        rows={3}
        maxLength={5000}
        defaultValue={form.failed?.values?.body ?? ""}
        aria-invalid={f.body ? true : undefined}
        className="block w-full rounded border border-slate-300 px-3 py-2"
        data-testid="message-body"
      />
      {f.body ? <p role="alert" className="text-sm text-red-700">{te.has(f.body) ? te(f.body) : f.body}</p> : null}
      <label className="block text-sm">
        <span className="text-slate-600">{t("files")}</span>
        <input type="file" name="files" multiple accept={ATTACHMENT_ACCEPT} className="mt-1 block text-sm" data-testid="message-files" aria-invalid={f.files ? true : undefined} />
      </label>
      {f.files ? <p role="alert" className="text-sm text-red-700" data-testid="files-error">{te.has(f.files) ? te(f.files) : f.files}</p> : null}
      <button disabled={form.pending} className="rounded bg-brand-600 px-3 py-1.5 text-white" data-testid="send-message">
        {t("send")}
      </button>
      {!f.body && !f.files ? <FormError state={form.state} /> : null}
    </form>
  );
}
