import { getTranslations, setRequestLocale } from "next-intl/server";
import { SearchPage } from "@/components/listings/search-page";
import { Link } from "@/i18n/navigation";
import { getActor } from "@/lib/server/auth/session";
import { getListingContext } from "@/lib/server/listings/listing-context";
import { searchOffers } from "@/lib/server/listings/search-listings";
import { listTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";

type Params = Record<string, string | string[]>;

export default async function OffersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Params> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const actor = await getActor();
  // The "new listing" button only for those who may list this kind.
  const canList = actor ? (await getListingContext({ actor })).offer.mode !== "none" : false;
  const [result, taxonomy, t] = await Promise.all([searchOffers({ actor, params: query }), listTaxonomy(), getTranslations("listing")]);
  return (
    <SearchPage
      kind="offer"
      pathname="/offers"
      title={t("offersTitle")}
      lead={t("offersLead")}
      params={query}
      result={result}
      taxonomy={taxonomy}
      action={
        canList ? (
          <Link href="/offers/new" className="rounded bg-brand-600 px-4 py-2 text-white no-underline hover:bg-brand-700">
            {t("newOffer")}
          </Link>
        ) : null
      }
    />
  );
}
