// Quality measures of a batch result against a gold file (challenge id → offer ids a
// broker would pick), per pair, split by whether the pair crosses languages.
import { isStopword, words } from "./text";
import { stem } from "./glossary";

export type Ranking = { id: string; matches: { id: string }[] }[];
export type Gold = Record<string, string[]>;
export type Metrics = { pairs: number; recallAt1: number; recallAt5: number; mrr: number };
export type Split = { all: Metrics; same: Metrics; cross: Metrics };

function summarise(ranks: number[]): Metrics {
  const n = ranks.length || 1;
  return {
    pairs: ranks.length,
    recallAt1: ranks.filter((r) => r <= 1).length / n,
    recallAt5: ranks.filter((r) => r <= 5).length / n,
    mrr: ranks.reduce((s, r) => s + (Number.isFinite(r) ? 1 / r : 0), 0) / n,
  };
}

/**
 * Each gold pair's rank in its challenge's list, the challenge's other gold offers left out
 * (they should not push each other down); a pair missing from the list ranks at infinity.
 */
export function evaluateRanking(ranking: Ranking, gold: Gold, language: (id: string) => string | undefined): Split {
  const same: number[] = [];
  const cross: number[] = [];
  const byId = new Map(ranking.map((r) => [r.id, r.matches.map((m) => m.id)]));
  for (const [challenge, offers] of Object.entries(gold)) {
    const list = byId.get(challenge) ?? [];
    for (const offer of offers) {
      const others = new Set(offers.filter((o) => o !== offer));
      const pos = list.filter((id) => !others.has(id)).indexOf(offer);
      const rank = pos < 0 ? Infinity : pos + 1;
      (language(challenge) === language(offer) ? same : cross).push(rank);
    }
  }
  return { all: summarise([...same, ...cross]), same: summarise(same), cross: summarise(cross) };
}

/** Plain BM25 (k1 1.2, b 0.75) over folded words of the same texts: the baseline to beat. */
export function rankBm25(queries: { id: string; text: string }[], docs: { id: string; text: string }[], top = 10): Ranking {
  const tokens = (t: string) => words(t).map(stem).filter((w) => !isStopword(w) && w.length > 1);
  const docTokens = docs.map((d) => tokens(d.text));
  const avg = docTokens.reduce((s, t) => s + t.length, 0) / (docs.length || 1);
  const df = new Map<string, number>();
  for (const t of docTokens) for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1);
  const tfs = docTokens.map((t) => t.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>()));
  return queries.map((q) => {
    const terms = new Set(tokens(q.text));
    const scored = docs.map((d, i) => {
      let s = 0;
      for (const w of terms) {
        const tf = tfs[i]!.get(w);
        if (!tf) continue;
        const idf = Math.log(1 + (docs.length - df.get(w)! + 0.5) / (df.get(w)! + 0.5));
        s += (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * docTokens[i]!.length) / avg));
      }
      return { id: d.id, s };
    });
    return { id: q.id, matches: scored.filter((x) => x.s > 0).sort((a, b) => b.s - a.s).slice(0, top) };
  });
}
