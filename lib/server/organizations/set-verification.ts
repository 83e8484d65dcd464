import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { ZSetVerification } from "@/lib/organizations/schemas";
import { db } from "@/lib/server/db/client";

/** A platform admin marks an organisation verified, rejected or back to pending. */
export async function setVerification({ actor, input }: { actor: Actor | null; input: unknown }): Promise<{ status: string }> {
  const parsed = ZSetVerification.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION");
  const { organizationId, status } = parsed.data;
  assertCan(actor, "organization.verify", { organizationId });
  const updated = await db().organization.updateMany({
    where: { id: organizationId },
    data: {
      verificationStatus: status,
      verifiedAt: status === "VERIFIED" ? new Date() : null,
      verifiedById: status === "VERIFIED" ? actor!.userId : null,
    },
  });
  if (updated.count === 0) throw new AppError("NOT_FOUND");
  return { status };
}
