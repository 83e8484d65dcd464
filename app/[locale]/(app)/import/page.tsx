import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireActor } from "@/lib/server/auth/session";
import { getListingContext } from "@/lib/server/listings/listing-context";
import { ImportWizard } from "./import-wizard";

export default async function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "/import");
  const [context, t] = await Promise.all([getListingContext({ actor }), getTranslations("import")]);
  const canOffers = context.offer.mode !== "none";
  const canChallenges = context.challenge.mode !== "none";
  return (
    <section className="mx-auto max-w-4xl space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-slate-600">{t("lead")}</p>
      </header>
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        {canOffers || canChallenges ? <ImportWizard canOffers={canOffers} canChallenges={canChallenges} /> : <p role="alert">{t("notAllowed")}</p>}
      </div>
    </section>
  );
}
