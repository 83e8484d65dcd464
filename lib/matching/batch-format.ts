// The batch matching contract (shared/matching/FORMAT.md): the input read leniently, record
// by record, so one malformed record is reported and the others are still matched. The
// fields themselves are checked by the app's import, with its translated messages.
import { z } from "zod";

const text = z.unknown().optional().transform((v) => (v === null || v === undefined || v === "" ? undefined : String(v)));
const list = z.unknown().optional().transform((v) => (Array.isArray(v) ? v.map(String) : v === null || v === undefined || v === "" ? [] : [String(v)]));
const id = z.union([z.string().trim().min(1), z.number().transform(String)]);

const ZBatchOffer = z.object({
  id, title: text, summary: text, application: text, marketPotential: text, language: text, trl: text,
  transferTypes: list, ipStatus: text, askingPriceVnd: text, province: text,
});
const ZBatchChallenge = z.object({
  id, title: text, problem: text, desiredOutcome: text, language: text, minTrl: text,
  budgetVnd: text, transferTypes: list, province: text,
});
export type BatchOffer = z.infer<typeof ZBatchOffer>;
export type BatchChallenge = z.infer<typeof ZBatchChallenge>;

export const ZBatchFile = z
  .object({ offers: z.array(z.unknown()).optional(), challenges: z.array(z.unknown()).optional() })
  .refine((f) => f.offers !== undefined || f.challenges !== undefined, "the file has neither \"offers\" nor \"challenges\"");

export type BatchOutput = {
  direction: "challenges" | "offers";
  results: { id: string; matches: { id: string; score: number; reasons: string[] }[]; error?: string }[];
};

export class BatchFileError extends Error {}

/** The file's records; those without a usable or unique id are reported and dropped. */
export function readBatchInput(raw: unknown, warn: (line: string) => void): { offers: BatchOffer[]; challenges: BatchChallenge[] } {
  const file = ZBatchFile.safeParse(raw);
  if (!file.success) throw new BatchFileError(file.error.issues[0]?.message ?? "not a batch file");
  const read = <T extends { id: string }>(kind: string, records: unknown[] | undefined, schema: z.ZodType<T>): T[] => {
    const seen = new Set<string>();
    const out: T[] = [];
    for (const [i, record] of (records ?? []).entries()) {
      const parsed = schema.safeParse(record);
      if (!parsed.success) {
        warn(`[match] ${kind} #${i + 1} skipped: it needs an "id" (a string unique in the file)`);
        continue;
      }
      if (seen.has(parsed.data.id)) {
        warn(`[match] ${kind} "${parsed.data.id}" skipped: the id is used twice in the file`);
        continue;
      }
      seen.add(parsed.data.id);
      out.push(parsed.data);
    }
    return out;
  };
  return { offers: read("offer", file.data.offers, ZBatchOffer), challenges: read("challenge", file.data.challenges, ZBatchChallenge) };
}
