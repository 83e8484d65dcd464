"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/form-error";
import { useFormAction } from "@/components/use-form-action";
import { Link } from "@/i18n/navigation";
import { changeStatusAction, grantAccessAction, revokeAccessAction } from "./actions";

type Props = {
  kind: "offer" | "challenge";
  id: string;
  status: string;
  expired: boolean;
  completeness: { score: number; missing: string[] };
  grants: { organizationId: string; name: string }[];
  organizations: { id: string; name: string }[];
};

const ACTIONS: Record<string, ("publish" | "close" | "archive" | "renew")[]> = {
  DRAFT: ["publish", "archive"],
  PUBLISHED: ["renew", "close", "archive"],
  CLOSED: ["publish", "archive"],
  ARCHIVED: [],
};

/** What the owner sees on its own listing: completeness, status actions, confidential access. */
export function OwnerPanel({ kind, id, status, expired, completeness, grants, organizations }: Props) {
  const t = useTranslations("listing");
  const tc = useTranslations("completenessFields");
  const te = useTranslations("errors.fields");
  const statusForm = useFormAction(changeStatusAction);
  const grantForm = useFormAction(grantAccessAction);
  const base = kind === "offer" ? "/offers" : "/challenges";
  const fieldErrors = Object.values(statusForm.failed?.fields ?? {});
  const tm = useTranslations("matching");
  const to = useTranslations("outcomes");
  return (
    <aside className="space-y-5 rounded-lg border border-brand-100 bg-brand-50 p-5" data-testid="owner-panel">
      {/* Drafts too: the owner sees who the listing would reach before publishing it. */}
      {status === "PUBLISHED" || status === "DRAFT" ? (
        <Link href={`${base}/${id}/matches`} className="block rounded bg-brand-600 px-3 py-2 text-center text-sm font-medium text-white no-underline" data-testid="see-matches">
          {tm("viewMatches")}
        </Link>
      ) : null}
      <Link href={`${base}/${id}/outcomes`} className="block rounded border border-brand-600 bg-white px-3 py-2 text-center text-sm font-medium no-underline" data-testid="see-outcomes">
        {to("listing.link")}
      </Link>
      <div>
        <p className="font-medium">{t("completeness", { score: completeness.score })}</p>
        <div className="mt-1 h-2 rounded bg-white" aria-hidden>
          <div className="h-2 rounded bg-brand-600" style={{ width: `${completeness.score}%` }} />
        </div>
        <p className="mt-2 text-sm">
          {completeness.missing.length ? `${t("missing")} ${completeness.missing.map((m) => tc(m as "application")).join(", ")}` : t("complete")}
        </p>
      </div>
      {status !== "ARCHIVED" ? (
        <form action={statusForm.action} className="flex flex-wrap gap-2">
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="id" value={id} />
          <Link href={`${base}/${id}/edit`} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm no-underline">
            {t("edit")}
          </Link>
          {ACTIONS[status]!.filter((a) => a !== "renew" || expired || status === "PUBLISHED").map((a) => (
            <button
              key={a}
              name="action"
              value={a}
              disabled={statusForm.pending}
              className={`rounded px-3 py-1.5 text-sm ${a === "publish" ? "bg-brand-600 text-white" : "border border-slate-300 bg-white"}`}
            >
              {t(a)}
            </button>
          ))}
        </form>
      ) : null}
      <FormError state={statusForm.state} />
      {fieldErrors.length ? (
        <ul className="list-disc pl-5 text-sm text-red-800" role="alert">
          {fieldErrors.map((key) => (
            <li key={key}>{te(key as "dealTypeRequired")}</li>
          ))}
        </ul>
      ) : null}
      <div>
        <h2 className="font-medium">{t("accessTitle")}</h2>
        {grants.length === 0 ? <p className="text-sm text-slate-600">{t("noGrants")}</p> : null}
        <ul className="mt-1 space-y-1 text-sm">
          {grants.map((g) => (
            <li key={g.organizationId} className="flex items-center gap-2">
              <span>{g.name}</span>
              <form action={revokeAccessAction}>
                <input type="hidden" name="kind" value={kind} />
                <input type="hidden" name="id" value={id} />
                <input type="hidden" name="organizationId" value={g.organizationId} />
                <button className="text-red-800 underline">{t("revoke")}</button>
              </form>
            </li>
          ))}
        </ul>
        {status !== "ARCHIVED" ? (
          <form key={grantForm.attempt} action={grantForm.action} className="mt-2 flex gap-2">
            <input type="hidden" name="kind" value={kind} />
            <input type="hidden" name="id" value={id} />
            <label htmlFor="grant-org" className="sr-only">
              {t("chooseOrganization")}
            </label>
            <select id="grant-org" name="organizationId" defaultValue="" className="flex-1 rounded border border-slate-300 px-2 py-1 text-sm">
              <option value="">{t("chooseOrganization")}</option>
              {organizations
                .filter((o) => !grants.some((g) => g.organizationId === o.id))
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
            </select>
            <button className="rounded border border-slate-300 bg-white px-3 py-1 text-sm">{t("grant")}</button>
          </form>
        ) : null}
        <FormError state={grantForm.state} />
      </div>
    </aside>
  );
}
