// The shapes a listing leaves the server in. Each tier's fields are copied only when the
// viewer's access allows them: what is not copied cannot reach a browser or an API client.
// The functions name every field on purpose (an allow-list): spreading the row would also
// pass on whatever else the query selected, such as the admitted organisations.
import { canSeeConfidential, canSeeDetails, type ListingAccess } from "./access";

type OrgRef = { id: string; name: string; slug: string; kind: string; verificationStatus: string };

/** The public part of an offer, the same in the database row and in every view. */
type OfferTeaser = {
  id: string;
  status: string;
  language: string;
  title: string;
  summary: string;
  titleTranslated: string | null;
  summaryTranslated: string | null;
  application: string | null;
  targetCustomers: string | null;
  trl: number;
  ipStatus: string;
  stateFunded: boolean;
  dealTypes: string[];
  fieldCodes: string[];
  sectorCodes: string[];
  province: string;
  organization: OrgRef;
  listedBy: OrgRef | null;
};

type OfferRow = OfferTeaser & {
  marketSize: string | null;
  unitCost: string | null;
  efficiencyGain: string | null;
  investmentNeeded: string | null;
  askingPriceVnd: bigint | null;
  patentNumbers: string[];
  confidentialDetails: string | null;
  externalRef: string | null;
  publishedAt: Date | null;
  expiresAt: Date | null;
  updatedAt: Date;
};

export type OfferView = OfferTeaser & {
  kind: "offer";
  access: ListingAccess;
  publishedAt: string | null;
  expiresAt: string | null;
  updatedAt: string;
  /** Members of verified organisations. Money as a decimal string (BigInt does not serialise). */
  details: {
    marketSize: string | null;
    unitCost: string | null;
    efficiencyGain: string | null;
    investmentNeeded: string | null;
    askingPriceVnd: string | null;
    patentNumbers: string[];
  } | null;
  /** Admitted organisations and the owner. */
  confidential: { confidentialDetails: string | null } | null;
  /** The owner's own bookkeeping. */
  owner: { externalRef: string | null } | null;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toOfferView(row: OfferRow, access: ListingAccess): OfferView {
  return {
    kind: "offer",
    id: row.id,
    access,
    status: row.status,
    language: row.language,
    title: row.title,
    summary: row.summary,
    titleTranslated: row.titleTranslated,
    summaryTranslated: row.summaryTranslated,
    application: row.application,
    targetCustomers: row.targetCustomers,
    trl: row.trl,
    ipStatus: row.ipStatus,
    stateFunded: row.stateFunded,
    dealTypes: row.dealTypes,
    fieldCodes: row.fieldCodes,
    sectorCodes: row.sectorCodes,
    province: row.province,
    publishedAt: iso(row.publishedAt),
    expiresAt: iso(row.expiresAt),
    updatedAt: row.updatedAt.toISOString(),
    organization: row.organization,
    listedBy: row.listedBy,
    details: canSeeDetails(access)
      ? {
          marketSize: row.marketSize,
          unitCost: row.unitCost,
          efficiencyGain: row.efficiencyGain,
          investmentNeeded: row.investmentNeeded,
          askingPriceVnd: row.askingPriceVnd?.toString() ?? null,
          patentNumbers: row.patentNumbers,
        }
      : null,
    confidential: canSeeConfidential(access) ? { confidentialDetails: row.confidentialDetails } : null,
    owner: access === "owner" ? { externalRef: row.externalRef } : null,
  };
}

/** The public part of a challenge, the same in the database row and in every view. */
type ChallengeTeaser = {
  id: string;
  status: string;
  language: string;
  stateCommissioned: boolean;
  title: string;
  problem: string;
  desiredOutcome: string | null;
  titleTranslated: string | null;
  problemTranslated: string | null;
  minTrl: number;
  dealTypes: string[];
  fieldCodes: string[];
  sectorCodes: string[];
  province: string;
  organization: OrgRef;
};

type ChallengeRow = ChallengeTeaser & {
  deadline: Date | null;
  constraints: string | null;
  budgetMinVnd: bigint | null;
  budgetMaxVnd: bigint | null;
  confidentialDetails: string | null;
  externalRef: string | null;
  publishedAt: Date | null;
  expiresAt: Date | null;
  updatedAt: Date;
};

export type ChallengeView = ChallengeTeaser & {
  kind: "challenge";
  access: ListingAccess;
  deadline: string | null;
  publishedAt: string | null;
  expiresAt: string | null;
  updatedAt: string;
  details: { constraints: string | null; budgetMinVnd: string | null; budgetMaxVnd: string | null } | null;
  confidential: { confidentialDetails: string | null } | null;
  owner: { externalRef: string | null } | null;
};

export function toChallengeView(row: ChallengeRow, access: ListingAccess): ChallengeView {
  return {
    kind: "challenge",
    id: row.id,
    access,
    status: row.status,
    language: row.language,
    stateCommissioned: row.stateCommissioned,
    title: row.title,
    problem: row.problem,
    desiredOutcome: row.desiredOutcome,
    titleTranslated: row.titleTranslated,
    problemTranslated: row.problemTranslated,
    minTrl: row.minTrl,
    deadline: iso(row.deadline),
    dealTypes: row.dealTypes,
    fieldCodes: row.fieldCodes,
    sectorCodes: row.sectorCodes,
    province: row.province,
    publishedAt: iso(row.publishedAt),
    expiresAt: iso(row.expiresAt),
    updatedAt: row.updatedAt.toISOString(),
    organization: row.organization,
    details: canSeeDetails(access)
      ? {
          constraints: row.constraints,
          budgetMinVnd: row.budgetMinVnd?.toString() ?? null,
          budgetMaxVnd: row.budgetMaxVnd?.toString() ?? null,
        }
      : null,
    confidential: canSeeConfidential(access) ? { confidentialDetails: row.confidentialDetails } : null,
    owner: access === "owner" ? { externalRef: row.externalRef } : null,
  };
}
