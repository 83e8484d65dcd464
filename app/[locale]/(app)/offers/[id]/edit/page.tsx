import { getTranslations, setRequestLocale } from "next-intl/server";
import { offerFormValues } from "@/lib/listings/form-values";
import { requireActor } from "@/lib/server/auth/session";
import { orNotFound } from "@/lib/server/errors/or-not-found";
import { getOfferForEdit } from "@/lib/server/listings/get-for-edit";
import { listTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";
import { OfferForm } from "../../../listings/offer-form";

export default async function EditOfferPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, `/offers/${encodeURIComponent(id)}/edit`);
  const offer = await orNotFound(getOfferForEdit({ actor, id }));
  const [taxonomy, t] = await Promise.all([listTaxonomy(), getTranslations("listing")]);
  return (
    <section className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("editOffer")}</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <OfferForm id={offer.id} initial={offerFormValues(offer)} taxonomy={taxonomy} labs={[]} />
      </div>
    </section>
  );
}
