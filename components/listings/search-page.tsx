import { useTranslations } from "next-intl";
import { queryTerms } from "@/lib/search/highlight";
import type { ChallengeView, OfferView } from "@/lib/listings/views";
import type { SearchResult } from "@/lib/server/listings/search-listings";
import type { TaxonomyOption } from "@/lib/server/taxonomy/list-taxonomy";
import { ListingCard } from "./listing-card";
import { Pagination } from "./pagination";
import { SearchFilters } from "./search-filters";

type Props = {
  kind: "offer" | "challenge";
  pathname: string;
  title: string;
  lead: string;
  params: Record<string, string | string[]>;
  result: SearchResult<OfferView> | SearchResult<ChallengeView>;
  taxonomy: { fields: TaxonomyOption[]; sectors: TaxonomyOption[] };
  action?: React.ReactNode;
};

function exportQuery(params: Record<string, string | string[]>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (k !== "page") for (const x of [v].flat()) q.append(k, x);
  return q.toString();
}

export function SearchPage({ kind, pathname, title, lead, params, result, taxonomy, action }: Props) {
  const t = useTranslations("listing");
  const terms = queryTerms(result.query.q);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end gap-4">
        <div className="flex-1">
          <h1 className="text-3xl font-bold">{title}</h1>
          <p className="text-slate-600">{lead}</p>
        </div>
        {action}
      </header>
      <SearchFilters kind={kind} pathname={pathname} query={result.query} fields={taxonomy.fields} sectors={taxonomy.sectors} />
      <div className="flex items-center gap-4 text-sm">
        <p className="text-slate-600" role="status" data-testid="result-count">
          {result.capped ? t("resultsMore", { total: result.total }) : t("results", { total: result.total })}
        </p>
        {result.total > 0 ? (
          <a href={`/api/v1/export/${kind === "offer" ? "offers" : "challenges"}?${exportQuery(params)}`} download>
            {t("exportCsv")}
          </a>
        ) : null}
      </div>
      {result.items.length === 0 ? <p>{t("noResults")}</p> : null}
      <div className="space-y-3">
        {result.items.map((item) => (
          <ListingCard key={item.id} item={item} terms={terms} />
        ))}
      </div>
      <Pagination pathname={pathname} params={params} page={result.page} pages={pages} />
    </div>
  );
}
