import "server-only";
import { slugify } from "@/lib/slug";
import { db } from "@/lib/server/db/client";
import { listingChanged } from "@/lib/server/matching/listing-changed";
import { DEMO_ORGANIZATIONS } from "./demo-data";
import { DEMO_CHALLENGES } from "./demo-challenges";
import { DEMO_EXTRA_ORGANIZATIONS } from "./demo-extra-orgs";
import { DEMO_OFFERS_A } from "./demo-offers-a";
import { DEMO_OFFERS_B } from "./demo-offers-b";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Demo offers and challenges from the demo organisations (plus a dozen owner-only
 * organisations). Runs once: only while the marketplace has no listings at all.
 * Publication dates are spread over the past year, so some listings are near expiry.
 */
export async function seedDemoListings(now = new Date()): Promise<{ offers: number; challenges: number } | null> {
  if ((await db().offer.count()) > 0 || (await db().challenge.count()) > 0) return null;
  const demoOrgs = await db().organization.findMany({
    where: { slug: { in: DEMO_ORGANIZATIONS.map((o) => slugify(o.name)) } },
    select: { id: true, slug: true, memberships: { select: { userId: true }, take: 1 } },
  });
  if (demoOrgs.length === 0) return null; // not a demo database
  const admin = await db().user.findFirst({ where: { platformRole: "ADMIN" }, select: { id: true } });
  const orgIdByKey = new Map<string, string>();
  const creatorByKey = new Map<string, string>();
  for (const o of DEMO_ORGANIZATIONS) {
    const row = demoOrgs.find((r) => r.slug === slugify(o.name));
    if (row) {
      orgIdByKey.set(o.key, row.id);
      creatorByKey.set(o.key, row.memberships[0]?.userId ?? admin?.id ?? "seed");
    }
  }
  await db().$transaction(async (tx) => {
    for (const o of DEMO_EXTRA_ORGANIZATIONS) {
      const { key, ...data } = o;
      const created = await tx.organization.upsert({
        where: { slug: slugify(o.name) },
        update: {},
        create: { ...data, slug: slugify(o.name), verificationStatus: "VERIFIED", verifiedAt: now },
        select: { id: true },
      });
      orgIdByKey.set(key, created.id);
      creatorByKey.set(key, admin?.id ?? "seed");
    }
    const offers = [...DEMO_OFFERS_A, ...DEMO_OFFERS_B];
    for (const [i, o] of offers.entries()) {
      const { ownerKey, listedByKey, askingPriceVnd, ...data } = o;
      const publishedAt = new Date(now.getTime() - ((i * 37) % 350) * DAY);
      const offer = await tx.offer.create({
        data: {
          ...data,
          organizationId: orgIdByKey.get(ownerKey)!,
          listedByOrganizationId: listedByKey ? orgIdByKey.get(listedByKey) : null,
          createdById: creatorByKey.get(listedByKey ?? ownerKey)!,
          askingPriceVnd: askingPriceVnd === null ? null : BigInt(askingPriceVnd),
          externalRef: `demo-offer-${i + 1}`,
          publishedAt: data.status === "PUBLISHED" ? publishedAt : null,
          expiresAt: data.status === "PUBLISHED" ? new Date(publishedAt.getTime() + 365 * DAY) : null,
        },
        select: { id: true },
      });
      await listingChanged("offer", offer.id, tx);
    }
    for (const [i, c] of DEMO_CHALLENGES.entries()) {
      const { ownerKey, deadlineInDays, budgetMinVnd, budgetMaxVnd, ...data } = c;
      const ownerKind = DEMO_EXTRA_ORGANIZATIONS.find((o) => o.key === ownerKey)?.kind ?? DEMO_ORGANIZATIONS.find((o) => o.key === ownerKey)?.kind;
      const publishedAt = new Date(now.getTime() - ((i * 29) % 340) * DAY);
      const challenge = await tx.challenge.create({
        data: {
          ...data,
          organizationId: orgIdByKey.get(ownerKey)!,
          createdById: creatorByKey.get(ownerKey)!,
          stateCommissioned: ownerKind === "GOVERNMENT_AGENCY",
          budgetMinVnd: budgetMinVnd === null ? null : BigInt(budgetMinVnd),
          budgetMaxVnd: budgetMaxVnd === null ? null : BigInt(budgetMaxVnd),
          deadline: deadlineInDays === null ? null : new Date(now.getTime() + deadlineInDays * DAY),
          externalRef: `demo-challenge-${i + 1}`,
          publishedAt: data.status === "PUBLISHED" ? publishedAt : null,
          expiresAt: data.status === "PUBLISHED" ? new Date(publishedAt.getTime() + 365 * DAY) : null,
        },
        select: { id: true },
      });
      await listingChanged("challenge", challenge.id, tx);
    }
  });
  return { offers: DEMO_OFFERS_A.length + DEMO_OFFERS_B.length, challenges: DEMO_CHALLENGES.length };
}
