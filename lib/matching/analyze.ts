import { conceptKey, nativeKey, wordKey } from "./keys";
import { conceptTokenCase, writtenPhrase, type Glossary } from "./glossary";
import { learnLexicon, lexicalPieces, lexicalTokens, type Lexicon } from "./lexicon";
import { detectLanguage } from "./text";

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
 * What matching knows of a listing's text. Weights are per channel unit vectors (concepts;
 * words in English whatever the listing's language; a Vietnamese text's own words), so a
 * long listing does not outweigh a short one.
 */
export type TextProfile = {
  languages: Language[];
  keys: number[];
  weights: number[];
  /** Concept id → weight, for explanations. */
  concepts: Map<string, number>;
  /** Word key → the word as written (first occurrence), for explanations. */
  surface: Map<number, string>;
  /** Concept id → the words that named it in the listing's own language (first occurrence), for explanations. */
  terms: Map<string, string>;
};

/**
 * Raise it when a change here gives other profiles for the same glossary (the diacritics rule
 * of conceptTokenCase did, words through the lexicon, a Vietnamese text's own words, its stopwords read by their marks, which texts count as written with them): stored
 * profiles are then rebuilt.
 */
export const PROFILE_FORMAT = 6;

const TITLE = 2;
const BODY = 1;
const EXTRA = 1;
const BROADER = 1.0;

function addConcepts(glossary: Glossary, read: ReturnType<typeof conceptTokenCase>, weight: number, concepts: Map<string, number>, terms: Map<string, string> | null) {
  const { tokens, acronym, marked } = read;
  for (const hit of glossary.find(tokens, acronym, marked)) {
    if (terms && !terms.has(hit.id)) terms.set(hit.id, writtenPhrase(read, hit.start, hit.length));
    const w = weight * glossary.weight(hit.id);
    concepts.set(hit.id, (concepts.get(hit.id) ?? 0) + w);
    for (const b of glossary.broader(hit.id)) concepts.set(b, (concepts.get(b) ?? 0) + w * BROADER * glossary.weight(b));
  }
}

/**
 * Words, two ways. In English: an English text's own (folded, stemmed), a Vietnamese text's
 * syllables through the lexicon (each weighted by its probability; a syllable the lexicon
 * does not know is left out), so a Vietnamese and an English listing are compared word by
 * word. And a Vietnamese text's own words (`native`): each folded syllable and each pair of
 * adjacent syllables (Vietnamese words are mostly two syllables long), for comparing two
 * Vietnamese listings exactly where the lexicon's English reading is lossy.
 */
function addWords(lexicon: Lexicon, words: Set<string>, text: string, accented: boolean, weight: number, language: Language, terms: Map<number, number>, surface: Map<number, string>, native: Map<number, number>) {
  const pieces = lexicalPieces(text, language, accented);
  const generic = language === "vi" ? genericPieces(pieces) : [];
  pieces.forEach(({ word, written, lexical }, i) => {
    if (!lexical) return;
    // A Vietnamese syllable alone reads poorly in a reason ("hạt"): show the two-syllable word
    // it is part of ("hạt điều"), as the glossary's Vietnamese terms write it.
    const before = pieces[i - 1];
    const after = pieces[i + 1];
    const shown =
      language !== "vi" ? written
      : before && words.has(`${before.word} ${word}`) ? `${before.written} ${written}`
      : after && words.has(`${word} ${after.word}`) ? `${written} ${after.written}`
      : written;
    if (language === "vi") {
      const own: [string, string | null][] = generic[i] ? [] : [[word, shown]];
      if (before?.lexical && !generic[i] && !generic[i - 1]) {
        // a pair across two words ("máy đột" in "thang máy đột xuất") counts, but only a known
        // word is shown in a reason
        const pair = `${before.word} ${word}`;
        own.push([pair, words.has(pair) ? `${before.written} ${written}` : null]);
      }
      for (const [w, show] of own) {
        const k = nativeKey(w);
        native.set(k, (native.get(k) ?? 0) + weight);
        if (show && !surface.has(k)) surface.set(k, show);
      }
    }
    for (const [english, p] of language === "en" ? ([[word, 1]] as const) : (lexicon.get(word) ?? [])) {
      const k = wordKey(english);
      terms.set(k, (terms.get(k) ?? 0) + weight * p);
      if (!surface.has(k)) surface.set(k, shown);
    }
  });
}

/**
 * Words nearly every Vietnamese listing uses (the business language of the marketplace, and
 * units), folded: left out of the own-word channel, so two Vietnamese listings do not match on
 * "nhà máy" and "tấn" alone while a marketplace is too small for idf to discount them.
 */
const GENERIC_WORDS = new Set(
  ("nha may|doanh nghiep|cong ty|san xuat|cong nghe|giai phap|he thong|thiet bi|quy trinh|san pham|chat luong|hieu qua|" +
    "nang suat|chi phi|thi truong|ung dung|nghien cuu|chuyen giao|ky thuat|trien khai|dau tu|viet nam|hien nay|nhu cau|" +
    "van hanh|tieu chuan|khach hang|hop tac|muc tieu|ket qua|phat trien|yeu cau|tu dong").split("|"),
);
// units ("ngày", "tháng", "năm" are stopwords already)
const GENERIC_SYLLABLES = new Set("tan gio trieu ty dong kg".split(" "));

/** Which of a text's pieces belong to a generic word (or are generic units). */
function genericPieces(pieces: { word: string }[]): boolean[] {
  const out = pieces.map((p) => GENERIC_SYLLABLES.has(p.word));
  for (let i = 1; i < pieces.length; i++) {
    if (GENERIC_WORDS.has(`${pieces[i - 1]!.word} ${pieces[i]!.word}`)) out[i - 1] = out[i] = true;
  }
  return out;
}

const learnt = new WeakMap<Glossary, Lexicon>();
function lexiconOf(glossary: Glossary): Lexicon {
  if (glossary.lexicon) return glossary.lexicon;
  let l = learnt.get(glossary);
  if (!l) learnt.set(glossary, (l = learnLexicon(glossary.files)));
  return l;
}

/**
 * Two-syllable Vietnamese words, folded ("hat dieu"), for showing a syllable in a reason with
 * its word: a glossary term of two syllables, or a pair found in at least WORD_IN_TERMS terms
 * ("thong minh", "phan loai"). A pair that straddles two words of one longer term ("liệu lâm" in
 * "nguyên liệu lâm sản") is not a word. Reasons only: scores do not read this.
 */
const WORD_IN_TERMS = 3;
const syllablePairs = new WeakMap<Glossary, Set<string>>();
function vietnameseWordsOf(glossary: Glossary): Set<string> {
  let set = syllablePairs.get(glossary);
  if (!set) {
    set = new Set();
    const inTerms = new Map<string, number>();
    for (const file of glossary.files) {
      for (const c of file.concepts) {
        for (const term of c.vi) {
          const t = lexicalTokens(term, "vi");
          if (t.length === 2) set.add(`${t[0]} ${t[1]}`);
          for (const pair of new Set(t.slice(1).map((w, i) => `${t[i]} ${w}`))) inTerms.set(pair, (inTerms.get(pair) ?? 0) + 1);
        }
      }
    }
    for (const [pair, n] of inTerms) if (n >= WORD_IN_TERMS) set.add(pair);
    syllablePairs.set(glossary, set);
  }
  return set;
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
  const native = new Map<number, number>();
  const surface = new Map<number, string>();
  const named = new Map<string, string>();
  const lexicon = lexiconOf(glossary);
  const viWords = vietnameseWordsOf(glossary);
  const add = (text: string, weight: number, lang: Language) => {
    const read = conceptTokenCase(text); // read once: concepts by it, words by its diacritics decision
    addConcepts(glossary, read, weight, concepts, lang === language ? named : null);
    addWords(lexicon, viWords, text, read.marked !== undefined, weight, lang, terms, surface, native);
  };
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
  const nativeEntries = unit([...native].map(([k, w]) => [k, damp(w)]));
  const all = [...conceptEntries, ...wordEntries, ...nativeEntries];
  return { languages, keys: all.map(([k]) => k), weights: all.map(([, w]) => w), concepts, surface, terms: named };
}
