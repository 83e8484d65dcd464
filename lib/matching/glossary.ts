import { words } from "./text";

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

export type ConceptHit = { id: string; start: number; length: number };
type TrieNode = { next: Map<string, TrieNode>; id?: string };

export class Glossary {
  readonly concepts = new Map<string, Concept>();
  private readonly weights = new Map<string, number>();
  /** Phrases as a trie over tokens; `id` marks where a phrase ends. */
  private readonly trie: TrieNode = { next: new Map() };

  constructor(files: GlossaryFile[]) {
    for (const file of files) {
      for (const c of file.concepts) {
        this.concepts.set(c.id, c);
        if (file.weight !== undefined) this.weights.set(c.id, file.weight);
      }
    }
    for (const c of this.concepts.values()) {
      for (const term of [...c.vi, ...c.en]) {
        const tokens = conceptTokens(term);
        if (!tokens.length) continue;
        let node = this.trie;
        for (const t of tokens) {
          let child = node.next.get(t);
          if (!child) node.next.set(t, (child = { next: new Map() }));
          node = child;
        }
        // The first concept to claim a phrase keeps it; the glossary test forbids such clashes.
        node.id ??= c.id;
      }
    }
  }

  /** Concepts named in a token sequence, longest phrase first, left to right. */
  find(tokens: string[]): ConceptHit[] {
    const hits: ConceptHit[] = [];
    for (let i = 0; i < tokens.length; ) {
      let node: TrieNode | undefined = this.trie;
      let best: { id: string; length: number } | null = null;
      for (let j = i; j < tokens.length; j++) {
        node = node.next.get(tokens[j]!);
        if (!node) break;
        if (node.id) best = { id: node.id, length: j - i + 1 };
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
