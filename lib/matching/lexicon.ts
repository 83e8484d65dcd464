// A Vietnamese → English word lexicon learnt from the glossary itself: every concept gives
// its Vietnamese and English terms as parallel phrases ("tiêu thụ điện" ~ "electricity
// consumption"), and IBM Model 1 (expectation–maximisation over those pairs) tells which
// English word each Vietnamese syllable stands for. Matching maps Vietnamese text through
// it, so a Vietnamese and an English listing are compared word by word too, on the same
// scale as two listings in one language. No model or download: the glossary is the corpus.
import type { GlossaryFile } from "./glossary";
import { conceptTokenCase, markedForm, stem } from "./glossary";
import { isStopwordIn, VI_STOP_WRITTEN, wordSpans } from "./text";

/** Folded syllable → its English words with their probabilities, best first. */
export type Lexicon = Map<string, [string, number][]>;

/** A text's word pieces: folded, split at hyphens and slashes, stemmed, each with its written form. */
export function wordPieces(text: string): { word: string; written: string }[] {
  return wordSpans(text).flatMap((span) => {
    const written = span.written.split(/[-/]/);
    return span.word
      .split(/[-/]/)
      .map((piece, i) => ({ word: stem(piece), written: written[i] || piece }))
      .filter((p) => p.word);
  });
}

/** The word tokens both the lexicon and the word channel read. */
export function lexicalTokens(text: string, language: "vi" | "en"): string[] {
  return lexicalPieces(text, language)
    .filter((p) => p.lexical)
    .map((p) => p.word);
}

const VI_STOP_MARKED = new Set(VI_STOP_WRITTEN.map(markedForm));
// Written syllables repeat: each is normalised once (markedForm is two Unicode normalisations).
const writtenStop = new Map<string, boolean>();
function isWrittenStopword(written: string): boolean {
  let stop = writtenStop.get(written);
  if (stop === undefined) {
    stop = VI_STOP_MARKED.has(markedForm(written));
    if (writtenStop.size < 200_000) writtenStop.set(written, stop);
  }
  return stop;
}

/**
 * wordPieces, each with whether the word channel keeps it: two letters or more, not a bare
 * number, not a function word of its language. A Vietnamese text written with diacritics is
 * read by its marks, so "khí" (gas) and "vi" (micro) stay while "khi" (when) and "vì"
 * (because) go; one written without them can only be read folded. Whether it is so written is
 * the glossary lookup's decision (conceptTokenCase); `accented` passes it in when the caller has it.
 */
export function lexicalPieces(text: string, language: "vi" | "en", accented?: boolean): { word: string; written: string; lexical: boolean }[] {
  const pieces = wordPieces(text) as { word: string; written: string; lexical: boolean }[];
  const marked = language === "vi" && (accented ?? conceptTokenCase(text).marked !== undefined);
  for (const p of pieces) {
    p.lexical = p.word.length > 1 && !DIGITS.test(p.word) && (marked ? !isWrittenStopword(p.written) : !isStopwordIn(p.word, language));
  }
  return pieces;
}
const DIGITS = /^\d+$/;

const ITERATIONS = 8;
const MIN_P = 0.2;
const MAX_WORDS = 3;
const NULL = "\u0000";

export function learnLexicon(files: GlossaryFile[]): Lexicon {
  const pairs: [string[], string[]][] = [];
  for (const file of files) {
    for (const c of file.concepts) {
      const vi = c.vi.map((t) => lexicalTokens(t, "vi")).filter((t) => t.length);
      const en = c.en.map((t) => lexicalTokens(t, "en")).filter((t) => t.length);
      for (const v of vi) for (const e of en) pairs.push([[...v, NULL], e]);
    }
  }
  const english = new Set(pairs.flatMap(([, e]) => e));
  const uniform = 1 / (english.size || 1);
  let t = new Map<string, Map<string, number>>();
  const p = (v: string, e: string) => t.get(v)?.get(e) ?? uniform;
  for (let i = 0; i < ITERATIONS; i++) {
    const counts = new Map<string, Map<string, number>>();
    const totals = new Map<string, number>();
    for (const [vs, es] of pairs) {
      for (const e of es) {
        let z = 0;
        for (const v of vs) z += p(v, e);
        for (const v of vs) {
          const share = p(v, e) / z;
          let row = counts.get(v);
          if (!row) counts.set(v, (row = new Map()));
          row.set(e, (row.get(e) ?? 0) + share);
          totals.set(v, (totals.get(v) ?? 0) + share);
        }
      }
    }
    const next = new Map<string, Map<string, number>>();
    for (const [v, row] of counts) next.set(v, new Map([...row].map(([e, c]) => [e, c / totals.get(v)!])));
    t = next;
  }
  const lexicon: Lexicon = new Map();
  for (const [v, row] of [...t].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (v === NULL) continue;
    const best = [...row]
      .filter(([, x]) => x >= MIN_P)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_WORDS)
      .map(([e, x]): [string, number] => [e, Math.round(x * 1000) / 1000]);
    if (best.length) lexicon.set(v, best);
  }
  return lexicon;
}

/** The committed form (lib/matching/lexicon.json): the glossary it was learnt from, and the entries. */
export type LexiconFile = { glossary: string; entries: Record<string, [string, number][]> };

export const toLexiconFile = (glossary: string, lexicon: Lexicon): LexiconFile => ({ glossary, entries: Object.fromEntries(lexicon) });
export const fromLexiconFile = (file: LexiconFile): Lexicon => new Map(Object.entries(file.entries));
