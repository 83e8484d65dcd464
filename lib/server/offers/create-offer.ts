import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { ZOfferInput } from "@/lib/listings/schemas";
import { fieldErrors } from "@/lib/validation";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { resolveClassification } from "@/lib/server/listings/shared";
import { listingChanged } from "@/lib/server/matching/listing-changed";

const LAB_KINDS = ["UNIVERSITY", "RESEARCH_INSTITUTE"];

/**
 * Saves a new research output as a DRAFT. A university or institute lists its own; an
 * intermediary lists on a lab's behalf (`onBehalfOfOrganizationId`) and is recorded as the
 * lister. `organizationId` chooses among the actor's organisations when there are several.
 */
export async function createOffer({ actor, input, organizationId }: { actor: Actor | null; input: unknown; organizationId?: string }) {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const parsed = ZOfferInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const { onBehalfOfOrganizationId, ...data } = parsed.data;
  const classification = await resolveClassification(data);

  const mine = await db().organization.findMany({
    where: { id: { in: actor.memberships.map((m) => m.organizationId) } },
    select: { id: true, kind: true },
  });
  let ownerId: string;
  let listerId: string | null = null;
  if (onBehalfOfOrganizationId) {
    const broker = mine.find((o) => o.kind === "INTERMEDIARY" && (!organizationId || o.id === organizationId));
    if (!broker) throw new AppError("FORBIDDEN");
    const lab = await db().organization.findUnique({ where: { id: onBehalfOfOrganizationId }, select: { id: true, kind: true } });
    if (!lab || !LAB_KINDS.includes(lab.kind)) {
      throw new AppError("VALIDATION", { fields: { onBehalfOfOrganizationId: "labRequired" } });
    }
    ownerId = lab.id;
    listerId = broker.id;
    assertCan(actor, "listing.manage", { organizationId: broker.id });
  } else {
    const lab = mine.find((o) => LAB_KINDS.includes(o.kind) && (!organizationId || o.id === organizationId));
    if (!lab) throw new AppError("FORBIDDEN");
    ownerId = lab.id;
    assertCan(actor, "listing.manage", { organizationId: ownerId });
  }
  try {
    const offer = await db().offer.create({
      data: {
        ...data,
        ...classification,
        organizationId: ownerId,
        listedByOrganizationId: listerId,
        createdById: actor.userId,
        status: "DRAFT",
      },
      select: { id: true },
    });
    await listingChanged("offer", offer.id);
    return offer;
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      throw new AppError("CONFLICT", { fields: { externalRef: "externalRefTaken" } });
    }
    throw err;
  }
}
