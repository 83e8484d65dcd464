import { getTranslations } from "next-intl/server";
import { ListingCard } from "@/components/listings/listing-card";
import { Link } from "@/i18n/navigation";
import { requireActor } from "@/lib/server/auth/session";
import { orNotFound } from "@/lib/server/errors/or-not-found";
import { listMatches } from "@/lib/server/matching/list-matches";
import { FeedbackForm } from "./feedback-form";
import { ReasonList } from "./reason-list";
import { ScoreBar } from "./score-bar";

/** The matches of one listing, for its owners (with feedback), admins and verified intermediaries. */
export async function MatchesPage({ kind, id, locale }: { kind: "offer" | "challenge"; id: string; locale: string }) {
  const base = kind === "offer" ? "/offers" : "/challenges";
  const actor = await requireActor(locale, `${base}/${encodeURIComponent(id)}/matches`);
  const list = await orNotFound(listMatches({ actor, kind, id, top: 20 }));
  const t = await getTranslations("matching");
  return (
    <section className="mx-auto max-w-4xl space-y-5">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href={`${base}/${id}`}>← {t("back")}</Link>
        </p>
        <h1 className="text-2xl font-bold">{kind === "challenge" ? t("forChallenge") : t("forOffer")}</h1>
        <p className="text-lg" lang={list.language}>
          {list.title}
        </p>
        <p className="text-sm text-slate-600">{t("intro")}</p>
        {list.owner ? <p className="text-sm text-slate-600">{t("dismissedNote")}</p> : null}
      </header>
      {list.matches.length === 0 ? <p className="rounded border border-slate-200 bg-white p-5">{t("none")}</p> : null}
      <ol className="space-y-4">
        {list.matches.map((m) => (
          <li key={m.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="match">
            <div className="flex gap-4">
              <div className="min-w-0 flex-1">
                <ListingCard item={m.listing} terms={[]} />
              </div>
              <ScoreBar score={m.score} />
            </div>
            <ReasonList reasons={m.reasons} locale={locale} />
            {list.owner ? (
              <FeedbackForm offerId={kind === "offer" ? id : m.id} challengeId={kind === "offer" ? m.id : id} state={m.feedback} />
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
