import type { ChallengeView, OfferView } from "./views";

const s = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));

/** An offer as its edit form's initial values (owner view). */
export function offerFormValues(o: OfferView): Record<string, string> {
  return {
    language: o.language,
    title: o.title,
    summary: o.summary,
    titleTranslated: s(o.titleTranslated),
    summaryTranslated: s(o.summaryTranslated),
    application: s(o.application),
    targetCustomers: s(o.targetCustomers),
    trl: String(o.trl),
    ipStatus: o.ipStatus,
    patentNumbers: o.details?.patentNumbers.join(", ") ?? "",
    stateFunded: o.stateFunded ? "on" : "",
    dealTypes: o.dealTypes.join(","),
    fieldCodes: o.fieldCodes.join(","),
    sectorCodes: o.sectorCodes.join(","),
    province: o.province,
    marketSize: s(o.details?.marketSize),
    unitCost: s(o.details?.unitCost),
    efficiencyGain: s(o.details?.efficiencyGain),
    investmentNeeded: s(o.details?.investmentNeeded),
    askingPriceVnd: s(o.details?.askingPriceVnd),
    confidentialDetails: s(o.confidential?.confidentialDetails),
    externalRef: s(o.owner?.externalRef),
  };
}

export function challengeFormValues(c: ChallengeView): Record<string, string> {
  return {
    language: c.language,
    title: c.title,
    problem: c.problem,
    titleTranslated: s(c.titleTranslated),
    problemTranslated: s(c.problemTranslated),
    desiredOutcome: s(c.desiredOutcome),
    minTrl: String(c.minTrl),
    deadline: c.deadline ? c.deadline.slice(0, 10) : "",
    dealTypes: c.dealTypes.join(","),
    fieldCodes: c.fieldCodes.join(","),
    sectorCodes: c.sectorCodes.join(","),
    province: c.province,
    constraints: s(c.details?.constraints),
    budgetMinVnd: s(c.details?.budgetMinVnd),
    budgetMaxVnd: s(c.details?.budgetMaxVnd),
    confidentialDetails: s(c.confidential?.confidentialDetails),
    externalRef: s(c.owner?.externalRef),
  };
}
