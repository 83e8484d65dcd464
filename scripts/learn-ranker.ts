// npm run matching:learn — learns the ranker (lib/matching/ranker.ts) from the labelled sets
// and writes lib/matching/ranker.json. Prints a leave-one-set-out estimate first: for each
// training set, the ranker learnt on the others ranks that set. Sets listed in HELD_OUT are
// never learnt from: they judge the result. `-- --quick` skips the estimate.
import { rename, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { learnRanker, rankKey, rankScore, relevance, type Ranker } from "../lib/matching/ranker";
import { SETS } from "./eval-matching";
import { HELD_OUT } from "./learn-ranker-sets";
import { labelledQueries, type LabelledQuery } from "./lib/offline-matching";

const TOP = 10; // as `npm run eval:matching` reads the first ten matches

const keyOf = (r: Pick<Ranker, "same" | "cross">, q: LabelledQuery, i: number) =>
  rankKey(relevance({ ...r, anchor: 0 }, q.candidates[i]!.readings, q.candidates[i]!.sameLanguage), { multiplier: q.candidates[i]!.fit, reasons: [] });

/** Each gold pair's rank among the first ten, the query's other gold offers left out. */
function ranks(r: Pick<Ranker, "same" | "cross">, queries: LabelledQuery[]) {
  const out = { same: [] as number[], cross: [] as number[] };
  for (const q of queries) {
    const order = q.candidates.map((_, i) => i).sort((a, b) => keyOf(r, q, b) - keyOf(r, q, a) || (q.offerIds[a]! < q.offerIds[b]! ? -1 : 1));
    for (const [k, g] of q.goldIds.entries()) {
      const i = q.offerIds.indexOf(g);
      const part = q.sameLanguageGold[k] ? "same" : "cross";
      if (i < 0) { out[part].push(Infinity); continue; } // never a candidate: missed
      const pos = order.filter((j) => j === i || !q.goldIds.includes(q.offerIds[j]!)).indexOf(i) + 1;
      out[part].push(pos <= TOP ? pos : Infinity);
    }
  }
  return out;
}
const summary = (xs: number[]) =>
  `r@1 ${(xs.filter((x) => x === 1).length / xs.length).toFixed(3)} r@5 ${(xs.filter((x) => x <= 5).length / xs.length).toFixed(3)} MRR ${(xs.reduce((s, x) => s + 1 / x, 0) / xs.length).toFixed(3)} (${xs.length})`;

const names = Object.keys(SETS).filter((s) => !HELD_OUT.has(s));
const bySet = new Map<string, LabelledQuery[]>();
for (const name of names) bySet.set(name, await labelledQueries(SETS[name]!));

const { values: opts } = parseArgs({ options: { quick: { type: "boolean" } } }); // --quick: no leave-one-out estimate
const pooled = { same: [] as number[], cross: [] as number[] };
for (const name of opts.quick ? [] : names) {
  const r = learnRanker(names.filter((n) => n !== name).flatMap((n) => bySet.get(n)!));
  const got = ranks(r, bySet.get(name)!);
  pooled.same.push(...got.same);
  pooled.cross.push(...got.cross);
}
if (!opts.quick) console.log(`leave one set out (${names.length} sets): same language ${summary(pooled.same)}; across languages ${summary(pooled.cross)}`);

const all = names.flatMap((n) => bySet.get(n)!);
const learnt = learnRanker(all);
const fit = ranks(learnt, all);
console.log(`learnt on all of them, ranking them: same language ${summary(fit.same)}; across languages ${summary(fit.cross)}`);
// The score shown: the 90th percentile of the picked pairs' rank keys at 0.9.
const goldKeys = all.flatMap((q) => q.candidates.map((_, i) => i).filter((i) => q.gold[i]).map((i) => keyOf(learnt, q, i))).sort((a, b) => a - b);
const ranker: Ranker = { ...learnt, anchor: Math.round(goldKeys[Math.floor(goldKeys.length * 0.9)]! * 1e4) / 1e4 };
for (const t of [0.05, 0.1, 0.2, 0.3, 0.4, 0.5]) {
  let picked = 0, others = 0;
  for (const q of all) q.candidates.forEach((_, i) => { if (rankScore(ranker, keyOf(learnt, q, i)) >= t) (q.gold[i] ? picked++ : others++); });
  console.log(`score ≥ ${t}: ${(picked / goldKeys.length).toFixed(2)} of the picked pairs, ${(others / all.length).toFixed(2)} other pairs per challenge`);
}
// Written aside and renamed, so a run cut short never leaves the committed file half-written.
await writeFile("lib/matching/ranker.json.tmp", `${JSON.stringify({ learntFrom: names, ...ranker }, null, 2)}\n`);
await rename("lib/matching/ranker.json.tmp", "lib/matching/ranker.json");
console.log(`lib/matching/ranker.json: ${JSON.stringify(ranker)}`);
