import "server-only";
import { slugify } from "@/lib/slug";
import { contractFacets } from "@/lib/server/contracts/contract-facets";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import { dealNdaDocument } from "@/lib/server/deals/nda-templates";
import { DEMO_ORGANIZATIONS } from "./demo-data";
import { DEMO_EXTRA_ORGANIZATIONS } from "./demo-extra-orgs";

type Tx = Prisma.TransactionClient;
type ContractType = Prisma.TransferContractUncheckedCreateInput["type"];
type Stage = "INTEREST" | "NDA" | "NEGOTIATION" | "AGREED" | "CONTRACTED" | "WITHDRAWN" | "DECLINED";
const DAY = 86_400_000;
const BN = 1_000_000_000n;
// The e2e journey opens this deal itself (the feed company on the institute's shrimp probiotic).
const E2E_OFFER_PREFIX = "Chế phẩm vi sinh Bacillus";

// Contracts signed elsewhere and entered by the exchange or an admin: the history before
// the platform's own deals (2024–2025), in all three directions.
const DIRECT: { signedAt: string; type: ContractType; value: bigint; supplier: string | [string, string]; recipient: string | [string, string]; broker?: boolean; title: string }[] = [
  { signedAt: "2024-02-20", type: "LICENSE_EXCLUSIVE", value: 12n * BN, supplier: ["Fraunhofer IKTS", "DE"], recipient: "enterprise-cement", broker: true, title: "Li-xăng công nghệ gốm chịu lửa cho lò quay" },
  { signedAt: "2024-06-12", type: "KNOW_HOW", value: 3_500_000_000n, supplier: "university", recipient: "ent-tyre", title: "Chuyển giao bí quyết phối trộn cao su chịu nhiệt" },
  { signedAt: "2024-09-05", type: "ASSIGNMENT", value: 25n * BN, supplier: ["Kubota Corporation", "JP"], recipient: "enterprise-feed", title: "Chuyển nhượng dây chuyền ép viên thức ăn chăn nuôi" },
  { signedAt: "2024-11-28", type: "LICENSE_NON_EXCLUSIVE", value: 4n * BN, supplier: "inst-rice", recipient: ["PT Agro Nusantara", "ID"], broker: true, title: "Li-xăng giống lúa chịu mặn cho Indonesia" },
  { signedAt: "2025-03-18", type: "LICENSE_EXCLUSIVE", value: 18n * BN, supplier: ["Korea Institute of Science and Technology", "KR"], recipient: "ent-pharma", broker: true, title: "Li-xăng quy trình chiết xuất hoạt chất dược liệu" },
  { signedAt: "2025-07-09", type: "CO_RESEARCH", value: 7_200_000_000n, supplier: "inst-chem", recipient: "ent-refinery", title: "Hợp tác nghiên cứu phối trộn nhiên liệu sinh học E10" },
  { signedAt: "2025-10-21", type: "LICENSE_NON_EXCLUSIVE", value: 9n * BN, supplier: ["Shenzhen Smart Water Co.", "CN"], recipient: "ent-water", title: "Li-xăng phần mềm điều độ trạm bơm" },
  { signedAt: "2026-08-14", type: "EXPERT_SECONDMENT", value: 1_800_000_000n, supplier: "uni-uav", recipient: ["Lao Agro Tech", "LA"], title: "Biệt phái chuyên gia UAV phun thuốc sang Lào" },
];

// The platform's own deals: stage and age (days before the seeding); a deal picks the oldest
// unused listing published at least 5 days before it was created.
const OFFER_DEALS: { stage: Stage; age: number; late?: boolean }[] = [
  { stage: "CONTRACTED", age: 300 }, { stage: "CONTRACTED", age: 240 }, { stage: "CONTRACTED", age: 170, late: true }, { stage: "CONTRACTED", age: 95 },
  { stage: "DECLINED", age: 150 }, { stage: "NEGOTIATION", age: 120, late: true }, { stage: "WITHDRAWN", age: 100 }, { stage: "AGREED", age: 80 },
  { stage: "DECLINED", age: 70, late: true }, { stage: "AGREED", age: 60 }, { stage: "NEGOTIATION", age: 45 }, { stage: "INTEREST", age: 40 },
  { stage: "NEGOTIATION", age: 30 }, { stage: "NDA", age: 25 }, { stage: "INTEREST", age: 22 }, { stage: "NDA", age: 20 },
  { stage: "INTEREST", age: 5 }, { stage: "INTEREST", age: 2 },
];
const CHALLENGE_DEALS: { stage: Stage; age: number }[] = [{ stage: "CONTRACTED", age: 200 }, { stage: "NEGOTIATION", age: 50 }];
const OFFER_TYPES: ContractType[] = ["LICENSE_EXCLUSIVE", "KNOW_HOW", "LICENSE_NON_EXCLUSIVE", "ASSIGNMENT"];
const OFFER_VALUES = [2_500_000_000n, 1_200_000_000n, 6n * BN, 15n * BN];
const RANK: Record<Stage, number> = { INTEREST: 0, DECLINED: 0, NDA: 1, WITHDRAWN: 1, NEGOTIATION: 2, AGREED: 3, CONTRACTED: 4 };

/**
 * Demo outcome history so a fresh `npm start` shows non-empty dashboards: contracts from
 * 2024 to now (foreign parties by name and country), about 20 deals at every stage with
 * their stage times, NDAs, agreed terms, a few milestones and a month of page views. Runs
 * once, right after the demo listings; writes no notifications and no audit entries (seeded
 * history, not actions).
 */
export async function seedDemoOutcomes(now = new Date()): Promise<{ deals: number; contracts: number } | null> {
  if ((await db().deal.count()) > 0 || (await db().transferContract.count()) > 0) return null;
  const slugs = [...DEMO_ORGANIZATIONS, ...DEMO_EXTRA_ORGANIZATIONS].map((o) => ({ key: o.key, slug: slugify(o.name) }));
  const rows = await db().organization.findMany({ where: { slug: { in: slugs.map((s) => s.slug) } }, select: { id: true, slug: true, name: true, kind: true, memberships: { select: { userId: true }, take: 1 } } });
  const admin = await db().user.findFirst({ where: { platformRole: "ADMIN" }, select: { id: true } });
  if (!admin) return null;
  const orgs = new Map(slugs.flatMap((s) => { const r = rows.find((x) => x.slug === s.slug); return r ? [[s.key, r] as const] : []; }));
  const org = (key: string) => orgs.get(key);
  const userOf = (id: string) => rows.find((r) => r.id === id)?.memberships[0]?.userId ?? admin.id;
  const exchange = org("exchange");
  const enterprises = rows.filter((r) => r.kind === "ENTERPRISE");
  const labs = rows.filter((r) => r.kind === "UNIVERSITY" || r.kind === "RESEARCH_INSTITUTE");
  if (!enterprises.length || !labs.length) return null;

  const offers = await db().offer.findMany({
    where: { status: "PUBLISHED", publishedAt: { not: null }, NOT: { title: { startsWith: E2E_OFFER_PREFIX } } },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, organizationId: true, listedByOrganizationId: true, publishedAt: true, fieldCodes: true, sectorCodes: true, province: true, stateFunded: true },
  });
  const challenges = await db().challenge.findMany({
    where: { status: "PUBLISHED", stateCommissioned: true, publishedAt: { not: null } },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, organizationId: true, publishedAt: true, fieldCodes: true, sectorCodes: true, province: true },
  });
  const nda = await dealNdaDocument(null);
  let deals = 0;
  let contracts = 0;

  await db().$transaction(async (tx) => {
    for (const [i, d] of DIRECT.entries()) {
      const party = (p: string | [string, string]) => {
        if (Array.isArray(p)) return { orgId: null, name: p[0], country: p[1] };
        const o = org(p)!;
        return { orgId: o.id, name: o.name, country: "VN" };
      };
      const supplier = party(d.supplier);
      const recipient = party(d.recipient);
      const direction = supplier.country === "VN" ? (recipient.country === "VN" ? "DOMESTIC" : "OUTBOUND") : "INBOUND";
      await insertContract(tx, {
        title: d.title, type: d.type, valueVnd: d.value, signedAt: new Date(`${d.signedAt}T00:00:00Z`), direction, supplier, recipient,
        intermediaryOrgId: d.broker ? (exchange?.id ?? null) : null, createdById: d.broker && exchange ? userOf(exchange.id) : admin.id, createdByOrgId: d.broker ? (exchange?.id ?? null) : null,
        milestones: i % 3 === 0, stateFunded: false, now,
      });
      contracts++;
    }

    const used = new Set<string>();
    const pick = <L extends { id: string; publishedAt: Date | null }>(list: L[], createdAt: Date) => {
      const l = list.find((x) => !used.has(x.id) && x.publishedAt!.getTime() <= createdAt.getTime() - 5 * DAY);
      if (l) used.add(l.id);
      return l;
    };
    const specs = [...OFFER_DEALS.map((s) => ({ ...s, kind: "offer" as const })), ...CHALLENGE_DEALS.map((s) => ({ ...s, kind: "challenge" as const, late: false }))];
    for (const [i, s] of specs.entries()) {
      const createdAt = new Date(now.getTime() - s.age * DAY);
      const listing = s.kind === "offer" ? pick(offers, createdAt) : pick(challenges, createdAt);
      if (!listing) continue;
      const offer = s.kind === "offer" ? (listing as (typeof offers)[number]) : null;
      const partner = s.kind === "offer" ? enterprises.filter((e) => e.id !== listing.organizationId)[i % enterprises.length] ?? enterprises[0]! : labs[i % labs.length]!;
      const brokered = offer?.listedByOrganizationId ?? (i % 4 === 1 && exchange ? exchange.id : null);
      const at = (days: number) => new Date(createdAt.getTime() + days * DAY);
      const rank = RANK[s.stage];
      const answered = s.stage !== "INTEREST";
      const respondedAt = answered ? at(s.late ? 18 : 3) : null;
      const t = { nda: respondedAt, negotiation: respondedAt && at(s.late ? 20 : 5), agreed: at(s.late ? 40 : 25), contracted: at(s.late ? 50 : 35) };
      const deal = await tx.deal.create({
        data: {
          listingKind: s.kind,
          offerId: offer?.id ?? null,
          challengeId: s.kind === "challenge" ? listing.id : null,
          ownerOrgId: listing.organizationId,
          partnerOrgId: partner.id,
          intermediaryOrgId: brokered,
          initiatorOrgId: brokered && !offer?.listedByOrganizationId ? brokered : partner.id,
          createdById: userOf(partner.id),
          stage: s.stage,
          version: rank + 1 + (s.stage === "DECLINED" || s.stage === "WITHDRAWN" ? 1 : 0),
          dealType: s.kind === "challenge" ? "COMMISSIONED_RESEARCH" : "LICENSE",
          message: s.kind === "offer" ? "Chúng tôi muốn tìm hiểu khả năng chuyển giao công nghệ này cho nhà máy." : "Viện/trường có năng lực thực hiện đặt hàng này.",
          respondBy: at(14),
          respondedAt,
          closeReason: s.stage === "DECLINED" ? "NOT_A_FIT" : s.stage === "WITHDRAWN" ? "PRICE" : null,
          closedByOrgId: s.stage === "DECLINED" ? listing.organizationId : s.stage === "WITHDRAWN" ? partner.id : null,
          ndaAt: rank >= 1 ? t.nda : null,
          negotiationAt: rank >= 2 ? t.negotiation : null,
          agreedAt: rank >= 3 ? t.agreed : null,
          contractedAt: rank >= 4 ? t.contracted : null,
          fieldCodes: listing.fieldCodes,
          sectorCodes: listing.sectorCodes,
          province: listing.province,
          createdAt,
        },
      });
      deals++;
      if (rank >= 2) {
        await tx.ndaAcceptance.create({ data: { dealId: deal.id, organizationId: partner.id, userId: userOf(partner.id), ndaVersion: nda.ndaVersion, textSha256: nda.textSha256, acceptedAt: t.negotiation! } });
        const grant = offer ? { offerId: offer.id } : { challengeId: listing.id };
        await tx.confidentialAccess.createMany({ data: [{ ...grant, organizationId: partner.id, grantedById: userOf(listing.organizationId), dealId: deal.id, createdAt: t.negotiation! }], skipDuplicates: true });
      }
      if (rank < 3) continue;
      const type = offer ? OFFER_TYPES[i % OFFER_TYPES.length]! : "COMMISSIONED_RESEARCH";
      const value = offer ? OFFER_VALUES[i % OFFER_VALUES.length]! : 4_800_000_000n;
      const proposal = await tx.termProposal.create({
        data: { dealId: deal.id, number: 1, organizationId: partner.id, authorId: userOf(partner.id), dealType: s.kind === "challenge" ? "COMMISSIONED_RESEARCH" : type === "ASSIGNMENT" ? "ASSIGNMENT" : type === "KNOW_HOW" ? "KNOW_HOW" : "LICENSE", exclusive: type === "LICENSE_EXCLUSIVE", priceVnd: value, territory: "Việt Nam", durationMonths: 36, createdAt: at(s.late ? 30 : 15) },
      });
      await tx.deal.update({ where: { id: deal.id }, data: { agreedProposalId: proposal.id } });
      if (rank < 4) continue;
      const owner = rows.find((r) => r.id === listing.organizationId);
      const ownerParty = { orgId: listing.organizationId, name: owner?.name ?? "", country: "VN" };
      const partnerParty = { orgId: partner.id, name: partner.name, country: "VN" };
      const signedAt = new Date(`${t.contracted.toISOString().slice(0, 10)}T00:00:00Z`);
      await insertContract(tx, {
        title: `Hợp đồng chuyển giao: ${listing.title}`.slice(0, 200), type, valueVnd: value, signedAt, direction: "DOMESTIC",
        supplier: offer ? ownerParty : partnerParty, recipient: offer ? partnerParty : ownerParty, intermediaryOrgId: brokered,
        createdById: userOf(partner.id), createdByOrgId: partner.id, dealId: deal.id, offerId: offer?.id ?? null, challengeId: offer ? null : listing.id,
        milestones: i % 2 === 0, stateFunded: offer?.stateFunded ?? false, now,
      });
      contracts++;
    }

    // A month of page views on the listings that have deals.
    const views = [...used].flatMap((id, n) =>
      Array.from({ length: 30 }, (_, d) => ({ listingKind: offers.some((o) => o.id === id) ? "offer" : "challenge", listingId: id, day: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - d)), views: 1 + ((n * 7 + d * 3) % 9) })),
    );
    await tx.listingViewDaily.createMany({ data: views, skipDuplicates: true });
  });
  return { deals, contracts };
}

type Party = { orgId: string | null; name: string; country: string };

async function insertContract(
  tx: Tx,
  c: {
    title: string; type: ContractType; valueVnd: bigint; signedAt: Date; direction: "DOMESTIC" | "INBOUND" | "OUTBOUND"; supplier: Party; recipient: Party;
    intermediaryOrgId: string | null; createdById: string; createdByOrgId: string | null; dealId?: string; offerId?: string | null; challengeId?: string | null;
    milestones: boolean; stateFunded: boolean; now: Date;
  },
) {
  const terms = {
    title: c.title, type: c.type, supplierOrgId: c.supplier.orgId, supplierName: c.supplier.name, supplierCountry: c.supplier.country,
    recipientOrgId: c.recipient.orgId, recipientName: c.recipient.name, recipientCountry: c.recipient.country, intermediaryOrgId: c.intermediaryOrgId,
    direction: c.direction, valueVnd: c.valueVnd, signedAt: c.signedAt, stateFunded: c.stateFunded,
  };
  const facets = await contractFacets(tx, { offerId: c.offerId, challengeId: c.challengeId, supplierOrgId: c.supplier.orgId, recipientOrgId: c.recipient.orgId });
  const contract = await tx.transferContract.create({
    data: { idempotencyKey: `demo-${c.signedAt.toISOString().slice(0, 10)}-${c.title.slice(0, 40)}`, createdById: c.createdById, createdByOrgId: c.createdByOrgId, dealId: c.dealId ?? null, offerId: c.offerId ?? null, challengeId: c.challengeId ?? null, ...terms, ...facets, createdAt: c.signedAt },
    select: { id: true },
  });
  await tx.contractVersion.create({ data: { contractId: contract.id, version: 1, changedById: c.createdById, changedByOrgId: c.createdByOrgId, termMonths: 36, ...terms, createdAt: c.signedAt } });
  if (!c.milestones) return;
  const half = c.valueVnd / 2n;
  const first = new Date(c.signedAt.getTime() + 30 * DAY);
  const second = new Date(c.signedAt.getTime() + 180 * DAY);
  await tx.contractMilestone.createMany({
    data: [
      { contractId: contract.id, position: 1, title: "Bàn giao hồ sơ kỹ thuật", dueDate: first, amountVnd: half, ...(first < c.now ? { status: "DONE" as const, evidence: "Biên bản bàn giao đã ký", doneAt: first, doneById: c.createdById } : {}) },
      { contractId: contract.id, position: 2, title: "Vận hành thử và nghiệm thu", dueDate: second, amountVnd: c.valueVnd - half },
    ],
  });
}
