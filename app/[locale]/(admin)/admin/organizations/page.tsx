import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { provinceName } from "@/lib/geo/provinces";
import { requireActor } from "@/lib/server/auth/session";
import { orNotFound } from "@/lib/server/errors/or-not-found";
import { listOrganizationsForAdmin } from "@/lib/server/organizations/list-organizations-for-admin";
import { setVerificationAction } from "./actions";

export default async function AdminOrganizationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "/admin/organizations");
  const rows = await orNotFound(listOrganizationsForAdmin({ actor }));
  const t = await getTranslations("admin");
  const tk = await getTranslations("orgKinds");
  const tv = await getTranslations("verification");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("organizationsTitle")}</h1>
        <p className="text-slate-600">{t("organizationsLead")}</p>
        <p className="mt-1 text-sm">
          <Link href="/admin/taxonomy">{t("taxonomyLink")}</Link>
          {" · "}
          <Link href="/admin/audit" data-testid="admin-audit-link">
            {t("auditLink")}
          </Link>
        </p>
      </header>
      {rows.length === 0 ? <p>{t("empty")}</p> : null}
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left">
            <th className="p-2">{t("name")}</th>
            <th className="p-2">{t("members")}</th>
            <th className="p-2">{t("status")}</th>
            <th className="p-2">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id} className="border-b border-slate-100 align-top">
              <td className="p-2">
                <div className="font-medium">{o.name}</div>
                <div className="text-slate-500">
                  {tk(o.kind as "UNIVERSITY")} · {provinceName(o.province, locale)}
                  {o.website ? (
                    <>
                      {" · "}
                      <a href={o.website} rel="noopener noreferrer nofollow" target="_blank">
                        {o.website}
                      </a>
                    </>
                  ) : null}
                </div>
              </td>
              <td className="p-2">{o.memberCount}</td>
              <td className="p-2">{tv(o.verificationStatus as "PENDING")}</td>
              <td className="p-2">
                <form action={setVerificationAction} className="flex flex-wrap gap-2">
                  <input type="hidden" name="organizationId" value={o.id} />
                  {o.verificationStatus !== "VERIFIED" ? (
                    <button name="status" value="VERIFIED" className="rounded bg-brand-600 px-3 py-1 text-white">
                      {t("verify")}
                    </button>
                  ) : null}
                  {o.verificationStatus !== "REJECTED" ? (
                    <button name="status" value="REJECTED" className="rounded border border-red-300 px-3 py-1 text-red-800">
                      {t("reject")}
                    </button>
                  ) : null}
                  {o.verificationStatus !== "PENDING" ? (
                    <button name="status" value="PENDING" className="rounded border border-slate-300 px-3 py-1">
                      {t("reset")}
                    </button>
                  ) : null}
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
