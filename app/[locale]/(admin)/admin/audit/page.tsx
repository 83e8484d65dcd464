import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditTable } from "@/components/contracts/audit-table";
import { Link } from "@/i18n/navigation";
import { listRecentAudit } from "@/lib/server/audit/list-recent-audit";
import { requireActor } from "@/lib/server/auth/session";
import { orNotFound } from "@/lib/server/errors/or-not-found";

const TYPES = ["deal", "nda", "message", "proposal", "contract", "milestone"] as const;

/** Recent audit entries across deals, NDAs and contracts (admins only; others 404). */
export default async function AdminAuditPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string; type?: string }> }) {
  const { locale } = await params;
  const sp = await searchParams;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "/admin/audit");
  const type = TYPES.find((x) => x === sp.type) ?? null;
  const result = await orNotFound(listRecentAudit({ actor, page: Number(sp.page) || 1, entityType: type }));
  const t = await getTranslations("contracts.audit");
  const query = (page: number) => ({ pathname: "/admin/audit", query: { ...(type ? { type } : {}), ...(page > 1 ? { page: String(page) } : {}) } });
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("adminTitle")}</h1>
        <p className="text-slate-600">{t("adminLead")}</p>
      </header>
      <nav className="flex flex-wrap gap-3 text-sm" aria-label={t("filter")}>
        <Link href="/admin/audit" aria-current={type ? undefined : "page"}>
          {t("allTypes")}
        </Link>
        {TYPES.map((x) => (
          <Link key={x} href={{ pathname: "/admin/audit", query: { type: x } }} aria-current={type === x ? "page" : undefined}>
            {t(`types.${x}`)}
          </Link>
        ))}
      </nav>
      <AuditTable entries={result.items} showLinks />
      <p className="flex gap-4 text-sm">
        {result.page > 1 ? <Link href={query(result.page - 1)}>← {t("newer")}</Link> : null}
        {result.hasMore ? <Link href={query(result.page + 1)}>{t("older")} →</Link> : null}
      </p>
    </div>
  );
}
