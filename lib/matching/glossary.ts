import type { Lexicon } from "./lexicon";
import { casedWordSpans, words } from "./text";

/** A concept of the bilingual glossary: terms in both languages that mean the same thing. */
export type Concept = { id: string; en: string[]; vi: string[]; broader?: string[]; fields?: string[]; sectors?: string[] };
/** `weight` (default 1) scales what a file's concepts count for: generic business words count less than a technology. */
export type GlossaryFile = { domain: string; weight?: number; concepts: Concept[] };

/** English plural → singular, on folded words; Vietnamese syllables never end in -s. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return word.slice(0, -3) + "y";
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) return word.slice(0, -1);
  return word;
}

/** The tokens concepts are matched on: folded words, split at hyphens and slashes, stemmed. */
export function conceptTokens(text: string): string[] {
  return words(text).flatMap((w) => w.split(/[-/]/)).filter(Boolean).map(stem);
}

/**
 * Written in capitals (two letters or more, a plural "s" allowed): "REACH", "TPD", "LEDs".
 * A glossary term that is one such acronym names its concept only when the text writes it
 * so too; in lower case it is most often an ordinary word ("reach", "led", "ai" in Vietnamese).
 */
export function isAcronym(written: string): boolean {
  return /^[\p{Lu}\d]+s?$/u.test(written) && (written.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

// Vietnamese tone marks. Where a syllable carries its tone is a matter of style ("hoà" and
// "hòa"), so the tone is read off as a whole-syllable code; the letter marks (ă â ê ô ơ ư đ)
// stay on their letters.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const TONE_CODE: Record<string, string> = { "\u0300": "`", "\u0301": "'", "\u0303": "~", "\u0309": "?", "\u0323": "." };

/** A word as written, lower case, with its diacritics kept in a form that ignores tone placement. */
export function markedForm(word: string): string {
  let tone = "";
  const base = word.toLowerCase().normalize("NFD").replace(TONE_MARKS, (m) => {
    tone = TONE_CODE[m]!;
    return "";
  });
  return base.normalize("NFC") + tone;
}

/** A text written with Vietnamese diacritics: then a word means what its marks say ("đã" is not "da"). */
const ACCENTED_SHARE = 0.15;

/**
 * conceptTokens, for each token whether the text writes it as an acronym, and, when the text
 * is written with diacritics, the tokens with their marks (`marked`): the glossary then
 * matches them exactly, so "Sản phẩm đã" does not read as "sản phẩm da" (leather goods).
 * Text written without diacritics is matched folded, as it may mean either.
 */
export function conceptTokenCase(text: string): { tokens: string[]; acronym: boolean[]; marked?: string[]; written: string[]; glue: string[] } {
  const { tokens, acronym, marked, written, glue, accented } = readTokens(text);
  return accented ? { tokens, acronym, marked, written, glue } : { tokens, acronym, written, glue };
}

/** Tokens start..start+length as the text wrote them: "vắc-xin", not "vắc xin". */
export function writtenPhrase(read: { written: string[]; glue: string[] }, start: number, length: number): string {
  let out = read.written[start] ?? "";
  for (let i = start + 1; i < start + length; i++) out += (read.glue[i] ?? " ") + read.written[i];
  return out;
}

/** Every token folded, as written in capitals or not, and with its marks, and what joins it to the one before (a space, or the hyphen or slash inside a word); and whether the text is accented. */
function readTokens(text: string) {
  const tokens: string[] = [];
  const acronym: boolean[] = [];
  const marked: string[] = [];
  const shown: string[] = [];
  const glue: string[] = [];
  let letters = 0;
  let withMarks = 0;
  for (const span of casedWordSpans(text)) {
    // fold keeps offsets and separators are ASCII, so both split into the same pieces
    const folded = span.word.split(/[-/]/);
    const written = span.written.split(/[-/]/);
    const separators = span.word.match(/[-/]/g) ?? [];
    let inWord = false;
    folded.forEach((f, i) => {
      if (!f) return;
      const w = written[i] ?? f;
      glue.push(inWord ? separators[i - 1]! : " ");
      inWord = true;
      tokens.push(stem(f));
      acronym.push(isAcronym(w));
      marked.push(stem(markedForm(w)));
      shown.push(isAcronym(w) ? w : w.toLowerCase());
      if (/\p{L}/u.test(f)) {
        letters++;
        if (f !== w.toLowerCase()) withMarks++;
      }
    });
  }
  return { tokens, acronym, marked, written: shown, glue, accented: letters > 0 && withMarks / letters >= ACCENTED_SHARE };
}

export type ConceptHit = { id: string; start: number; length: number };
type TrieNode = { next: Map<string, TrieNode>; id?: string };

function insert(trie: TrieNode, tokens: string[], id: string) {
  let node = trie;
  for (const t of tokens) {
    let child = node.next.get(t);
    if (!child) node.next.set(t, (child = { next: new Map() }));
    node = child;
  }
  node.id ??= id;
}

export class Glossary {
  readonly concepts = new Map<string, Concept>();
  private readonly weights = new Map<string, number>();
  /** Phrases as a trie over tokens; `id` marks where a phrase ends. */
  private readonly trie: TrieNode = { next: new Map() };
  /** The same phrases over marked tokens, for text written with diacritics. */
  private readonly markedTrie: TrieNode = { next: new Map() };
  /** One-token acronym terms (token → concept), kept out of the trie: see isAcronym. */
  private readonly acronyms = new Map<string, string>();

  /**
   * `lexicon`: the Vietnamese → English word lexicon learnt from these files (lexicon.ts);
   * without it, analysis learns it on first use.
   */
  constructor(
    readonly files: GlossaryFile[],
    readonly lexicon?: Lexicon,
  ) {
    for (const file of files) {
      for (const c of file.concepts) {
        this.concepts.set(c.id, c);
        if (file.weight !== undefined) this.weights.set(c.id, file.weight);
      }
    }
    for (const c of this.concepts.values()) {
      for (const term of [...c.vi, ...c.en]) {
        const { tokens, marked } = readTokens(term);
        if (!tokens.length) continue;
        if (tokens.length === 1 && isAcronym(term.trim())) {
          if (!this.acronyms.has(tokens[0]!)) this.acronyms.set(tokens[0]!, c.id);
          continue;
        }
        // The first concept to claim a phrase keeps it; the glossary test forbids such clashes.
        insert(this.trie, tokens, c.id);
        insert(this.markedTrie, marked, c.id);
      }
    }
  }

  /**
   * Concepts named in a token sequence, longest phrase first, left to right. `acronym` tells
   * which tokens the text writes in capitals; without it no one-token acronym term matches.
   * With `marked` (see conceptTokenCase) phrases are matched on those, diacritics and all.
   */
  find(tokens: string[], acronym?: boolean[], marked?: string[]): ConceptHit[] {
    const hits: ConceptHit[] = [];
    const [trie, seq] = marked ? [this.markedTrie, marked] : [this.trie, tokens];
    for (let i = 0; i < tokens.length; ) {
      let node: TrieNode | undefined = trie;
      let best: { id: string; length: number } | null = null;
      for (let j = i; j < seq.length; j++) {
        node = node.next.get(seq[j]!);
        if (!node) break;
        if (node.id) best = { id: node.id, length: j - i + 1 };
      }
      if (!best && acronym?.[i]) {
        const id = this.acronyms.get(tokens[i]!);
        if (id) best = { id, length: 1 };
      }
      if (best) hits.push({ id: best.id, start: i, length: best.length });
      i += best?.length ?? 1;
    }
    return hits;
  }

  /** A concept's name in a language: the first term the glossary gives. */
  label(id: string, language: "vi" | "en"): string {
    const c = this.concepts.get(id);
    return c ? (c[language][0] ?? c.en[0] ?? id) : id;
  }

  weight(id: string): number {
    return this.weights.get(id) ?? 1;
  }

  broader(id: string): string[] {
    return this.concepts.get(id)?.broader ?? [];
  }
}

