import type { TextProfile } from "./analyze";
import { conceptKey, isConceptKey } from "./keys";
import type { Fit, Reason, TextScore } from "./score";

/**
 * The reasons for one match, most telling first: what the texts share (concepts, else
 * words), then each fit factor that spoke. Negative reasons ("TRL 3 is below your minimum
 * 7") always stay, so a reader sees why a close candidate ranks lower.
 */
export function explainMatch(text: TextScore, query: Pick<TextProfile, "concepts" | "surface" | "terms" | "languages">, fit: Fit, max = 4): Reason[] {
  const byKey = new Map([...query.concepts.keys()].map((id) => [conceptKey(id), id]));
  const concepts = text.shared.filter((s) => isConceptKey(s.key)).map((s) => byKey.get(s.key)).filter((id): id is string => Boolean(id));
  const words = text.shared.filter((s) => !isConceptKey(s.key)).map((s) => query.surface.get(s.key)).filter((w): w is string => Boolean(w));
  const topic: Reason[] = concepts.length
    ? [{
        code: "concepts", tone: "plus", concepts: concepts.slice(0, 3),
        terms: concepts.slice(0, 3).map((id) => query.terms.get(id) ?? null), termsLanguage: query.languages[0],
      }]
    : words.length
      ? [{ code: "words", tone: "plus", words: dedupeWords(words).slice(0, 3) }]
      : [];
  const minus = fit.reasons.filter((r) => r.tone === "minus");
  const plus = fit.reasons.filter((r) => r.tone === "plus");
  const room = Math.max(0, max - topic.length - minus.length);
  return [...topic, ...minus, ...plus.slice(0, room)];
}

/** Drops a word shown already, alone or in a chosen two-word phrase ("nuoc" after "nuoc mam"). */
function dedupeWords(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) if (!out.some((o) => o === w || o.split(" ").includes(w) || w.split(" ").includes(o))) out.push(w);
  return out;
}
