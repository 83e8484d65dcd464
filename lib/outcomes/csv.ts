// One table of an outcome view as CSV (lib/csv.ts: UTF-8 with BOM, for Excel). Headers are in
// the user's language (messages/*.json, outcomes.csv); keys stay codes (DOMESTIC, ha-noi,
// 2026-Q3) so the file sorts and joins; hidden money is an empty cell, shares and rates have
// 4 decimals.
import { toCsv } from "@/lib/csv";
import { messagesFor } from "@/i18n/messages";
import type vi from "@/messages/vi.json";
import type { ContractGroupRow, IntermediaryOutcomes, ListingOutcomes, MarketOverview, Rate, StateIndicators } from "./types";

export const OUTCOME_TABLES = {
  market: ["listingsByField", "listingsBySector", "contractsByQuarter", "byDirection", "byType"],
  state: ["listingsByField", "listingsBySector", "contractsByQuarter", "byDirection", "byType", "byProvince", "byOrganizationKind", "funnel", "indicators"],
  intermediary: ["dealsByStage", "deals"],
  listing: ["summary"],
} as const;
export type OutcomeView = keyof typeof OUTCOME_TABLES;
export type OutcomeTable<V extends OutcomeView> = (typeof OUTCOME_TABLES)[V][number];
type ViewData = { market: MarketOverview; state: StateIndicators; intermediary: IntermediaryOutcomes; listing: ListingOutcomes };

type Words = (typeof vi)["outcomes"]["csv"];

const ratio = (v: number | null) => (v === null ? "" : Math.round(v * 10_000) / 10_000);
const rateRow = (name: string, r: Rate) => [name, r.numerator, r.denominator, ratio(r.rate)];

export function isOutcomeTable<V extends OutcomeView>(view: V, table: string): table is OutcomeTable<V> {
  return (OUTCOME_TABLES[view] as readonly string[]).includes(table);
}

export function outcomeCsv<V extends OutcomeView>(view: V, table: OutcomeTable<V>, data: ViewData[V], locale: string): string {
  const w: Words = messagesFor(locale).outcomes.csv;
  const groups = (keyHeader: string, rows: ContractGroupRow[]) =>
    toCsv([keyHeader, w.contracts, w.value, w.shareOfContracts, w.shareOfValue], rows.map((r) => [r.key, r.contracts, r.valueVnd ?? "", ratio(r.shareOfContracts), ratio(r.shareOfValue)]));
  const listings = (keyHeader: string, rows: MarketOverview["listingsByField"]) => toCsv([keyHeader, w.offers, w.challenges], rows.map((r) => [r.key, r.offers, r.challenges]));
  const t = table as string;
  if (view === "market" || view === "state") {
    const m = data as MarketOverview;
    if (t === "listingsByField") return listings(w.field, m.listingsByField);
    if (t === "listingsBySector") return listings(w.sector, m.listingsBySector);
    if (t === "contractsByQuarter") return toCsv([w.quarter, w.contracts, w.value], m.contractsByQuarter.map((q) => [q.key, q.contracts, q.valueVnd ?? ""]));
    if (t === "byDirection") return groups(w.direction, m.byDirection);
    if (t === "byType") return groups(w.type, m.byType);
  }
  if (view === "state") {
    const s = data as StateIndicators;
    if (t === "byProvince") return groups(w.province, s.byProvince);
    if (t === "byOrganizationKind") return groups(w.organizationKind, s.byOrganizationKind);
    if (t === "funnel") {
      const stages = Object.entries(s.funnel) as [string, number][];
      return toCsv([w.stage, w.deals, w.conversion], stages.map(([k, n], i) => [k, n, i === 0 ? "" : ratio(stages[i - 1]![1] ? n / stages[i - 1]![1] : null)]));
    }
    if (t === "indicators") {
      return toCsv([w.indicator, w.numerator, w.denominator, w.rate], [
        rateRow("commercialisation.all", s.commercialisation.all),
        rateRow("commercialisation.patented", s.commercialisation.patented),
        rateRow("commercialisation.stateFunded", s.commercialisation.stateFunded),
        rateRow("commissionedChallenges", s.commissionedChallenges),
        rateRow("responses.answered", s.responses.answered),
        rateRow("responses.answeredInTime", s.responses.answeredInTime),
        rateRow("conversionByCompleteness.complete", s.conversionByCompleteness.complete),
        rateRow("conversionByCompleteness.incomplete", s.conversionByCompleteness.incomplete),
        ["medianDays.publicationToFirstInterest", "", "", s.medianDays.publicationToFirstInterest ?? ""],
        ["medianDays.publicationToFirstContract", "", "", s.medianDays.publicationToFirstContract ?? ""],
        ["responses.medianDaysToAnswer", "", "", s.responses.medianDaysToAnswer ?? ""],
      ]);
    }
  }
  if (view === "intermediary") {
    const r = data as IntermediaryOutcomes;
    if (t === "dealsByStage") return toCsv([w.stage, w.deals], r.dealsByStage.map((s) => [s.key, s.count]));
    if (t === "deals") return toCsv([w.id, w.title, w.stage, w.createdAt, w.contractValue], r.deals.map((d) => [d.id, d.title, d.stage, d.createdAt.slice(0, 10), d.contractValueVnd ?? ""]));
  }
  if (view === "listing" && t === "summary") {
    const l = data as ListingOutcomes;
    return toCsv([w.metric, w.rate], [
      ["views", l.views], ["matches", l.matches], ["interests", l.interests], ["ndas", l.ndas],
      ["dealsOpen", l.dealsOpen], ["dealsContracted", l.dealsContracted], ["completeness", l.completeness], ["missingFields", l.missingFields],
    ]);
  }
  throw new Error(`unknown outcome table ${view}/${t}`);
}
