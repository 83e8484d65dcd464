import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { glossary } from "@/lib/matching/concepts";
import { renderReasons } from "@/lib/matching/render-reasons";
import { ZMatchQuery } from "@/lib/matching/schemas";
import { fieldErrors } from "@/lib/validation";
import type { ListingKind } from "@/lib/server/listings/shared";
import { listMatches } from "./list-matches";

/** The API's answer for GET /api/v1/{offers|challenges}/{id}/matches: reasons as sentences (`lang`, default the listing's language) and as data. */
export async function getMatchesForApi({ actor, kind, id, query }: { actor: Actor | null; kind: ListingKind; id: string; query: unknown }) {
  const parsed = ZMatchQuery.safeParse(query);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const list = await listMatches({ actor, kind, id, top: parsed.data.top });
  const lang = parsed.data.lang ?? (list.language === "en" ? "en" : "vi");
  return {
    listing: { kind, id: list.id, title: list.title },
    matches: list.matches.map((m) => ({
      id: m.id,
      score: Math.round(m.score * 1000) / 1000,
      reasons: renderReasons(m.reasons, lang, glossary()),
      factors: m.reasons,
      listing: m.listing,
      feedback: m.feedback,
    })),
  };
}
