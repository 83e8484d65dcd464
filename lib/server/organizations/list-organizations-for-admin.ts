import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db/client";

export type AdminOrganizationRow = {
  id: string;
  name: string;
  kind: string;
  province: string;
  website: string | null;
  verificationStatus: string;
  memberCount: number;
  createdAt: Date;
};

/** Every organisation, pending ones first, for the admin's verification queue. */
export async function listOrganizationsForAdmin({ actor }: { actor: Actor | null }): Promise<AdminOrganizationRow[]> {
  // The permission is platform-wide: checked against no particular organisation.
  assertCan(actor, "organization.verify", { organizationId: "*" });
  const rows = await db().organization.findMany({
    orderBy: [{ verificationStatus: "asc" }, { createdAt: "desc" }],
    take: 500,
    select: {
      id: true,
      name: true,
      kind: true,
      province: true,
      website: true,
      verificationStatus: true,
      createdAt: true,
      _count: { select: { memberships: true } },
    },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, memberCount: _count.memberships }));
}
