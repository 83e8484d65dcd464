import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db/client";

/** The actor for a signed-in user id: who they are and their active memberships. */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      platformRole: true,
      memberships: {
        where: { status: "ACTIVE" },
        select: { organizationId: true, role: true, organization: { select: { verificationStatus: true } } },
      },
    },
  });
  if (!user) return null;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    platformRole: user.platformRole,
    memberships: user.memberships.map((m) => ({
      organizationId: m.organizationId,
      role: m.role,
      verified: m.organization.verificationStatus === "VERIFIED",
    })),
  };
}
