import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { allowedEvents, isOverdue, type DealEvent, type DealRole, type DealStage } from "@/lib/deals/stages";
import { AppError } from "@/lib/errors";
import { readAuditEntries, type AuditEntryView } from "@/lib/server/audit/list-audit";
import { db } from "@/lib/server/db/client";
import { readDealMessages, readDealProposals, type DealMessageView, type ProposalView } from "./deal-thread";
import { dealRoles } from "./load-deal";
import { dealNdaDocument, latestNdaTemplate, type NdaDocument } from "./nda-templates";
import { negotiatingSide } from "./propose-terms";

/** Stages in which the owner has chosen the NDA. */
const PAST_INTEREST: readonly DealStage[] = ["NDA", "NEGOTIATION", "AGREED", "CONTRACTED"];

type OrgRef = { id: string; name: string; slug: string };

export type DealView = {
  id: string;
  stage: DealStage;
  version: number;
  listing: { kind: "offer" | "challenge"; id: string; title: string; teaser: string; href: string };
  /** The challenge of a deal an intermediary opened from an introduction. */
  challenge: { id: string; title: string } | null;
  owner: OrgRef;
  partner: OrgRef;
  intermediary: OrgRef | null;
  initiatorOrgId: string;
  myRoles: DealRole[];
  allowedEvents: DealEvent[];
  interest: { message: string; dealType: string | null; timing: string | null; createdAt: string };
  respondBy: string;
  respondedAt: string | null;
  overdue: boolean;
  closed: { reason: string | null; note: string | null; byOrganization: string | null } | null;
  /** The NDA the owner chose (from the NDA stage on), and its acceptance once accepted. */
  nda: (Omit<NdaDocument, "templateId"> & { standard: boolean }) | null;
  ndaAcceptance: { user: string; organization: string; ndaVersion: string; textSha256: string; acceptedAt: string } | null;
  /** For the owner answering an interest: its newest own NDA version, offered besides the standard text. */
  ndaChoice: { id: string; title: string; version: number } | null;
  messages: DealMessageView[];
  canMessage: boolean;
  proposals: ProposalView[];
  canPropose: boolean;
  /** The latest proposal when the actor may accept it (it came from the other side). */
  canAgreeTo: string | null;
  agreedProposalId: string | null;
  /** The transfer contract recorded from this deal (CONTRACTED), and whether the actor may record it (AGREED). */
  contractId: string | null;
  canRecordContract: boolean;
  timeline: AuditEntryView[];
};

/** Everything the deal page shows, for the deal's parties only (anyone else: NOT_FOUND). */
export async function getDeal({ actor, id }: { actor: Actor | null; id: string }): Promise<DealView> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const d = await db().deal.findUnique({
    where: { id },
    include: {
      offer: { select: { id: true, title: true, summary: true } },
      challenge: { select: { id: true, title: true, problem: true } },
      ndaAcceptances: { select: { userId: true, organizationId: true, ndaVersion: true, textSha256: true, acceptedAt: true } },
      contract: { select: { id: true } },
    },
  });
  if (!d) throw new AppError("NOT_FOUND");
  const roles = dealRoles(actor, d);
  if (!roles.length) throw new AppError("NOT_FOUND");
  const core = { ...d, stage: d.stage as DealStage };

  const orgIds = [d.ownerOrgId, d.partnerOrgId, d.intermediaryOrgId, d.closedByOrgId].filter((x): x is string => Boolean(x));
  const orgs = new Map((await db().organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true, slug: true } })).map((o) => [o.id, o]));
  const org = (oid: string) => orgs.get(oid) ?? { id: oid, name: "?", slug: "" };
  const acceptance = d.ndaAcceptances[0];
  const accepter = acceptance ? await db().user.findUnique({ where: { id: acceptance.userId }, select: { name: true } }) : null;
  const [messages, proposals, timeline, nda, choice] = await Promise.all([
    readDealMessages(d.id),
    readDealProposals(d),
    readAuditEntries({ dealId: d.id }),
    acceptance || PAST_INTEREST.includes(core.stage) ? dealNdaDocument(d.ndaTemplateId) : null,
    d.stage === "INTEREST" && roles.includes("owner") ? latestNdaTemplate(d.ownerOrgId) : null,
  ]);

  const kind: "offer" | "challenge" = d.listingKind === "challenge" ? "challenge" : "offer";
  const listing =
    kind === "offer"
      ? { kind, id: d.offer!.id, title: d.offer!.title, teaser: d.offer!.summary, href: `/offers/${d.offer!.id}` }
      : { kind, id: d.challenge!.id, title: d.challenge!.title, teaser: d.challenge!.problem, href: `/challenges/${d.challenge!.id}` };
  const side = negotiatingSide(core, roles);
  const latest = proposals.at(-1);
  const negotiating = d.stage === "NEGOTIATION";
  const events = allowedEvents(core.stage, roles);
  return {
    id: d.id,
    stage: core.stage,
    version: d.version,
    listing,
    challenge: kind === "offer" && d.challenge ? { id: d.challenge.id, title: d.challenge.title } : null,
    owner: org(d.ownerOrgId),
    partner: org(d.partnerOrgId),
    intermediary: d.intermediaryOrgId ? org(d.intermediaryOrgId) : null,
    initiatorOrgId: d.initiatorOrgId,
    myRoles: roles,
    allowedEvents: events,
    interest: { message: d.message, dealType: d.dealType, timing: d.timing, createdAt: d.createdAt.toISOString() },
    respondBy: d.respondBy.toISOString(),
    respondedAt: d.respondedAt?.toISOString() ?? null,
    overdue: isOverdue(core),
    closed: d.stage === "WITHDRAWN" || d.stage === "DECLINED" ? { reason: d.closeReason, note: d.closeNote, byOrganization: d.closedByOrgId ? org(d.closedByOrgId).name : null } : null,
    nda: nda ? { ndaVersion: nda.ndaVersion, title: nda.title, text: nda.text, textSha256: nda.textSha256, standard: nda.templateId === null } : null,
    ndaAcceptance: acceptance
      ? { user: accepter?.name ?? "?", organization: org(acceptance.organizationId).name, ndaVersion: acceptance.ndaVersion, textSha256: acceptance.textSha256, acceptedAt: acceptance.acceptedAt.toISOString() }
      : null,
    ndaChoice: choice ? { id: choice.id, title: choice.title, version: choice.version } : null,
    messages,
    canMessage: d.stage !== "WITHDRAWN" && d.stage !== "DECLINED",
    proposals,
    canPropose: negotiating && side !== null,
    canAgreeTo: negotiating && side && latest && latest.organization.id !== side.organizationId ? latest.id : null,
    agreedProposalId: d.agreedProposalId,
    contractId: d.contract?.id ?? null,
    canRecordContract: events.includes("contract"),
    timeline,
  };
}
