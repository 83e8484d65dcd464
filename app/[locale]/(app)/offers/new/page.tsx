import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireActor } from "@/lib/server/auth/session";
import { getListingContext } from "@/lib/server/listings/listing-context";
import { listTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";
import { OfferForm } from "../../listings/offer-form";

export default async function NewOfferPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "/offers/new");
  const [context, taxonomy, t] = await Promise.all([getListingContext({ actor }), listTaxonomy(), getTranslations("listing")]);
  return (
    <section className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("newOffer")}</h1>
      {context.offer.mode === "none" ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-3" role="alert">
          {t("offerNotAllowed")}
        </p>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white p-6">
          <OfferForm initial={{}} taxonomy={taxonomy} labs={context.offer.labs} />
        </div>
      )}
    </section>
  );
}
