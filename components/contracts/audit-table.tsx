import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

type Entry = {
  id: string;
  entityType: string;
  action: string;
  actor: { name: string };
  organization: { name: string } | null;
  before: unknown;
  after: unknown;
  createdAt: string;
  contractId?: string | null;
  dealId?: string | null;
};

/** Audit entries: when, who for which organisation, what, and the before/after record. */
export function AuditTable({ entries, showLinks = false }: { entries: Entry[]; showLinks?: boolean }) {
  const t = useTranslations("contracts.audit");
  const format = useFormatter();
  if (!entries.length) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <table className="w-full border-collapse bg-white text-sm" data-testid="audit-table">
      <thead>
        <tr className="border-b border-slate-200 text-left">
          <th className="p-2">{t("when")}</th>
          <th className="p-2">{t("who")}</th>
          <th className="p-2">{t("what")}</th>
          <th className="p-2">{t("record")}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => {
          const key = `actions.${e.action.replace(/\./g, "_")}`;
          return (
            <tr key={e.id} className="border-b border-slate-100 align-top" data-testid="audit-entry" data-action={e.action}>
              <td className="whitespace-nowrap p-2">{format.dateTime(new Date(e.createdAt), { dateStyle: "short", timeStyle: "short" })}</td>
              <td className="p-2">
                {e.actor.name}
                {e.organization ? <div className="text-slate-500">{e.organization.name}</div> : null}
              </td>
              <td className="p-2">
                {t.has(key) ? t(key as "actions.contract_created") : e.action}
                {showLinks && e.contractId ? (
                  <div>
                    <Link href={`/contracts/${e.contractId}`}>{t("openContract")}</Link>
                  </div>
                ) : showLinks && e.dealId ? (
                  <div>
                    <Link href={`/deals/${e.dealId}`}>{t("openDeal")}</Link>
                  </div>
                ) : null}
              </td>
              <td className="p-2">
                {e.before || e.after ? (
                  <details>
                    <summary className="cursor-pointer">{t("show")}</summary>
                    {e.before ? (
                      <>
                        <p className="mt-1 text-xs font-semibold">{t("before")}</p>
                        <pre className="max-w-xl overflow-x-auto whitespace-pre-wrap text-xs">{JSON.stringify(e.before, null, 1)}</pre>
                      </>
                    ) : null}
                    {e.after ? (
                      <>
                        <p className="mt-1 text-xs font-semibold">{t("after")}</p>
                        <pre className="max-w-xl overflow-x-auto whitespace-pre-wrap text-xs">{JSON.stringify(e.after, null, 1)}</pre>
                      </>
                    ) : null}
                  </details>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
