import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";

/**
 * Counts one view of a published listing's public page for today (Vietnam's date), in one
 * statement: an upsert that increments the day's row. Views by members of the owning (or
 * listing) organisation are not counted. Never throws: a lost view must not break the page.
 */
export async function recordListingView({ actor, kind, id }: { actor: Actor | null; kind: "offer" | "challenge"; id: string }): Promise<void> {
  const mine = actor?.memberships.map((m) => m.organizationId) ?? [];
  const notMine = (column: Prisma.Sql) => (mine.length ? Prisma.sql`AND (${column} IS NULL OR ${column} NOT IN (${Prisma.join(mine)}))` : Prisma.empty);
  const source =
    kind === "offer"
      ? Prisma.sql`SELECT 'offer', "id" FROM "Offer" WHERE "id" = ${id} AND "status" = 'PUBLISHED' ${notMine(Prisma.sql`"organizationId"`)} ${notMine(Prisma.sql`"listedByOrganizationId"`)}`
      : Prisma.sql`SELECT 'challenge', "id" FROM "Challenge" WHERE "id" = ${id} AND "status" = 'PUBLISHED' ${notMine(Prisma.sql`"organizationId"`)}`;
  try {
    await db().$executeRaw`
      INSERT INTO "ListingViewDaily" ("listingKind", "listingId", "day", "views")
      SELECT s.kind, s.id, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 1 FROM (${source}) AS s(kind, id)
      ON CONFLICT ("listingKind", "listingId", "day") DO UPDATE SET "views" = "ListingViewDaily"."views" + 1`;
  } catch (err) {
    console.error("recordListingView failed", { kind, id, err });
  }
}
