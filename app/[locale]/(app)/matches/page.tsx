import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListingCard } from "@/components/listings/listing-card";
import { isAppError } from "@/lib/errors";
import { requireActor } from "@/lib/server/auth/session";
import { dealsFromIntroductions } from "@/lib/server/deals/open-deal";
import { listBrokerFeed, type BrokerFeed } from "@/lib/server/matching/broker-feed";
import { OpenDealForm } from "../deals/open-deal-form";
import { IntroduceForm } from "./introduce-form";
import { ReasonList } from "./reason-list";
import { ScoreBar } from "./score-bar";

/** The intermediary's feed of new high-scoring pairs to broker. */
export default async function MatchesFeedPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "/matches");
  const t = await getTranslations("matching.feed");
  let feed: BrokerFeed | null = null;
  try {
    feed = await listBrokerFeed({ actor });
  } catch (err) {
    if (!isAppError(err) || (err.code !== "FORBIDDEN" && err.code !== "NOT_FOUND")) throw err;
  }
  const deals = feed ? await dealsFromIntroductions({ actor }) : new Map<string, string>();
  return (
    <section className="mx-auto max-w-5xl space-y-5">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {!feed ? (
        <p className="rounded border border-slate-200 bg-white p-5" data-testid="not-broker">
          {t("notBroker")}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-600">{t("intro", { org: feed.organization.name })}</p>
          {feed.servesAll ? <p className="text-sm text-slate-600">{t("servesAll")}</p> : null}
          {feed.pairs.length === 0 ? <p className="rounded border border-slate-200 bg-white p-5">{t("none")}</p> : null}
          <ol className="space-y-4">
            {feed.pairs.map((p) => (
              <li key={`${p.offer.id}:${p.challenge.id}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="pair">
                <div className="flex items-start gap-4">
                  <div className="grid min-w-0 flex-1 gap-3 md:grid-cols-2">
                    <div>
                      <p className="mb-1 text-xs font-semibold uppercase text-slate-500">{t("challenge")}</p>
                      <ListingCard item={p.challenge} terms={[]} />
                    </div>
                    <div>
                      <p className="mb-1 text-xs font-semibold uppercase text-slate-500">{t("offer")}</p>
                      <ListingCard item={p.offer} terms={[]} />
                    </div>
                  </div>
                  <ScoreBar score={p.score} />
                </div>
                <ReasonList reasons={p.reasons} locale={locale} />
                {p.introducedAt ? (
                  <div className="space-y-2">
                    <p className="text-sm font-medium text-emerald-900" data-testid="introduced">
                      ✓ {t("introduced")}
                    </p>
                    <OpenDealForm offerId={p.offer.id} challengeId={p.challenge.id} dealId={deals.get(`${p.offer.id}:${p.challenge.id}`) ?? null} />
                  </div>
                ) : (
                  <IntroduceForm offerId={p.offer.id} challengeId={p.challenge.id} />
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
