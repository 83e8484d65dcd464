import "server-only";
import type { TransferDirection } from "@/lib/contracts/direction";
import type { CorrectContract, CreateContract } from "@/lib/contracts/schemas";
import type { Party } from "./resolve-parties";

type Terms = Omit<CreateContract, "milestones" | "idempotencyKey" | "dealId" | "dealVersion" | "intermediaryOrgId"> | Omit<CorrectContract, "reason" | "expectedVersion">;

/** The columns of one ContractVersion from parsed terms and resolved parties. */
export function versionColumns(v: Terms, p: { supplier: Party; recipient: Party; direction: TransferDirection; intermediaryOrgId: string | null }) {
  return {
    title: v.title,
    type: v.type,
    supplierOrgId: p.supplier.orgId,
    supplierName: p.supplier.name,
    supplierCountry: p.supplier.country,
    recipientOrgId: p.recipient.orgId,
    recipientName: p.recipient.name,
    recipientCountry: p.recipient.country,
    intermediaryOrgId: p.intermediaryOrgId,
    direction: p.direction,
    valueVnd: v.valueVnd!,
    currency: v.currency,
    foreignAmount: v.currency ? v.foreignAmount : null,
    exchangeRate: v.currency ? v.exchangeRate : null,
    rateDate: v.currency ? v.rateDate : null,
    signedAt: v.signedAt!,
    termMonths: v.termMonths,
    royaltyPct: v.royaltyPct,
    royaltyNote: v.royaltyNote,
    stateFunded: v.stateFunded,
    registrationNumber: v.registrationNumber,
    registrationDate: v.registrationDate,
  };
}
export type VersionColumns = ReturnType<typeof versionColumns>;

/** The columns TransferContract copies from its current version (for lists and figures). */
export function copiedColumns(c: VersionColumns) {
  const { title, type, supplierOrgId, supplierName, supplierCountry, recipientOrgId, recipientName, recipientCountry, intermediaryOrgId, direction, valueVnd, signedAt, stateFunded } = c;
  return { title, type, supplierOrgId, supplierName, supplierCountry, recipientOrgId, recipientName, recipientCountry, intermediaryOrgId, direction, valueVnd, signedAt, stateFunded };
}
