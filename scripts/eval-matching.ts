// npm run eval:matching [-- --set dev|heldout|heldout-b|heldout-c|heldout-d|heldout-e|heldout-f|heldout-g|heldout-h|heldout-i|heldout-j|heldout-k|heldout-l|heldout-m|heldout-n|heldout-o|heldout-p|heldout-q|heldout-r|heldout-s|heldout-t|heldout-u|heldout-v|heldout-w|heldout-x|heldout-y|heldout-z|heldout-aa|heldout-ab|heldout-ac|heldout-ad|sample|all] [--json]
// Runs `npm run match` on each labelled set and prints recall@1, recall@5 and MRR for the
// same-language and cross-language pairs, next to plain BM25 over the same texts.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { promisify } from "node:util";
import { evaluateRanking, rankBm25, type Gold, type Metrics, type Ranking, type Split } from "../lib/matching/evaluate";
import { detectLanguage } from "../lib/matching/text";

export const SETS: Record<string, string> = {
  dev: "tests/fixtures/matching/dev",
  heldout: "tests/fixtures/matching/heldout",
  // a second held-out set (24 challenges, 72 offers), written 2026-12-01 by an author who saw
  // neither the engine nor its glossary
  "heldout-b": "tests/fixtures/matching/heldout-b",
  // and a third (24 challenges, 72 offers), written the same way later that day
  "heldout-c": "tests/fixtures/matching/heldout-c",
  // a fourth and a fifth, written the same way in a later session and run once, on the engine
  // at the start of that session and at its end
  "heldout-d": "tests/fixtures/matching/heldout-d",
  "heldout-e": "tests/fixtures/matching/heldout-e",
  // a sixth and a seventh, written the same way later in that session, to judge its last candidate
  "heldout-f": "tests/fixtures/matching/heldout-f",
  "heldout-g": "tests/fixtures/matching/heldout-g",
  // an eighth and a ninth, written after those, to judge the concept confidence
  "heldout-h": "tests/fixtures/matching/heldout-h",
  "heldout-i": "tests/fixtures/matching/heldout-i",
  // a tenth and an eleventh, written last and run once, on the final engine of that session
  "heldout-j": "tests/fixtures/matching/heldout-j",
  "heldout-k": "tests/fixtures/matching/heldout-k",
  // and L and M, written at the very end and run once on that same final engine
  "heldout-l": "tests/fixtures/matching/heldout-l",
  "heldout-m": "tests/fixtures/matching/heldout-m",
  // N, O, P and Q (24 challenges, 72 offers each), written the same way in a later session,
  // each on a few sectors (health; industry; energy, environment and ICT; farming and food),
  // committed before their first run
  "heldout-n": "tests/fixtures/matching/heldout-n",
  "heldout-o": "tests/fixtures/matching/heldout-o",
  "heldout-p": "tests/fixtures/matching/heldout-p",
  "heldout-q": "tests/fixtures/matching/heldout-q",
  // R and S (24 challenges, 72 offers each, sectors across the marketplace), written the same
  // way to judge the learnt ranker (scripts/learn-ranker.ts)
  "heldout-r": "tests/fixtures/matching/heldout-r",
  "heldout-s": "tests/fixtures/matching/heldout-s",
  // T, U and V (24 challenges, 72 offers each; T health, construction, textiles, water, education,
  // finance, mining, ports; U industrial crops, wood, seafood, energy, vehicles, electronics,
  // plastics, food, tourism; V farming, livestock, waste, pollution, medical devices, SME software,
  // logistics, chemicals, machinery), written blind to the engine in a later session, committed
  // before their first run; R to V judged the ranker and are learnt from since W to AD were written
  "heldout-t": "tests/fixtures/matching/heldout-t",
  "heldout-u": "tests/fixtures/matching/heldout-u",
  "heldout-v": "tests/fixtures/matching/heldout-v",
  // W, X, Y and Z (24 challenges, 72 offers each; W health and life sciences, X manufacturing and
  // materials, Y farming, aquaculture, forestry and food, Z energy, environment, ICT and
  // services), written blind to the engine in a later session, committed before their first run,
  // never learnt from
  "heldout-w": "tests/fixtures/matching/heldout-w",
  "heldout-x": "tests/fixtures/matching/heldout-x",
  "heldout-y": "tests/fixtures/matching/heldout-y",
  "heldout-z": "tests/fixtures/matching/heldout-z",
  // AA, AB, AC and AD (the same size; AA consumer industries and craft villages, AB heavy industry
  // and infrastructure, AC public services, AD digital and new technologies), written blind at
  // the same time, committed before their first run, never learnt from
  "heldout-aa": "tests/fixtures/matching/heldout-aa",
  "heldout-ab": "tests/fixtures/matching/heldout-ab",
  "heldout-ac": "tests/fixtures/matching/heldout-ac",
  "heldout-ad": "tests/fixtures/matching/heldout-ad",
  // a copy of shared/matching/sample*.json, so the tests do not depend on where shared/ is
  sample: "tests/fixtures/matching/sample",
};

type Rec = Record<string, unknown> & { id: string; title: string; language?: string };
const str = (v: unknown) => (typeof v === "string" ? v : "");

export async function runMatchCli(input: string, top = 10): Promise<Ranking> {
  const { stdout } = await promisify(execFile)("npx", ["tsx", "--conditions=react-server", "scripts/match.ts", "--input", input, "--top", String(top)], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout).results;
}

export async function evaluateSet(base: string): Promise<{ engine: Split; bm25: Split; ms: number }> {
  const input = JSON.parse(await readFile(`${base}.json`, "utf8")) as { offers: Rec[]; challenges: Rec[] };
  const gold = JSON.parse(await readFile(`${base}.gold.json`, "utf8")) as Gold;
  const languages = new Map<string, string>();
  for (const r of [...input.offers, ...input.challenges]) languages.set(r.id, r.language ?? detectLanguage(`${r.title} ${str(r.summary)}${str(r.problem)}`));
  const started = Date.now();
  const engine = evaluateRanking(await runMatchCli(`${base}.json`), gold, (id) => languages.get(id));
  const ms = Date.now() - started;
  const docs = input.offers.map((o) => ({ id: o.id, text: [o.title, o.summary, o.application, o.marketPotential].map(str).join(" ") }));
  const queries = input.challenges.map((c) => ({ id: c.id, text: [c.title, c.problem, c.desiredOutcome].map(str).join(" ") }));
  const bm25 = evaluateRanking(rankBm25(queries, docs), gold, (id) => languages.get(id));
  return { engine, bm25, ms };
}

const f = (x: number) => x.toFixed(3);
const row = (name: string, part: string, m: Metrics) => `| ${name} | ${part} | ${m.pairs} | ${f(m.recallAt1)} | ${f(m.recallAt5)} | ${f(m.mrr)} |`;

if (import.meta.url === `file://${path.resolve(process.argv[1]!)}`) {
  const { values } = parseArgs({ options: { set: { type: "string", default: "all" }, json: { type: "boolean" } } });
  const names = values.set === "all" ? Object.keys(SETS) : [values.set!];
  const out: Record<string, unknown> = {};
  const lines = ["| set | pairs | n | recall@1 | recall@5 | MRR |", "|---|---|---|---|---|---|"];
  for (const name of names) {
    if (!SETS[name]) throw new Error(`unknown set ${name}; use ${Object.keys(SETS).join(", ")} or all`);
    const r = await evaluateSet(SETS[name]);
    out[name] = r;
    for (const part of ["same", "cross", "all"] as const) lines.push(row(`${name} · Helix`, part, r.engine[part]));
    for (const part of ["same", "cross", "all"] as const) lines.push(row(`${name} · BM25`, part, r.bm25[part]));
    process.stderr.write(`[eval] ${name}: npm run match took ${(r.ms / 1000).toFixed(1)} s\n`);
  }
  console.log(values.json ? JSON.stringify(out, null, 1) : lines.join("\n"));
}
