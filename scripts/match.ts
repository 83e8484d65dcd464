// npm run match -- --input FILE [--top K] [--direction challenges|offers]
// Batch matching as specified in shared/matching/FORMAT.md: a fresh, isolated embedded
// database per run, the app's own import and matching code, JSON on standard output;
// progress and warnings on standard error.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { startFreshEmbeddedDatabase } from "../lib/db/fresh-database";

function fail(message: string): never {
  console.error(`match: ${message.replace(/\s+/g, " ").trim()}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({ options: { input: { type: "string" }, top: { type: "string", default: "10" }, direction: { type: "string", default: "challenges" } } }).values;
} catch (err) {
  fail(`${err instanceof Error ? err.message : err} (usage: npm run match -- --input FILE [--top K] [--direction challenges|offers])`);
}
if (!args.input) fail("--input FILE is required (usage: npm run match -- --input FILE [--top K] [--direction challenges|offers])");
const top = Number(args.top);
if (!Number.isInteger(top) || top < 1 || top > 50) fail("--top must be a whole number from 1 to 50");
if (args.direction !== "challenges" && args.direction !== "offers") fail("--direction must be challenges or offers");

let raw: unknown;
try {
  raw = JSON.parse(await readFile(args.input, "utf8"));
} catch (err) {
  const code = (err as NodeJS.ErrnoException).code;
  fail(code === "ENOENT" ? `no such file: ${args.input}` : code ? `cannot read ${args.input} (${code})` : `${args.input} is not JSON (${(err as Error).message})`);
}

// Standard output carries the JSON document only.
console.log = console.error;
console.info = console.error;

const database = await startFreshEmbeddedDatabase();
process.env.DATABASE_URL = database.url;
process.env.DATABASE_POOL_SIZE = "1";
const { runBatch } = await import("../lib/server/matching/run-batch");
const { BatchFileError } = await import("../lib/matching/batch-format");
const { disconnectDb } = await import("../lib/server/db/client");
const started = Date.now();
try {
  const output = await runBatch(raw, { top, direction: args.direction, warn: (line) => process.stderr.write(`${line}\n`) });
  process.stdout.write(`${JSON.stringify(output, null, 1)}\n`);
  process.stderr.write(`[match] ${output.results.length} ${args.direction} matched in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
} catch (err) {
  if (err instanceof BatchFileError) {
    await disconnectDb();
    await database.stop();
    fail(err.message);
  }
  throw err;
}
await disconnectDb();
await database.stop();
