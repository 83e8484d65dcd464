import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { slugify } from "@/lib/slug";
import { db } from "@/lib/server/db/client";
import { DEMO_ADMIN, DEMO_ORGANIZATIONS, DEMO_PASSWORD } from "./demo-data";

export type SeedResult = { seeded: boolean; demoPresent: boolean; accounts: { email: string; organization: string | null }[]; password: string };

/** Fills an empty database with demo organisations and one user each; does nothing otherwise. */
export async function seedDemo(): Promise<SeedResult> {
  const accounts = [
    ...DEMO_ORGANIZATIONS.map((o) => ({ email: o.user.email, organization: o.name })),
    { email: DEMO_ADMIN.email, organization: null },
  ];
  if ((await db().user.count()) > 0) {
    const demoPresent = (await db().user.count({ where: { email: DEMO_ADMIN.email } })) > 0;
    return { seeded: false, demoPresent, accounts, password: DEMO_PASSWORD };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db().$transaction(async (tx) => {
    for (const o of DEMO_ORGANIZATIONS) {
      const user = await tx.user.create({ data: { name: o.user.name, email: o.user.email, passwordHash } });
      await tx.organization.create({
        data: {
          name: o.name,
          slug: slugify(o.name),
          kind: o.kind,
          province: o.province,
          website: o.website,
          description: o.description,
          contactEmail: o.user.email,
          verificationStatus: o.verified ? "VERIFIED" : "PENDING",
          verifiedAt: o.verified ? new Date() : null,
          intermediaryType: o.intermediaryType ?? null,
          servedRegions: o.servedRegions ?? [],
          servedFields: o.servedFields ?? [],
          memberships: { create: { userId: user.id, role: "OWNER", status: "ACTIVE" } },
        },
      });
    }
    await tx.user.create({ data: { ...DEMO_ADMIN, passwordHash, platformRole: "ADMIN" } });
  });
  return { seeded: true, demoPresent: true, accounts, password: DEMO_PASSWORD };
}
