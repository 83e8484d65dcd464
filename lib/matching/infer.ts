import type { Glossary } from "./glossary";

/**
 * Sectors a text is about, from the sectors of the concepts it names: a listing without
 * sector codes (a spreadsheet row, a batch record) still meets listings of its sectors.
 */
export function inferSectors(glossary: Glossary, concepts: Map<string, number>, max = 3): string[] {
  const votes = new Map<string, number>();
  for (const [id, weight] of concepts) {
    for (const s of glossary.concepts.get(id)?.sectors ?? []) votes.set(s, (votes.get(s) ?? 0) + weight);
  }
  return [...votes].filter(([, w]) => w >= 1.5).sort((a, b) => b[1] - a[1]).slice(0, max).map(([s]) => s);
}
