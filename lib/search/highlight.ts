import { fold } from "./fold";

export type Segment = { text: string; match: boolean };

/** The words of a search query, folded, without operators or one-letter noise. */
export function queryTerms(q: string | undefined): string[] {
  if (!q) return [];
  const words = fold(q)
    .replace(/["()]/g, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && w !== "or");
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/**
 * Splits `text` into segments, marking whole-word matches of the terms regardless of case
 * and diacritics: "cong nghe" highlights "Công nghệ".
 */
export function highlight(text: string, terms: string[]): Segment[] {
  if (!text || terms.length === 0) return [{ text, match: false }];
  const folded = fold(text);
  const marks = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      const before = at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1]!);
      const after = at + term.length >= folded.length || !/[\p{L}\p{N}]/u.test(folded[at + term.length]!);
      if (before && after) marks.fill(true, at, at + term.length);
      from = at + 1;
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments[segments.length - 1];
    if (last && last.match === marks[i]) last.text += text[i];
    else segments.push({ text: text[i]!, match: marks[i]! });
  }
  return segments;
}
