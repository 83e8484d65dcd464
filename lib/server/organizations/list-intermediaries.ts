import "server-only";
import { z } from "zod";
import { INTERMEDIARY_TYPES } from "@/lib/accounts/schemas";
import { db } from "@/lib/server/db/client";

export const ZIntermediaryFilter = z.object({
  type: z.enum(INTERMEDIARY_TYPES).optional().catch(undefined),
  region: z.string().max(60).optional().catch(undefined),
  field: z.string().max(60).optional().catch(undefined),
});

export type IntermediaryCard = {
  id: string;
  name: string;
  slug: string;
  province: string;
  intermediaryType: string | null;
  servedRegions: string[];
  servedFields: string[];
  description: string | null;
  verified: boolean;
  brokeredOffers: number;
};

/** The intermediary directory (public profiles), filterable by type, region and field served. */
export async function listIntermediaries({ params }: { params: unknown }): Promise<{ items: IntermediaryCard[]; filter: z.infer<typeof ZIntermediaryFilter> }> {
  const filter = ZIntermediaryFilter.parse(params ?? {});
  const rows = await db().organization.findMany({
    where: {
      kind: "INTERMEDIARY",
      verificationStatus: { not: "REJECTED" },
      ...(filter.type ? { intermediaryType: filter.type } : {}),
      ...(filter.region ? { OR: [{ servedRegions: { has: filter.region } }, { province: filter.region }] } : {}),
      ...(filter.field ? { servedFields: { has: filter.field } } : {}),
    },
    orderBy: [{ verificationStatus: "desc" }, { name: "asc" }],
    take: 200,
    select: {
      id: true,
      name: true,
      slug: true,
      province: true,
      intermediaryType: true,
      servedRegions: true,
      servedFields: true,
      description: true,
      verificationStatus: true,
      _count: { select: { offersListed: true } },
    },
  });
  return {
    filter,
    items: rows.map(({ _count, verificationStatus, ...r }) => ({ ...r, verified: verificationStatus === "VERIFIED", brokeredOffers: _count.offersListed })),
  };
}
