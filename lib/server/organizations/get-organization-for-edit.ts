import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db/client";

export type EditableOrganization = {
  id: string;
  name: string;
  kind: string;
  province: string;
  website: string | null;
  description: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  taxCode: string | null;
  intermediaryType: string | null;
  servedRegions: string[];
};

/** The profile as its owner edits it; NOT_FOUND/FORBIDDEN for anyone who may not. */
export async function getOrganizationForEdit({ actor, id }: { actor: Actor | null; id: string }): Promise<EditableOrganization> {
  assertCan(actor, "organization.update", { organizationId: id });
  const org = await db().organization.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      province: true,
      website: true,
      description: true,
      contactEmail: true,
      contactPhone: true,
      taxCode: true,
      intermediaryType: true,
      servedRegions: true,
    },
  });
  if (!org) throw new AppError("NOT_FOUND");
  return org;
}
