import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db/client";

export type DashboardData = {
  user: { name: string; email: string; platformRole: string };
  memberships: {
    organization: { id: string; name: string; slug: string; kind: string; province: string; verificationStatus: string; intermediaryType: string | null };
    role: string;
    status: string;
    pendingRequests: { membershipId: string; name: string; email: string; requestedAt: Date }[];
  }[];
};

/** What the signed-in user's dashboard shows: their organisations, roles and join requests to review. */
export async function getDashboard({ actor }: { actor: Actor | null }): Promise<DashboardData> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const memberships = await db().membership.findMany({
    where: { userId: actor.userId },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      status: true,
      organization: {
        select: { id: true, name: true, slug: true, kind: true, province: true, verificationStatus: true, intermediaryType: true },
      },
    },
  });
  const ownedIds = memberships.filter((m) => m.status === "ACTIVE" && m.role === "OWNER").map((m) => m.organization.id);
  const pending = ownedIds.length
    ? await db().membership.findMany({
        where: { organizationId: { in: ownedIds }, status: "PENDING" },
        orderBy: { createdAt: "asc" },
        select: { id: true, organizationId: true, createdAt: true, user: { select: { name: true, email: true } } },
      })
    : [];
  return {
    user: { name: actor.name, email: actor.email, platformRole: actor.platformRole },
    memberships: memberships.map((m) => ({
      organization: m.organization,
      role: m.role,
      status: m.status,
      pendingRequests: pending
        .filter((p) => p.organizationId === m.organization.id)
        .map((p) => ({ membershipId: p.id, name: p.user.name, email: p.user.email, requestedAt: p.createdAt })),
    })),
  };
}
