import { conceptKey, wordKey } from "./keys";
import { conceptTokens, type Glossary } from "./glossary";
import { detectLanguage, isStopword, words } from "./text";
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

const TITLE = 2;
const BODY = 1;
const EXTRA = 0.7;
const BROADER = 0.5;

function addText(glossary: Glossary, text: string, weight: number, concepts: Map<string, number>, terms: Map<number, number>, surface: Map<number, string>) {
  const tokens = conceptTokens(text);
  for (const hit of glossary.find(tokens)) {
    concepts.set(hit.id, (concepts.get(hit.id) ?? 0) + weight);
    for (const b of glossary.broader(hit.id)) concepts.set(b, (concepts.get(b) ?? 0) + weight * BROADER);
  }
  const ws = words(text).map(stem);
  let previous: string | null = null;
  for (const w of ws) {
    if (isStopword(w) || w.length < 2) {
      previous = null;
      continue;
    }
    const k = wordKey(w);
    terms.set(k, (terms.get(k) ?? 0) + weight);
    if (!surface.has(k)) surface.set(k, w);
    if (previous) {
      const b = wordKey(`${previous} ${w}`);
      terms.set(b, (terms.get(b) ?? 0) + weight);
      if (!surface.has(b)) surface.set(b, `${previous} ${w}`);
    }
    previous = w;
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
  addText(glossary, t.title, TITLE, concepts, terms, surface);
  addText(glossary, t.body, BODY, concepts, terms, surface);
  for (const e of t.extra ?? []) if (e) addText(glossary, e, EXTRA, concepts, terms, surface);
  if (t.titleTranslated || t.bodyTranslated) {
    languages.push(language === "vi" ? "en" : "vi");
    if (t.titleTranslated) addText(glossary, t.titleTranslated, TITLE, concepts, terms, surface);
    if (t.bodyTranslated) addText(glossary, t.bodyTranslated, BODY, concepts, terms, surface);
  }
  const conceptEntries = unit([...concepts].map(([id, w]) => [conceptKey(id), damp(w)]));
  const wordEntries = unit([...terms].map(([k, w]) => [k, damp(w)]));
  const all = [...conceptEntries, ...wordEntries];
  return { languages, keys: all.map(([k]) => k), weights: all.map(([, w]) => w), concepts, surface };
}
