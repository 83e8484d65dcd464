// The curated bilingual glossary (lib/matching/glossary/*.json), loaded once. Files are
// imported statically so the app bundle carries them; a test checks none is left out.
import aerospace from "./glossary/aerospace.json";
import agriculture from "./glossary/agriculture.json";
import aquaculture from "./glossary/aquaculture.json";
import biotech from "./glossary/biotech.json";
import business from "./glossary/business.json";
import chemicals from "./glossary/chemicals.json";
import construction from "./glossary/construction.json";
import energy from "./glossary/energy.json";
import environment from "./glossary/environment.json";
import financeEducation from "./glossary/finance-education.json";
import food from "./glossary/food.json";
import forestry from "./glossary/forestry.json";
import health from "./glossary/health.json";
import ict from "./glossary/ict.json";
import livestock from "./glossary/livestock.json";
import logistics from "./glossary/logistics.json";
import manufacturing from "./glossary/manufacturing.json";
import materials from "./glossary/materials.json";
import mining from "./glossary/mining.json";
import robotics from "./glossary/robotics.json";
import textiles from "./glossary/textiles.json";
import urban from "./glossary/urban.json";
import { PROFILE_FORMAT } from "./analyze";
import committed from "./lexicon.json";
import { fromLexiconFile, learnLexicon, type Lexicon, type LexiconFile } from "./lexicon";
import { Glossary, type GlossaryFile } from "./glossary";

export const GLOSSARY_FILES: Record<string, GlossaryFile> = {
  aerospace, agriculture, aquaculture, biotech, business, chemicals, construction, energy, environment,
  "finance-education": financeEducation, food, forestry, health, ict, livestock, logistics, manufacturing, materials, mining, robotics, textiles, urban,
};

/** Changes whenever a glossary file does: the committed lexicon must have been learnt from this one. */
export const GLOSSARY_FINGERPRINT = fingerprint(JSON.stringify(GLOSSARY_FILES));

/**
 * Changes whenever a glossary file or the profile format does: stored profiles built with
 * another version are rebuilt.
 */
export const GLOSSARY_VERSION = fingerprint(`${PROFILE_FORMAT}:${GLOSSARY_FINGERPRINT}`);

function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

let cached: Glossary | undefined;

export function glossary(): Glossary {
  cached ??= new Glossary(Object.values(GLOSSARY_FILES), committedLexicon());
  return cached;
}

/**
 * The lexicon committed with the glossary (`npm run glossary:lexicon` writes it). A stale one
 * is learnt again here (about a second), so matching never runs on a lexicon of another
 * glossary; a unit test fails until the file is rewritten.
 */
function committedLexicon(): Lexicon {
  const file = committed as unknown as LexiconFile;
  if (file.glossary === GLOSSARY_FINGERPRINT) return fromLexiconFile(file);
  console.warn("[matching] lib/matching/lexicon.json was learnt from another glossary; learning it now. Run `npm run glossary:lexicon` to update it.");
  return learnLexicon(Object.values(GLOSSARY_FILES));
}
