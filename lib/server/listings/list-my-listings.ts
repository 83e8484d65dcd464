import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { challengeCompleteness, offerCompleteness } from "@/lib/listings/completeness";
import { EXPIRY_REMINDER_DAYS } from "@/lib/listings/constants";
import { db } from "@/lib/server/db/client";

export type MyListing = {
  kind: "offer" | "challenge";
  id: string;
  title: string;
  status: string;
  organizationName: string;
  expiresAt: Date | null;
  /** Published and expiring within the reminder window, or already expired. */
  expiry: "ok" | "soon" | "expired";
  completeness: number;
  updatedAt: Date;
};

/** The listings of every organisation the actor belongs to (or lists for), newest first. */
export async function listMyListings({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<MyListing[]> {
  const orgIds = actor.memberships.map((m) => m.organizationId);
  if (orgIds.length === 0) return [];
  const [offers, challenges] = await Promise.all([
    db().offer.findMany({
      where: { OR: [{ organizationId: { in: orgIds } }, { listedByOrganizationId: { in: orgIds } }] },
      orderBy: { updatedAt: "desc" },
      take: 200,
      include: { organization: { select: { name: true } } },
    }),
    db().challenge.findMany({
      where: { organizationId: { in: orgIds } },
      orderBy: { updatedAt: "desc" },
      take: 200,
      include: { organization: { select: { name: true } } },
    }),
  ]);
  const soon = now.getTime() + EXPIRY_REMINDER_DAYS * 24 * 60 * 60 * 1000;
  const expiry = (status: string, at: Date | null): MyListing["expiry"] => {
    if (status !== "PUBLISHED" || !at) return "ok";
    if (at.getTime() <= now.getTime()) return "expired";
    return at.getTime() <= soon ? "soon" : "ok";
  };
  const rows: MyListing[] = [
    ...offers.map((o) => ({
      kind: "offer" as const,
      id: o.id,
      title: o.title,
      status: o.status,
      organizationName: o.organization.name,
      expiresAt: o.expiresAt,
      expiry: expiry(o.status, o.expiresAt),
      completeness: offerCompleteness(o).score,
      updatedAt: o.updatedAt,
    })),
    ...challenges.map((c) => ({
      kind: "challenge" as const,
      id: c.id,
      title: c.title,
      status: c.status,
      organizationName: c.organization.name,
      expiresAt: c.expiresAt,
      expiry: expiry(c.status, c.expiresAt),
      completeness: challengeCompleteness(c).score,
      updatedAt: c.updatedAt,
    })),
  ];
  return rows.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
}
