import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { provinceName } from "@/lib/geo/provinces";
import type { ChallengeView, OfferView } from "@/lib/listings/views";
import { DealTypeChips } from "./chips";
import { Highlighted } from "./highlighted";
import { TrlBadge } from "./trl-badge";

/** A search result: the teaser only, with the matched words marked. */
export function ListingCard({ item, terms }: { item: OfferView | ChallengeView; terms: string[] }) {
  const t = useTranslations("listing");
  const locale = useLocale();
  // Show the text in the reader's language when the owner gave a translation.
  const translated = item.language !== locale && item.titleTranslated;
  const title = translated ? item.titleTranslated! : item.title;
  const body =
    item.kind === "offer"
      ? (translated && item.summaryTranslated) || item.summary
      : (translated && item.problemTranslated) || item.problem;
  const href = item.kind === "offer" ? `/offers/${item.id}` : `/challenges/${item.id}`;
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-5" data-testid="listing-card">
      <h2 className="text-lg font-semibold">
        <Link href={href}>
          <Highlighted text={title} terms={terms} />
        </Link>
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        <Link href={`/organizations/${item.organization.slug}`}>{item.organization.name}</Link> · {provinceName(item.province, locale)}
        {item.kind === "challenge" && item.stateCommissioned ? ` · ${t("commissioned")}` : ""}
      </p>
      <p className="mt-2 line-clamp-3 text-sm text-slate-800">
        <Highlighted text={body} terms={terms} />
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <TrlBadge level={item.kind === "offer" ? item.trl : item.minTrl} prefix={item.kind === "challenge" ? "≥" : undefined} />
        <DealTypeChips types={item.dealTypes} />
      </div>
    </article>
  );
}
