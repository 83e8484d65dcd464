import "server-only";
import { toCsv } from "@/lib/csv";
import { glossary } from "@/lib/matching/concepts";
import { renderReasons } from "@/lib/matching/render-reasons";
import { readBatchInput, type BatchChallenge, type BatchOffer, type BatchOutput } from "@/lib/matching/batch-format";
import { detectLanguage } from "@/lib/matching/text";
import { normalizeListingProvince } from "@/lib/geo/old-provinces";
import { NATIONWIDE } from "@/lib/geo/provinces";
import { messagesFor } from "@/i18n/messages";
import { loadActor } from "@/lib/server/auth/load-actor";
import { db } from "@/lib/server/db/client";
import { previewImport } from "@/lib/server/import/preview-import";
import { runImport } from "@/lib/server/import/run-import";
import { runDueJobs } from "@/lib/server/jobs/run-jobs";
import type { ListingKind } from "@/lib/server/listings/shared";
import { findMatches } from "./find-matches";
import { loadMatchListing } from "./match-data";

export type BatchOptions = { top: number; direction: "challenges" | "offers"; warn: (line: string) => void };

const CHUNK = 2000; // rows per import (the spreadsheet import takes up to 5,000)
// Warnings go to standard error in English, like the API's messages.
const fieldMessages = messagesFor("en").errors.fields as Record<string, string>;

/** A lab and a firm that own the batch's records inside the isolated database. */
async function createWorkspace() {
  const org = (name: string, kind: "RESEARCH_INSTITUTE" | "ENTERPRISE") =>
    db().organization.create({ data: { name, slug: `batch-${kind.toLowerCase()}`, kind, province: "ha-noi", verificationStatus: "VERIFIED", verifiedAt: new Date() } });
  const user = async (email: string, organizationId: string) => {
    const u = await db().user.create({ data: { email, name: email, passwordHash: "!batch" } });
    await db().membership.create({ data: { userId: u.id, organizationId, role: "OWNER", status: "ACTIVE" } });
    return (await loadActor(u.id))!;
  };
  const [lab, firm] = await Promise.all([org("Batch portfolio", "RESEARCH_INSTITUTE"), org("Batch needs", "ENTERPRISE")]);
  return { lab: await user("lab@batch.local", lab.id), firm: await user("firm@batch.local", firm.id) };
}

// Matching reads neither the IP status nor patent numbers; a granted patent without its
// number would fail the marketplace's rule, so the status is only kept when it needs none.
const NUMBERED = ["PATENT_GRANTED", "PATENT_PENDING", "UTILITY_SOLUTION", "PLANT_VARIETY"];

// Province is free text and only a mild preference: one Helix does not recognise (a town,
// a typo) is matched as nationwide, with a warning, rather than dropping the record.
function province(kind: string, r: { id: string; province?: string }, warn: BatchOptions["warn"]) {
  if (!r.province) return NATIONWIDE.vi;
  if (normalizeListingProvince(r.province)) return r.province;
  warn(`[match] ${kind} "${r.id}": province "${r.province}" not recognised; matched without a region`);
  return NATIONWIDE.vi;
}

function offerRow(o: BatchOffer) {
  return [o.id, o.language ?? detectLanguage(`${o.title} ${o.summary}`), o.title, o.summary, o.application ?? "", o.marketPotential ?? "", o.trl ?? "",
    o.ipStatus && !NUMBERED.includes(o.ipStatus) ? o.ipStatus : "", o.askingPriceVnd ?? "", (o.transferTypes ?? []).join(","), o.province];
}
const OFFER_HEADER = ["external ref", "language", "title", "summary", "application", "market size", "trl", "ip status", "asking price", "deal types", "province"];

function challengeRow(c: BatchChallenge) {
  return [c.id, c.language ?? detectLanguage(`${c.title} ${c.problem}`), c.title, c.problem, c.desiredOutcome ?? "", c.minTrl ?? "", c.budgetVnd ?? "",
    (c.transferTypes ?? []).join(","), c.province];
}
const CHALLENGE_HEADER = ["external ref", "language", "title", "problem", "desired outcome", "min trl", "budget max", "deal types", "province"];

/** Imports records through the spreadsheet import; returns external ref → listing id, and reports rejected rows. */
async function load(kind: ListingKind, rows: unknown[][], header: string[], actor: Awaited<ReturnType<typeof createWorkspace>>["lab"], warn: BatchOptions["warn"]) {
  const rejected = new Map<string, string>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const bytes = new TextEncoder().encode(toCsv(header, rows.slice(i, i + CHUNK)));
    const preview = await previewImport({ actor, kind, fileName: `batch-${kind}.csv`, bytes });
    for (const r of preview.rows.filter((x) => x.action === "skip")) {
      const why = Object.entries(r.errors).map(([f, key]) => `${f}: ${fieldMessages[key] ?? key}`).join("; ");
      rejected.set(r.externalRef ?? `line ${r.line}`, why);
      warn(`[match] ${kind} "${r.externalRef ?? `#${r.line - 1}`}" skipped: ${why}`);
    }
    if (preview.valid) await runImport({ actor, batchId: preview.batchId });
  }
  const listed = kind === "offer" ? await db().offer.findMany({ select: { id: true, externalRef: true } }) : await db().challenge.findMany({ select: { id: true, externalRef: true } });
  return { idByRef: new Map(listed.map((l) => [l.externalRef!, l.id])), rejected };
}

/**
 * The batch contract (shared/matching/FORMAT.md) on the app's own code: records go in
 * through the spreadsheet import, profiles are built by the job queue, and each item is
 * matched by the same service the web app and the API use.
 */
export async function runBatch(raw: unknown, opts: BatchOptions): Promise<BatchOutput> {
  const input = readBatchInput(raw, opts.warn);
  const actors = await createWorkspace();
  const offers = await load("offer", input.offers.map((o) => offerRow({ ...o, province: province("offer", o, opts.warn) })), OFFER_HEADER, actors.lab, opts.warn);
  const challenges = await load("challenge", input.challenges.map((c) => challengeRow({ ...c, province: province("challenge", c, opts.warn) })), CHALLENGE_HEADER, actors.firm, opts.warn);
  opts.warn(`[match] loaded ${offers.idByRef.size} offers and ${challenges.idByRef.size} challenges; building profiles`);
  await runDueJobs({ max: Number.MAX_SAFE_INTEGER });

  const [items, mine, theirs] = opts.direction === "challenges" ? [input.challenges, challenges, offers] : [input.offers, offers, challenges];
  const refById = new Map([...theirs.idByRef].map(([ref, id]) => [id, ref]));
  const kind: ListingKind = opts.direction === "challenges" ? "challenge" : "offer";
  const results: BatchOutput["results"] = [];
  for (const item of items) {
    const id = mine.idByRef.get(item.id);
    const listing = id ? await loadMatchListing(kind, id) : null;
    if (!listing) {
      results.push({ id: item.id, matches: [], error: mine.rejected.get(item.id) ?? "not loaded" });
      continue;
    }
    const matches = await findMatches({ listing, top: opts.top, scope: "all", showPrice: true });
    const language = listing.text.language ?? "vi";
    results.push({
      id: item.id,
      matches: matches.map((m) => ({ id: refById.get(m.id)!, score: Math.round(m.score * 1000) / 1000, reasons: renderReasons(m.reasons, language, glossary()) })),
    });
  }
  return { direction: opts.direction, results };
}
