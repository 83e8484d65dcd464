import "server-only";
import { z } from "zod";
import { ORGANIZATION_KINDS } from "@/lib/accounts/schemas";
import { db } from "@/lib/server/db/client";

const ZOrgList = z.object({
  kind: z.enum(ORGANIZATION_KINDS).optional().catch(undefined),
  province: z.string().max(60).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

const PAGE = 50;

/** Public profiles of organisations, by name, optionally of one kind. */
export async function listOrganizations({ params }: { params: unknown }) {
  const f = ZOrgList.parse(params ?? {});
  // Names match without diacritics: "vien cong nghe" finds "Viện Công nghệ".
  const ids = f.q
    ? (await db().$queryRaw<{ id: string }[]>`SELECT "id" FROM "Organization" WHERE helix_unaccent(lower("name")) LIKE '%' || helix_unaccent(lower(${f.q})) || '%' LIMIT 5000`).map((r) => r.id)
    : null;
  const where = {
    verificationStatus: { not: "REJECTED" as const },
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.province ? { province: f.province } : {}),
    ...(ids ? { id: { in: ids } } : {}),
  };
  const [items, total] = await Promise.all([
    db().organization.findMany({
      where,
      orderBy: { name: "asc" },
      skip: (f.page - 1) * PAGE,
      take: PAGE,
      select: { id: true, name: true, slug: true, kind: true, province: true, website: true, verificationStatus: true, intermediaryType: true },
    }),
    db().organization.count({ where }),
  ]);
  return { items, total, page: f.page, pageSize: PAGE, filter: f };
}
