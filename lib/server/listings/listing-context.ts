import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db/client";

export type ListingContext = {
  /** own: the actor lists for its own organisation; broker: an intermediary lists for a lab; none: may not list this kind. */
  offer: { mode: "own" | "broker" | "none"; labs: { id: string; name: string }[] };
  challenge: { mode: "own" | "none" };
};

/** What the actor may list, from the kinds of its organisations. */
export async function getListingContext({ actor }: { actor: Actor }): Promise<ListingContext> {
  const kinds = (
    await db().organization.findMany({ where: { id: { in: actor.memberships.map((m) => m.organizationId) } }, select: { kind: true } })
  ).map((o) => o.kind);
  const ownLab = kinds.some((k) => k === "UNIVERSITY" || k === "RESEARCH_INSTITUTE");
  const broker = kinds.includes("INTERMEDIARY");
  const labs =
    !ownLab && broker
      ? await db().organization.findMany({
          where: { kind: { in: ["UNIVERSITY", "RESEARCH_INSTITUTE"] }, verificationStatus: { not: "REJECTED" } },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        })
      : [];
  return {
    offer: { mode: ownLab ? "own" : broker ? "broker" : "none", labs },
    challenge: { mode: kinds.some((k) => k === "ENTERPRISE" || k === "GOVERNMENT_AGENCY") ? "own" : "none" },
  };
}
