import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { isLive } from "@/lib/listings/access";
import { ZIntroduction } from "@/lib/matching/schemas";
import { fieldErrors } from "@/lib/validation";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { notifyOrganizations } from "@/lib/server/notifications/notify";
import { loadBrokerOrganization } from "./broker-feed";

/**
 * A verified intermediary introduces a lab's offer and a firm's challenge to each other:
 * the introduction is recorded (once per pair and intermediary) and both owners are told.
 */
export async function introduceMatch({ actor, input, organizationId }: { actor: Actor | null; input: unknown; organizationId?: string }) {
  const parsed = ZIntroduction.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const org = await loadBrokerOrganization(actor, organizationId);
  const { offerId, challengeId, message } = parsed.data;
  const [offer, challenge] = await Promise.all([
    db().offer.findUnique({ where: { id: offerId }, select: { id: true, title: true, status: true, expiresAt: true, organizationId: true } }),
    db().challenge.findUnique({ where: { id: challengeId }, select: { id: true, title: true, status: true, expiresAt: true, organizationId: true } }),
  ]);
  if (!offer || !challenge || !isLive(offer) || !isLive(challenge)) throw new AppError("NOT_FOUND");
  try {
    return await db().$transaction(async (tx) => {
      const intro = await tx.matchIntroduction.create({
        data: { offerId, challengeId, intermediaryId: org.id, userId: actor!.userId, message },
        select: { id: true },
      });
      const payload = { broker: org.name, offer: offer.title, challenge: challenge.title, message: message ?? "" };
      await notifyOrganizations({ tx, organizationIds: [offer.organizationId], kind: "match.introduced", payload: { ...payload, href: `/offers/${offerId}/matches` } });
      await notifyOrganizations({ tx, organizationIds: [challenge.organizationId], kind: "match.introduced", payload: { ...payload, href: `/challenges/${challengeId}/matches` } });
      return intro;
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new AppError("CONFLICT", { message: "already introduced" });
    throw err;
  }
}
