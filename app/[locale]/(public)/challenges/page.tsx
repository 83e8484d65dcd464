import { getTranslations, setRequestLocale } from "next-intl/server";
import { SearchPage } from "@/components/listings/search-page";
import { Link } from "@/i18n/navigation";
import { getActor } from "@/lib/server/auth/session";
import { getListingContext } from "@/lib/server/listings/listing-context";
import { searchChallenges } from "@/lib/server/listings/search-listings";
import { listTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";

type Params = Record<string, string | string[]>;

export default async function ChallengesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Params> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const actor = await getActor();
  // The "new listing" button only for those who may list this kind.
  const canList = actor ? (await getListingContext({ actor })).challenge.mode !== "none" : false;
  const [result, taxonomy, t] = await Promise.all([searchChallenges({ actor, params: query }), listTaxonomy(), getTranslations("listing")]);
  return (
    <SearchPage
      kind="challenge"
      pathname="/challenges"
      title={t("challengesTitle")}
      lead={t("challengesLead")}
      params={query}
      result={result}
      taxonomy={taxonomy}
      action={
        canList ? (
          <Link href="/challenges/new" className="rounded bg-brand-600 px-4 py-2 text-white no-underline hover:bg-brand-700">
            {t("newChallenge")}
          </Link>
        ) : null
      }
    />
  );
}
