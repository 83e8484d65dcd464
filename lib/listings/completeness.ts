// How complete an offer's business case is: what a firm needs before it calls a lab.
// Shown to owners before publishing, with the missing fields named.

export const OFFER_BUSINESS_FIELDS = [
  "application",
  "targetCustomers",
  "marketSize",
  "unitCost",
  "efficiencyGain",
  "investmentNeeded",
  "askingPriceVnd",
  "translation",
] as const;
export type OfferBusinessField = (typeof OFFER_BUSINESS_FIELDS)[number];

export const CHALLENGE_FIELDS = ["desiredOutcome", "constraints", "budget", "deadline", "dealTypes", "sectors", "translation"] as const;
export type ChallengeField = (typeof CHALLENGE_FIELDS)[number];

type Filled = (value: unknown) => boolean;
const filled: Filled = (v) => (Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined && String(v).trim() !== "");

export type Completeness<F extends string> = { score: number; missing: F[] };

export function offerCompleteness(o: {
  application?: string | null;
  targetCustomers?: string | null;
  marketSize?: string | null;
  unitCost?: string | null;
  efficiencyGain?: string | null;
  investmentNeeded?: string | null;
  askingPriceVnd?: unknown;
  titleTranslated?: string | null;
  summaryTranslated?: string | null;
}): Completeness<OfferBusinessField> {
  const present: Record<OfferBusinessField, boolean> = {
    application: filled(o.application),
    targetCustomers: filled(o.targetCustomers),
    marketSize: filled(o.marketSize),
    unitCost: filled(o.unitCost),
    efficiencyGain: filled(o.efficiencyGain),
    investmentNeeded: filled(o.investmentNeeded),
    askingPriceVnd: filled(o.askingPriceVnd),
    translation: filled(o.titleTranslated) && filled(o.summaryTranslated),
  };
  return summarise(present);
}

export function challengeCompleteness(c: {
  desiredOutcome?: string | null;
  constraints?: string | null;
  budgetMinVnd?: unknown;
  budgetMaxVnd?: unknown;
  deadline?: unknown;
  dealTypes?: unknown[];
  sectorCodes?: unknown[];
  titleTranslated?: string | null;
  problemTranslated?: string | null;
}): Completeness<ChallengeField> {
  const present: Record<ChallengeField, boolean> = {
    desiredOutcome: filled(c.desiredOutcome),
    constraints: filled(c.constraints),
    budget: filled(c.budgetMinVnd) || filled(c.budgetMaxVnd),
    deadline: filled(c.deadline),
    dealTypes: filled(c.dealTypes),
    sectors: filled(c.sectorCodes),
    translation: filled(c.titleTranslated) && filled(c.problemTranslated),
  };
  return summarise(present);
}

function summarise<F extends string>(present: Record<F, boolean>): Completeness<F> {
  const keys = Object.keys(present) as F[];
  const missing = keys.filter((k) => !present[k]);
  return { score: Math.round(((keys.length - missing.length) / keys.length) * 100), missing };
}
