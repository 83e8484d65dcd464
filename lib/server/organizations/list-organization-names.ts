import "server-only";
import { db } from "@/lib/server/db/client";

/** Every organisation's id and public name (for choosing whom to admit to a listing). */
export async function listOrganizationNames(): Promise<{ id: string; name: string }[]> {
  return db().organization.findMany({ orderBy: { name: "asc" }, take: 1000, select: { id: true, name: true } });
}
