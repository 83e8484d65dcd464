import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireActor } from "@/lib/server/auth/session";
import { orNotFound } from "@/lib/server/errors/or-not-found";
import { getOrganizationForEdit } from "@/lib/server/organizations/get-organization-for-edit";
import { OrganizationForm } from "./organization-form";

export default async function OrganizationSettingsPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, `/settings/organizations/${encodeURIComponent(id)}`);
  const org = await orNotFound(getOrganizationForEdit({ actor, id }));
  const t = await getTranslations("orgSettings");
  return (
    <section className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-slate-600">{t("lead")}</p>
      </header>
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <OrganizationForm org={org} />
      </div>
    </section>
  );
}
