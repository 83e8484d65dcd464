// npm run glossary:lexicon — learns the Vietnamese → English word lexicon from the glossary
// (lib/matching/lexicon.ts) and writes lib/matching/lexicon.json. Run it after editing
// lib/matching/glossary/*.json; a unit test fails while the file is stale.
import { writeFile } from "node:fs/promises";
import { GLOSSARY_FILES, GLOSSARY_FINGERPRINT } from "../lib/matching/concepts";
import { learnLexicon, toLexiconFile } from "../lib/matching/lexicon";

const started = performance.now();
const lexicon = learnLexicon(Object.values(GLOSSARY_FILES));
const file = toLexiconFile(GLOSSARY_FINGERPRINT, lexicon);
// One entry per line, so a glossary change shows as a readable diff.
const lines = Object.entries(file.entries).map(([v, es]) => `  ${JSON.stringify(v)}: ${JSON.stringify(es)}`);
await writeFile("lib/matching/lexicon.json", `{"glossary": ${JSON.stringify(file.glossary)}, "entries": {\n${lines.join(",\n")}\n}}\n`);
console.log(`lib/matching/lexicon.json: ${lexicon.size} Vietnamese syllables, learnt in ${Math.round(performance.now() - started)} ms`);
