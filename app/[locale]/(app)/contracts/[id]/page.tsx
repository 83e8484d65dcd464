import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AuditTable } from "@/components/contracts/audit-table";
import { DirectionBadge } from "@/components/contracts/direction-badge";
import { Link } from "@/i18n/navigation";
import { formatVnd } from "@/lib/listings/money";
import { requireActor } from "@/lib/server/auth/session";
import { getContract, type ContractTerms, type ContractView } from "@/lib/server/contracts/get-contract";
import { orNotFound } from "@/lib/server/errors/or-not-found";
import { listOrganizationNames } from "@/lib/server/organizations/list-organization-names";
import { CorrectionForm } from "./correction-form";
import { MilestoneForm } from "./milestone-form";

/** The current terms as the correction form's defaults. */
function formValuesOf(c: ContractView): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(c)) {
    if (v === null || v === undefined || typeof v === "object") continue;
    out[k] = typeof v === "boolean" ? (v ? "on" : "") : String(v);
  }
  return out;
}

export default async function ContractPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, `/contracts/${encodeURIComponent(id)}`);
  const c = await orNotFound(getContract({ actor, id }));
  const [t, tf, tt, ts, format] = await Promise.all([
    getTranslations("contracts.detail"),
    getTranslations("contracts.fields"),
    getTranslations("contracts.types"),
    getTranslations("contracts.milestoneStatus"),
    getFormatter(),
  ]);
  const organizations = c.canCorrect && !c.dealId ? await listOrganizationNames() : [];
  const date = (iso: string | null) => (iso ? format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "—");
  const show = (field: keyof ContractTerms, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (field === "valueVnd") return formatVnd(String(value), locale);
    if (field === "type") return tt(value as "KNOW_HOW");
    if (field === "stateFunded") return value ? t("yes") : t("no");
    if (field === "signedAt" || field === "rateDate" || field === "registrationDate") return date(String(value));
    return String(value);
  };
  const row = (label: string, value: React.ReactNode, testId?: string) => (
    <div className="grid grid-cols-3 gap-2 border-b border-slate-100 py-1.5">
      <dt className="text-slate-600">{label}</dt>
      <dd className="col-span-2" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  return (
    <article className="mx-auto max-w-4xl space-y-8" data-testid="contract-page">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/contracts">← {t("back")}</Link>
        </p>
        <h1 className="text-3xl font-bold" data-testid="contract-title">
          {c.title}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <DirectionBadge direction={c.direction} />
          <span>{tt(c.type as "KNOW_HOW")}</span>
          <span className="text-slate-500" data-testid="contract-version">
            {t("version", { version: c.currentVersion })}
          </span>
          {c.dealId ? <Link href={`/deals/${c.dealId}`}>{t("deal")}</Link> : null}
        </p>
      </header>

      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <dl className="text-sm">
          {row(tf("supplierName"), `${c.supplierName} (${c.supplierCountry})`, "contract-supplier")}
          {row(tf("recipientName"), `${c.recipientName} (${c.recipientCountry})`, "contract-recipient")}
          {row(tf("intermediaryOrgId"), c.intermediaryName ?? "—")}
          {row(tf("valueVnd"), show("valueVnd", c.valueVnd), "contract-value")}
          {c.currency ? row(tf("currency"), t("foreign", { amount: c.foreignAmount ?? "", currency: c.currency, rate: c.exchangeRate ?? "", date: date(c.rateDate) })) : null}
          {row(tf("signedAt"), date(c.signedAt))}
          {row(tf("termMonths"), c.termMonths ? t("months", { n: c.termMonths }) : "—")}
          {row(tf("royaltyPct"), c.royaltyPct ? `${c.royaltyPct}%${c.royaltyNote ? ` — ${c.royaltyNote}` : ""}` : show("royaltyNote", c.royaltyNote))}
          {row(tf("stateFunded"), show("stateFunded", c.stateFunded))}
          {row(tf("registrationNumber"), c.registrationNumber ? `${c.registrationNumber} (${date(c.registrationDate)})` : t("notRegistered"))}
        </dl>
      </section>

      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t("milestones")}</h2>
        <ol className="space-y-3" data-testid="milestones">
          {c.milestones.map((m) => (
            <li
              key={m.id}
              className={`space-y-2 rounded-lg border bg-white p-4 ${m.overdue ? "border-red-300" : "border-slate-200"}`}
              data-testid="milestone"
              data-status={m.status}
              data-overdue={m.overdue ? "true" : "false"}
            >
              <div className="flex flex-wrap items-baseline gap-3">
                <span className="font-medium">
                  {m.position}. {m.title}
                </span>
                <span className="text-sm text-slate-600">{t("due", { date: date(m.dueDate) })}</span>
                {m.amountVnd ? <span className="text-sm">{formatVnd(m.amountVnd, locale)}</span> : null}
                <span className={`rounded px-2 py-0.5 text-xs font-semibold ${m.status === "DONE" ? "bg-emerald-100 text-emerald-900" : m.overdue ? "bg-red-100 text-red-900" : "bg-slate-100"}`} data-testid="milestone-status">
                  {m.overdue ? t("overdue") : ts(m.status)}
                </span>
              </div>
              {m.status === "DONE" ? (
                <p className="text-sm text-slate-700" data-testid="milestone-evidence-text">
                  {t("doneBy", { name: m.doneBy?.name ?? "?", date: m.doneAt ? format.dateTime(new Date(m.doneAt), { dateStyle: "medium" }) : "" })}: {m.evidence}
                </p>
              ) : c.isParty ? (
                <MilestoneForm contractId={c.id} milestoneId={m.id} />
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t("versions")}</h2>
        <ol className="space-y-2 text-sm" data-testid="versions">
          {[...c.versions].reverse().map((v) => (
            <li key={v.version} className="rounded border border-slate-200 bg-white p-3" data-testid="version" data-version={v.version}>
              <p>
                <span className="font-semibold">{t("version", { version: v.version })}</span> · {format.dateTime(new Date(v.createdAt), { dateStyle: "medium", timeStyle: "short" })} · {v.changedBy.name}
                {v.changedByOrg ? ` (${v.changedByOrg.name})` : ""}
              </p>
              {v.reason ? <p className="text-slate-700">{t("reasonIs", { reason: v.reason })}</p> : <p className="text-slate-500">{t("original")}</p>}
              {v.changes.length ? (
                <ul className="mt-1 list-disc pl-5">
                  {v.changes.map((ch) => (
                    <li key={ch.field}>
                      {tf(ch.field)}: {show(ch.field, ch.before)} → {show(ch.field, ch.after)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      {c.canCorrect ? (
        <details className="rounded-lg border border-slate-200 bg-white p-5" data-testid="correction">
          <summary className="cursor-pointer font-semibold">{t("correct")}</summary>
          <p className="my-3 text-sm text-slate-600">{t("correctLead")}</p>
          <CorrectionForm
            contractId={c.id}
            version={c.currentVersion}
            initial={formValuesOf(c)}
            lockedParties={c.dealId ? { supplier: { name: c.supplierName, country: c.supplierCountry }, recipient: { name: c.recipientName, country: c.recipientCountry } } : undefined}
            organizations={organizations}
          />
        </details>
      ) : null}

      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t("auditLog")}</h2>
        <AuditTable entries={c.audit} />
      </section>
    </article>
  );
}
