import { glossary } from "@/lib/matching/concepts";
import { renderReasons, type Locale } from "@/lib/matching/render-reasons";
import type { Reason } from "@/lib/matching/score";

/** A match's reasons: what fits (✓) and what does not (!), as short sentences in the page's language. */
export function ReasonList({ reasons, locale }: { reasons: Reason[]; locale: string }) {
  const texts = renderReasons(reasons, locale === "en" ? "en" : ("vi" as Locale), glossary());
  return (
    <ul className="space-y-1 text-sm" data-testid="match-reasons">
      {reasons.map((r, i) => (
        <li key={i} className={r.tone === "minus" ? "text-amber-900" : "text-emerald-900"} data-tone={r.tone}>
          <span aria-hidden className="mr-1 font-bold">
            {r.tone === "minus" ? "!" : "✓"}
          </span>
          {texts[i]}
        </li>
      ))}
    </ul>
  );
}
