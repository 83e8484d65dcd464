import "server-only";
import { db } from "@/lib/server/db/client";

export type JoinableOrganization = { id: string; name: string; kind: string; province: string };

/** Organisations a new user may ask to join (public profile fields only). */
export async function listJoinableOrganizations(): Promise<JoinableOrganization[]> {
  return db().organization.findMany({
    where: { verificationStatus: { not: "REJECTED" } },
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true, kind: true, province: true },
  });
}
