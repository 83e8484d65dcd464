import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { isoFromDate, todayIso } from "@/lib/contracts/dates";
import { readAuditEntries, type AuditEntryView } from "@/lib/server/audit/list-audit";
import { db } from "@/lib/server/db/client";
import type { ContractVersion } from "@/lib/server/db/generated/client";
import { isAdmin, loadContractForActor } from "./contract-access";

/** The terms of one version, money and decimals as strings, dates as "YYYY-MM-DD". */
export type ContractTerms = {
  title: string;
  type: string;
  supplierOrgId: string | null;
  supplierName: string;
  supplierCountry: string;
  recipientOrgId: string | null;
  recipientName: string;
  recipientCountry: string;
  intermediaryOrgId: string | null;
  direction: "DOMESTIC" | "INBOUND" | "OUTBOUND";
  valueVnd: string;
  currency: string | null;
  foreignAmount: string | null;
  exchangeRate: string | null;
  rateDate: string | null;
  signedAt: string;
  termMonths: number | null;
  royaltyPct: string | null;
  royaltyNote: string | null;
  stateFunded: boolean;
  registrationNumber: string | null;
  registrationDate: string | null;
};
export type ContractChange = { field: keyof ContractTerms; before: unknown; after: unknown };
export type ContractVersionView = {
  version: number;
  changedBy: { id: string; name: string };
  changedByOrg: { id: string; name: string } | null;
  reason: string | null;
  createdAt: string;
  /** What this version changed from the one before (empty for version 1). */
  changes: ContractChange[];
};
export type MilestoneView = {
  id: string;
  position: number;
  title: string;
  dueDate: string;
  amountVnd: string | null;
  status: "PENDING" | "DONE";
  evidence: string | null;
  doneAt: string | null;
  doneBy: { id: string; name: string } | null;
  overdue: boolean;
};
export type ContractView = ContractTerms & {
  id: string;
  currentVersion: number;
  dealId: string | null;
  offerId: string | null;
  challengeId: string | null;
  intermediaryName: string | null;
  createdAt: string;
  versions: ContractVersionView[];
  milestones: MilestoneView[];
  audit: AuditEntryView[];
  /** The actor acts for a party (may correct and mark milestones done); admins may correct. */
  isParty: boolean;
  canCorrect: boolean;
};

const ymd = (d: Date | null) => (d ? isoFromDate(d) : null);

export function termsOf(v: ContractVersion): ContractTerms {
  return {
    title: v.title,
    type: v.type,
    supplierOrgId: v.supplierOrgId,
    supplierName: v.supplierName,
    supplierCountry: v.supplierCountry,
    recipientOrgId: v.recipientOrgId,
    recipientName: v.recipientName,
    recipientCountry: v.recipientCountry,
    intermediaryOrgId: v.intermediaryOrgId,
    direction: v.direction,
    valueVnd: v.valueVnd.toString(),
    currency: v.currency,
    foreignAmount: v.foreignAmount?.toString() ?? null,
    exchangeRate: v.exchangeRate?.toString() ?? null,
    rateDate: ymd(v.rateDate),
    signedAt: isoFromDate(v.signedAt),
    termMonths: v.termMonths,
    royaltyPct: v.royaltyPct?.toString() ?? null,
    royaltyNote: v.royaltyNote,
    stateFunded: v.stateFunded,
    registrationNumber: v.registrationNumber,
    registrationDate: ymd(v.registrationDate),
  };
}

function diff(before: ContractTerms, after: ContractTerms): ContractChange[] {
  return (Object.keys(after) as (keyof ContractTerms)[]).filter((k) => before[k] !== after[k]).map((field) => ({ field, before: before[field], after: after[field] }));
}

/** One contract for its parties and admins (others NOT_FOUND): current terms, versions, milestones, audit. */
export async function getContract({ actor, id }: { actor: Actor | null; id: string }): Promise<ContractView> {
  const { contract, partyOrgId } = await loadContractForActor(actor, id);
  const [versions, milestones, audit] = await Promise.all([
    db().contractVersion.findMany({ where: { contractId: id }, orderBy: { version: "asc" } }),
    db().contractMilestone.findMany({ where: { contractId: id }, orderBy: { position: "asc" } }),
    readAuditEntries({ contractId: id }),
  ]);
  const userIds = [...new Set([...versions.map((v) => v.changedById), ...milestones.map((m) => m.doneById).filter((x): x is string => Boolean(x))])];
  const orgIds = [...new Set([...versions.map((v) => v.changedByOrgId), contract.intermediaryOrgId].filter((x): x is string => Boolean(x)))];
  const [users, orgs] = await Promise.all([
    db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    db().organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } }),
  ]);
  const user = (uid: string) => ({ id: uid, name: users.find((u) => u.id === uid)?.name ?? "?" });
  const orgName = (oid: string) => orgs.find((o) => o.id === oid)?.name ?? "?";
  const terms = versions.map(termsOf);
  const current = terms.find((_, i) => versions[i]!.version === contract.currentVersion) ?? terms[terms.length - 1]!;
  const today = todayIso();
  return {
    ...current,
    id: contract.id,
    currentVersion: contract.currentVersion,
    dealId: contract.dealId,
    offerId: contract.offerId,
    challengeId: contract.challengeId,
    intermediaryName: contract.intermediaryOrgId ? orgName(contract.intermediaryOrgId) : null,
    createdAt: contract.createdAt.toISOString(),
    versions: versions.map((v, i) => ({
      version: v.version,
      changedBy: user(v.changedById),
      changedByOrg: v.changedByOrgId ? { id: v.changedByOrgId, name: orgName(v.changedByOrgId) } : null,
      reason: v.reason,
      createdAt: v.createdAt.toISOString(),
      changes: i === 0 ? [] : diff(terms[i - 1]!, terms[i]!),
    })),
    milestones: milestones.map((m) => ({
      id: m.id,
      position: m.position,
      title: m.title,
      dueDate: isoFromDate(m.dueDate),
      amountVnd: m.amountVnd?.toString() ?? null,
      status: m.status,
      evidence: m.evidence,
      doneAt: m.doneAt?.toISOString() ?? null,
      doneBy: m.doneById ? user(m.doneById) : null,
      overdue: m.status === "PENDING" && isoFromDate(m.dueDate) < today,
    })),
    audit,
    isParty: partyOrgId !== null,
    canCorrect: partyOrgId !== null || isAdmin(actor!),
  };
}

/** The audit entries of one contract, for its parties and admins (others NOT_FOUND). */
export async function getContractAudit({ actor, id }: { actor: Actor | null; id: string }): Promise<AuditEntryView[]> {
  await loadContractForActor(actor, id);
  return readAuditEntries({ contractId: id });
}
