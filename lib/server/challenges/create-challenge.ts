import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { ZChallengeInput } from "@/lib/listings/schemas";
import { fieldErrors } from "@/lib/validation";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { listingChanged } from "@/lib/server/matching/listing-changed";
import { resolveClassification } from "@/lib/server/listings/shared";

const NEED_KINDS = ["ENTERPRISE", "GOVERNMENT_AGENCY"];

/**
 * Saves a new technology challenge as a DRAFT for the actor's enterprise or state agency
 * (`organizationId` chooses when there are several). A state agency's challenge is marked
 * as commissioned by the State.
 */
export async function createChallenge({ actor, input, organizationId }: { actor: Actor | null; input: unknown; organizationId?: string }) {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const parsed = ZChallengeInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const classification = await resolveClassification(parsed.data);
  const owner = await db().organization.findFirst({
    where: {
      id: organizationId ?? { in: actor.memberships.map((m) => m.organizationId) },
      kind: { in: ["ENTERPRISE", "GOVERNMENT_AGENCY"] },
    },
    select: { id: true, kind: true },
  });
  if (!owner || !NEED_KINDS.includes(owner.kind)) throw new AppError("FORBIDDEN");
  assertCan(actor, "listing.manage", { organizationId: owner.id });
  try {
    const challenge = await db().challenge.create({
      data: {
        ...parsed.data,
        ...classification,
        organizationId: owner.id,
        createdById: actor.userId,
        stateCommissioned: owner.kind === "GOVERNMENT_AGENCY",
        status: "DRAFT",
      },
      select: { id: true },
    });
    await listingChanged("challenge", challenge.id);
    return challenge;
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      throw new AppError("CONFLICT", { fields: { externalRef: "externalRefTaken" } });
    }
    throw err;
  }
}
