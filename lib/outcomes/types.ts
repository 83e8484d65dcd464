// What the outcome views return (lib/server/outcomes/*) and the pages, charts and CSV
// exports render. Money is a decimal string of whole VND (BigInt does not serialise);
// `null` money means "hidden": fewer than MIN_GROUP_FOR_VALUE contracts in the group and
// not all of them the viewer's own.
import type { OutcomeFilters } from "./filters";

export type Money = string | null;
export type Direction = "DOMESTIC" | "INBOUND" | "OUTBOUND";

/** One row of a table (and one bar of its chart). */
export type CountRow = { key: string; count: number };
export type ContractGroupRow = { key: string; contracts: number; valueVnd: Money; shareOfContracts: number; shareOfValue: number | null };

export type MarketOverview = {
  filters: OutcomeFilters;
  listingsByField: { key: string; offers: number; challenges: number }[];
  listingsBySector: { key: string; offers: number; challenges: number }[];
  /** "2026-Q3" keys, oldest first, quarters without contracts included between the first and the last. */
  contractsByQuarter: { key: string; contracts: number; valueVnd: Money }[];
  totals: { publishedOffers: number; publishedChallenges: number; contracts: number; valueVnd: Money };
  byDirection: ContractGroupRow[]; // keys: Direction
  byType: ContractGroupRow[]; // keys: ContractType
};

export type Funnel = { interest: number; nda: number; negotiation: number; agreed: number; contracted: number };
export type Rate = { numerator: number; denominator: number; rate: number | null };

export type StateIndicators = MarketOverview & {
  byProvince: ContractGroupRow[]; // keys: province codes
  byOrganizationKind: ContractGroupRow[]; // keys: the supplier organisation's kind ("FOREIGN" when not on the platform)
  commercialisation: { all: Rate; patented: Rate; stateFunded: Rate };
  medianDays: { publicationToFirstInterest: number | null; publicationToFirstContract: number | null };
  /** Interests answered (accepted or declined) / interests that were due an answer; within 14 days separately. */
  responses: { answered: Rate; answeredInTime: Rate; medianDaysToAnswer: number | null };
  funnel: Funnel;
  commissionedChallenges: Rate; // state-commissioned challenges with a contract / published ones
  /** Offers with a complete business case convert better? Each with its rate and size. */
  conversionByCompleteness: { complete: Rate; incomplete: Rate };
};

export type IntermediaryOutcomes = {
  filters: OutcomeFilters;
  organization: { id: string; name: string };
  dealsByStage: CountRow[]; // keys: DealStage
  contracts: { contracts: number; valueVnd: Money };
  conversion: Rate; // brokered deals that reached CONTRACTED / brokered deals
  medianDaysToAnswer: number | null;
  platform: { conversion: Rate; medianDaysToAnswer: number | null };
  deals: { id: string; title: string; stage: string; createdAt: string; contractValueVnd: Money }[];
};

export type ListingOutcomes = {
  listing: { kind: "offer" | "challenge"; id: string; title: string };
  views: number;
  matches: number;
  interests: number;
  ndas: number;
  dealsOpen: number;
  dealsContracted: number;
  /** Business-case fields still empty (lib/listings/completeness.ts). */
  missingFields: string[];
  completeness: number;
};
