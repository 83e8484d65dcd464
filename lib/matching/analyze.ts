import { conceptKey, wordKey } from "./keys";
import { conceptTokenCase, type Glossary } from "./glossary";
import { detectLanguage, isStopword, wordSpans } from "./text";
import { stem } from "./glossary";

export type Language = "vi" | "en";

/** The text of a listing that matching reads: never its confidential details. */
export type MatchText = {
  language?: Language | null;
  title: string;
  body: string;
  extra?: (string | null | undefined)[];
  titleTranslated?: string | null;
  bodyTranslated?: string | null;
};

/**
 * What matching knows of a listing's text. Weights are per channel unit vectors
 * (concepts, words), so a long listing does not outweigh a short one.
 */
export type TextProfile = {
  languages: Language[];
  keys: number[];
  weights: number[];
  /** Concept id → weight, for explanations. */
  concepts: Map<string, number>;
  /** Word key → the word as written (first occurrence), for explanations. */
  surface: Map<number, string>;
};

/**
 * Raise it when a change here gives other profiles for the same glossary (the diacritics rule
 * of conceptTokenCase did): stored profiles are then rebuilt.
 */
export const PROFILE_FORMAT = 2;

const TITLE = 2;
const BODY = 1;
const EXTRA = 1;
const BROADER = 1.0;

// A Vietnamese syllable alone says little ("công", "nghệ"); two together make the word.
const VI_UNIGRAM = 0.5;

function addText(glossary: Glossary, text: string, weight: number, concepts: Map<string, number>, terms: Map<number, number>, surface: Map<number, string>, unigram: number) {
  const { tokens, acronym, marked } = conceptTokenCase(text);
  for (const hit of glossary.find(tokens, acronym, marked)) {
    const w = weight * glossary.weight(hit.id);
    concepts.set(hit.id, (concepts.get(hit.id) ?? 0) + w);
    for (const b of glossary.broader(hit.id)) concepts.set(b, (concepts.get(b) ?? 0) + w * BROADER * glossary.weight(b));
  }
  let previous: { word: string; written: string } | null = null;
  for (const span of wordSpans(text)) {
    const w = stem(span.word);
    if (isStopword(w) || w.length < 2) {
      previous = null;
      continue;
    }
    const k = wordKey(w);
    terms.set(k, (terms.get(k) ?? 0) + weight * unigram);
    if (!surface.has(k)) surface.set(k, span.written);
    if (previous) {
      const b = wordKey(`${previous.word} ${w}`);
      terms.set(b, (terms.get(b) ?? 0) + weight);
      if (!surface.has(b)) surface.set(b, `${previous.written} ${span.written}`);
    }
    previous = { word: w, written: span.written };
  }
}

const damp = (tf: number) => (tf > 1 ? 1 + Math.log(tf) : tf);

function unit(entries: [number, number][]): [number, number][] {
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return entries.map(([k, w]) => [k, w / norm]);
}

export function analyzeText(glossary: Glossary, t: MatchText): TextProfile {
  const language: Language = t.language ?? detectLanguage(`${t.title} ${t.body}`);
  const languages: Language[] = [language];
  const concepts = new Map<string, number>();
  const terms = new Map<number, number>();
  const surface = new Map<number, string>();
  const add = (text: string, weight: number, lang: Language) => addText(glossary, text, weight, concepts, terms, surface, lang === "vi" ? VI_UNIGRAM : 1);
  add(t.title, TITLE, language);
  add(t.body, BODY, language);
  for (const e of t.extra ?? []) if (e) add(e, EXTRA, language);
  if (t.titleTranslated || t.bodyTranslated) {
    const other: Language = language === "vi" ? "en" : "vi";
    languages.push(other);
    if (t.titleTranslated) add(t.titleTranslated, TITLE, other);
    if (t.bodyTranslated) add(t.bodyTranslated, BODY, other);
  }
  const conceptEntries = unit([...concepts].map(([id, w]) => [conceptKey(id), damp(w)]));
  const wordEntries = unit([...terms].map(([k, w]) => [k, damp(w)]));
  const all = [...conceptEntries, ...wordEntries];
  return { languages, keys: all.map(([k]) => k), weights: all.map(([, w]) => w), concepts, surface };
}
