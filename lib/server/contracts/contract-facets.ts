import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";

type Tx = Prisma.TransactionClient;
export type ContractFacets = { fieldCodes: string[]; sectorCodes: string[]; province: string; supplierKind: string | null };

/**
 * What the outcome figures filter and group contracts by, copied onto the contract so they
 * need no join: the linked listing's fields, sectors and province (the offer's when there is
 * one), else the province of the Vietnamese party on the platform (supplier first, "" when
 * neither is); and the supplier organisation's kind (null when it is not on the platform).
 */
export async function contractFacets(
  tx: Tx,
  link: { offerId?: string | null; challengeId?: string | null; supplierOrgId: string | null; recipientOrgId: string | null },
): Promise<ContractFacets> {
  const select = { fieldCodes: true, sectorCodes: true, province: true } as const;
  const listing = link.offerId
    ? await tx.offer.findUnique({ where: { id: link.offerId }, select })
    : link.challengeId
      ? await tx.challenge.findUnique({ where: { id: link.challengeId }, select })
      : null;
  const orgIds = [link.supplierOrgId, link.recipientOrgId].filter((id): id is string => Boolean(id));
  const orgs = orgIds.length ? await tx.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, kind: true, province: true, country: true } }) : [];
  const supplier = orgs.find((o) => o.id === link.supplierOrgId);
  const recipient = orgs.find((o) => o.id === link.recipientOrgId);
  const vietnamese = [supplier, recipient].find((o) => o && o.country.toUpperCase() === "VN");
  return {
    fieldCodes: listing?.fieldCodes ?? [],
    sectorCodes: listing?.sectorCodes ?? [],
    province: listing?.province ?? vietnamese?.province ?? "",
    supplierKind: supplier?.kind ?? null,
  };
}
