"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { Link } from "@/i18n/navigation";
import { importAction, type ImportState } from "./actions";

// Input field → its label key under "listing".
const LABELS: Record<string, string> = {
  askingPriceVnd: "askingPrice",
  trl: "trlLabel",
  sectorCodes: "sectors",
  fieldCodes: "fields",
  onBehalfOfOrganization: "onBehalfOf",
  budgetMinVnd: "budgetMin",
  budgetMaxVnd: "budgetMax",
  ipStatus: "ipStatus",
};

export function ImportWizard({ canOffers, canChallenges }: { canOffers: boolean; canChallenges: boolean }) {
  const t = useTranslations("import");
  const tf = useTranslations("errors.fields");
  const tl = useTranslations("listing");
  const [state, action, pending] = useActionState<ImportState, FormData>(importAction, { step: "start" });
  const fieldLabel = (f: string) => {
    const key = LABELS[f] ?? f;
    return tl.has(key as "title") ? tl(key as "title") : f;
  };

  if (state.step === "done") {
    const r = state.result;
    return (
      <div className="space-y-3" role="status" data-testid="import-done">
        <p className="font-medium">{t("done", { created: r.created, updated: r.updated, published: r.published, skipped: r.skipped })}</p>
        <Link href="/dashboard">{t("toDashboard")}</Link>
      </div>
    );
  }
  if (state.step === "preview") {
    const p = state.preview;
    return (
      <div className="space-y-4">
        <p data-testid="import-summary">{t("summary", { file: p.fileName, valid: p.valid, invalid: p.invalid })}</p>
        {p.unknownColumns.length ? <p className="text-sm text-amber-800">{t("unknownColumns", { columns: p.unknownColumns.join(", ") })}</p> : null}
        <table className="w-full border-collapse bg-white text-sm" data-testid="import-preview">
          <thead>
            <tr className="border-b border-slate-200 text-left">
              <th className="p-2">{t("line")}</th>
              <th className="p-2">{tl("title")}</th>
              <th className="p-2">{t("outcome")}</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.slice(0, 500).map((r) => (
              <tr key={r.line} className={`border-b border-slate-100 ${r.action === "skip" ? "bg-red-50" : ""}`}>
                <td className="p-2">{r.line}</td>
                <td className="p-2">{r.title || "—"}</td>
                <td className="p-2">
                  {r.action === "skip" ? (
                    <ul className="list-disc pl-4 text-red-800">
                      {Object.entries(r.errors).map(([field, key]) => (
                        <li key={field}>
                          {fieldLabel(field)}: {tf.has(key as "tooLong") ? tf(key as "tooLong") : key}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    t(r.action)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {p.rows.length > 500 ? <p className="text-sm text-slate-600">{t("moreRows", { count: p.rows.length - 500 })}</p> : null}
        <FormError state={state.error ?? null} />
        <form action={action} className="flex flex-wrap items-center gap-4">
          <input type="hidden" name="step" value="confirm" />
          <input type="hidden" name="batchId" value={p.batchId} />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="publish" /> {t("publishToo")}
          </label>
          <button type="submit" disabled={pending || p.valid === 0} className="rounded bg-brand-600 px-4 py-2 text-white disabled:opacity-60">
            {t("confirm", { count: p.valid })}
          </button>
          <Link href="/import">{t("startOver")}</Link>
        </form>
      </div>
    );
  }
  const fileError = state.error?.fields?.file ?? state.error?.fields?.kind;
  return (
    <form action={action} className="space-y-4">
      <FormError state={state.error ?? null} />
      <fieldset>
        <legend className="text-sm font-medium">{t("kind")}</legend>
        <div className="mt-1 flex gap-4 text-sm">
          {canOffers ? (
            <label className="flex items-center gap-2">
              <input type="radio" name="kind" value="offer" defaultChecked /> {tl("offersTitle")}
            </label>
          ) : null}
          {canChallenges ? (
            <label className="flex items-center gap-2">
              <input type="radio" name="kind" value="challenge" defaultChecked={!canOffers} /> {tl("challengesTitle")}
            </label>
          ) : null}
        </div>
      </fieldset>
      <div>
        <label htmlFor="file" className="block text-sm font-medium">
          {t("file")}
        </label>
        <input id="file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="mt-1 block text-sm" />
        {fileError ? (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {tf(fileError as "tooLong")}
          </p>
        ) : null}
        <p className="mt-1 text-sm text-slate-600">
          {t("hint")}{" "}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a file download from a route handler, not a page */}
          {canOffers ? <a href="/api/v1/import/template/offers">{t("templateOffers")}</a> : null}
          {canOffers && canChallenges ? " · " : null}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a file download from a route handler, not a page */}
          {canChallenges ? <a href="/api/v1/import/template/challenges">{t("templateChallenges")}</a> : null}
        </p>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white disabled:opacity-60">
        {pending ? t("checking") : t("preview")}
      </button>
    </form>
  );
}
