import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db/client";

export type OrganizationPublic = {
  id: string;
  name: string;
  slug: string;
  kind: string;
  province: string;
  country: string;
  website: string | null;
  description: string | null;
  verificationStatus: string;
  intermediaryType: string | null;
  servedRegions: string[];
  servedFields: string[];
};

export type OrganizationPrivate = {
  contactEmail: string | null;
  contactPhone: string | null;
  taxCode: string | null;
  members: { name: string; email: string; role: string; status: string }[];
};

export type OrganizationView = OrganizationPublic & { private: OrganizationPrivate | null };

const PUBLIC_SELECT = {
  id: true,
  name: true,
  slug: true,
  kind: true,
  province: true,
  country: true,
  website: true,
  description: true,
  verificationStatus: true,
  intermediaryType: true,
  servedRegions: true,
  servedFields: true,
} as const;

/**
 * An organisation as the actor may see it: the public profile for anyone, contact details
 * and members only for its members and admins (the private part is not even read otherwise).
 */
export async function getOrganization({ actor, id }: { actor: Actor | null; id: string }): Promise<OrganizationView> {
  const org = await db().organization.findUnique({ where: { id }, select: PUBLIC_SELECT });
  if (!org) throw new AppError("NOT_FOUND");
  if (!can(actor, "organization.readPrivate", { organizationId: id })) return { ...org, private: null };
  const priv = await db().organization.findUniqueOrThrow({
    where: { id },
    select: {
      contactEmail: true,
      contactPhone: true,
      taxCode: true,
      memberships: {
        orderBy: { createdAt: "asc" },
        select: { role: true, status: true, user: { select: { name: true, email: true } } },
      },
    },
  });
  return {
    ...org,
    private: {
      contactEmail: priv.contactEmail,
      contactPhone: priv.contactPhone,
      taxCode: priv.taxCode,
      members: priv.memberships.map((m) => ({ name: m.user.name, email: m.user.email, role: m.role, status: m.status })),
    },
  };
}
