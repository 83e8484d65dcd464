import "server-only";
import { fieldErrors } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { ZUpdateOrganization } from "@/lib/organizations/schemas";
import { db } from "@/lib/server/db/client";

/**
 * An owner (or admin) edits the organisation's profile. Intermediary details are kept only
 * for intermediaries, and an intermediary must say what kind it is.
 */
export async function updateOrganization({ actor, input }: { actor: Actor | null; input: unknown }): Promise<{ id: string }> {
  const parsed = ZUpdateOrganization.safeParse(input);
  if (!parsed.success) {
    // Authorisation first when the id is readable, so a stranger learns nothing from field errors.
    const id = (input as { organizationId?: unknown })?.organizationId;
    if (typeof id === "string") assertCan(actor, "organization.update", { organizationId: id });
    throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  }
  const { organizationId, intermediaryType, servedRegions, ...profile } = parsed.data;
  assertCan(actor, "organization.update", { organizationId });
  const org = await db().organization.findUnique({ where: { id: organizationId }, select: { kind: true } });
  if (!org) throw new AppError("NOT_FOUND");
  const intermediary = org.kind === "INTERMEDIARY";
  if (intermediary && !intermediaryType) {
    throw new AppError("VALIDATION", { fields: { intermediaryType: "intermediaryTypeRequired" } });
  }
  await db().organization.update({
    where: { id: organizationId },
    data: {
      ...profile,
      intermediaryType: intermediary ? intermediaryType : null,
      servedRegions: intermediary ? [...new Set(servedRegions)] : [],
    },
  });
  return { id: organizationId };
}
