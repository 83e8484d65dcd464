import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireActor } from "@/lib/server/auth/session";
import { orNotFound } from "@/lib/server/errors/or-not-found";
import { listAllTaxonomy } from "@/lib/server/taxonomy/edit-taxonomy";
import { TermForm } from "./term-form";

export default async function TaxonomyAdminPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "/admin/taxonomy");
  const terms = await orNotFound(listAllTaxonomy({ actor }));
  const t = await getTranslations("taxonomyAdmin");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-slate-600">{t("lead")}</p>
      </header>
      {(["FIELD", "SECTOR"] as const).map((kind) => (
        <section key={kind} className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-2 text-lg font-semibold">{kind === "FIELD" ? t("fields") : t("sectors")}</h2>
          {terms
            .filter((x) => x.kind === kind)
            .map((term) => (
              <TermForm key={term.code} term={term} />
            ))}
        </section>
      ))}
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 text-lg font-semibold">{t("addTitle")}</h2>
        <TermForm />
      </section>
    </div>
  );
}
