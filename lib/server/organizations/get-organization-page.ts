import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db/client";
import { getOrganization, type OrganizationView } from "./get-organization";

export type OrganizationPage = OrganizationView & {
  offers: { id: string; title: string; trl: number }[];
  challenges: { id: string; title: string; minTrl: number }[];
  /** Offers an intermediary listed on labs' behalf: what it brokers. */
  brokered: { id: string; title: string; trl: number }[];
};

/** An organisation's public page: its profile (private part for members) and live listings. */
export async function getOrganizationPage({ actor, slug }: { actor: Actor | null; slug: string }): Promise<OrganizationPage> {
  const row = await db().organization.findUnique({ where: { slug }, select: { id: true } });
  if (!row) throw new AppError("NOT_FOUND");
  const org = await getOrganization({ actor, id: row.id });
  // Live listings only: published or closed, not expired (the same rule as isLive).
  const live = { status: { in: ["PUBLISHED", "CLOSED"] as ("PUBLISHED" | "CLOSED")[] }, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] };
  const [offers, challenges, brokered] = await Promise.all([
    db().offer.findMany({ where: { organizationId: row.id, ...live }, orderBy: { publishedAt: "desc" }, take: 50, select: { id: true, title: true, trl: true } }),
    db().challenge.findMany({ where: { organizationId: row.id, ...live }, orderBy: { publishedAt: "desc" }, take: 50, select: { id: true, title: true, minTrl: true } }),
    db().offer.findMany({ where: { listedByOrganizationId: row.id, ...live }, orderBy: { publishedAt: "desc" }, take: 50, select: { id: true, title: true, trl: true } }),
  ]);
  return {
    ...org,
    offers,
    challenges,
    brokered,
  };
}
