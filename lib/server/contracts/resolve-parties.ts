import "server-only";
import { deriveDirection, type TransferDirection } from "@/lib/contracts/direction";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/server/db/generated/client";

type Tx = Prisma.TransactionClient;
type PartyInput = { orgId: string | null; name: string | null; country: string | null };
export type Party = { orgId: string | null; name: string; country: string };

/**
 * A party as stored: a platform organisation (its name and country) or a free name and
 * ISO country. An unknown organisation id is a field error, not NOT_FOUND: organisation
 * profiles are public.
 */
async function resolveParty(tx: Tx, side: "supplier" | "recipient", p: PartyInput): Promise<Party> {
  if (p.orgId) {
    const org = await tx.organization.findUnique({ where: { id: p.orgId }, select: { id: true, name: true, country: true } });
    if (!org) throw new AppError("VALIDATION", { fields: { [`${side}OrgId`]: "organizationUnknown" } });
    return { orgId: org.id, name: org.name, country: org.country.toUpperCase() };
  }
  return { orgId: null, name: p.name!, country: p.country! };
}

/** Both parties and the direction between them (both abroad is a field error). */
export async function resolveParties(
  tx: Tx,
  v: { supplierOrgId: string | null; supplierName: string | null; supplierCountry: string | null; recipientOrgId: string | null; recipientName: string | null; recipientCountry: string | null },
): Promise<{ supplier: Party; recipient: Party; direction: TransferDirection }> {
  const supplier = await resolveParty(tx, "supplier", { orgId: v.supplierOrgId, name: v.supplierName, country: v.supplierCountry });
  const recipient = await resolveParty(tx, "recipient", { orgId: v.recipientOrgId, name: v.recipientName, country: v.recipientCountry });
  if (supplier.orgId && supplier.orgId === recipient.orgId) throw new AppError("VALIDATION", { fields: { recipientOrgId: "samePartyTwice" } });
  const direction = deriveDirection(supplier.country, recipient.country);
  if (!direction) throw new AppError("VALIDATION", { fields: { recipientCountry: "bothPartiesAbroad" } });
  return { supplier, recipient, direction };
}
