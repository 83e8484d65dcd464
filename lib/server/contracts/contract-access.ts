import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";

type Tx = Prisma.TransactionClient;
type Parties = { supplierOrgId: string | null; recipientOrgId: string | null; intermediaryOrgId: string | null };

export const isAdmin = (actor: Actor) => actor.platformRole === "ADMIN";

/** The platform organisations party to a contract (supplier, recipient, intermediary). */
export const contractPartyOrgIds = (c: Parties): string[] =>
  [...new Set([c.supplierOrgId, c.recipientOrgId, c.intermediaryOrgId].filter((x): x is string => Boolean(x)))];

/** The party organisation the actor acts for (supplier first, then recipient, then intermediary), or null. */
export function actorPartyOrg(actor: Actor, c: Parties): string | null {
  const mine = new Set(actor.memberships.map((m) => m.organizationId));
  return [c.supplierOrgId, c.recipientOrgId, c.intermediaryOrgId].find((id): id is string => Boolean(id && mine.has(id))) ?? null;
}

/** Prisma `where` for the contracts any of the actor's organisations is party to. */
export function contractsOfActorWhere(actor: Actor): Prisma.TransferContractWhereInput {
  const orgIds = actor.memberships.map((m) => m.organizationId);
  return { OR: [{ supplierOrgId: { in: orgIds } }, { recipientOrgId: { in: orgIds } }, { intermediaryOrgId: { in: orgIds } }] };
}

/** Who may read: the parties' active members and platform admins; anyone else NOT_FOUND. */
export function contractReadWhere(actor: Actor): Prisma.TransferContractWhereInput {
  return isAdmin(actor) ? {} : contractsOfActorWhere(actor);
}

/**
 * The contract's current row if the actor may read it, with the party organisation the
 * actor acts for (null for an admin who is not a member of a party).
 */
export async function loadContractForActor(actor: Actor | null, id: string, tx?: Tx) {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const row = await (tx ?? db()).transferContract.findFirst({ where: { AND: [{ id }, contractReadWhere(actor)] } });
  if (!row) throw new AppError("NOT_FOUND");
  return { contract: row, partyOrgId: actorPartyOrg(actor, row) };
}
