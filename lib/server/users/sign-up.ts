import "server-only";
import { randomBytes } from "node:crypto";
import { ZSignUp } from "@/lib/accounts/schemas";
import { fieldErrors } from "@/lib/validation";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { slugify } from "@/lib/slug";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";

export type SignUpResult = {
  userId: string;
  organizationId: string;
  membershipStatus: "ACTIVE" | "PENDING";
};

/**
 * Creates an account and either a new organisation (the user becomes its OWNER) or a
 * request to join an existing one (PENDING until an owner approves it).
 */
export async function signUp({ input }: { input: unknown }): Promise<SignUpResult> {
  const parsed = ZSignUp.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const v = parsed.data;
  const passwordHash = await hashPassword(v.password);
  try {
    return await db().$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: v.email }, select: { id: true } })) {
        throw new AppError("CONFLICT", { fields: { email: "emailTaken" } });
      }
      const user = await tx.user.create({ data: { email: v.email, name: v.name, passwordHash } });
      if (v.orgMode === "join") {
        const org = await tx.organization.findUnique({ where: { id: v.organizationId }, select: { id: true } });
        if (!org) throw new AppError("VALIDATION", { fields: { organizationId: "organizationRequired" } });
        await tx.membership.create({ data: { userId: user.id, organizationId: org.id, role: "MEMBER", status: "PENDING" } });
        return { userId: user.id, organizationId: org.id, membershipStatus: "PENDING" as const };
      }
      const base = slugify(v.orgName!);
      const taken = await tx.organization.findUnique({ where: { slug: base }, select: { id: true } });
      const org = await tx.organization.create({
        data: {
          name: v.orgName!,
          slug: taken ? `${base}-${randomBytes(3).toString("hex")}` : base,
          kind: v.orgKind!,
          province: v.orgProvince!,
          website: v.orgWebsite,
          intermediaryType: v.orgKind === "INTERMEDIARY" ? v.intermediaryType : null,
          contactEmail: v.email,
        },
      });
      await tx.membership.create({ data: { userId: user.id, organizationId: org.id, role: "OWNER", status: "ACTIVE" } });
      return { userId: user.id, organizationId: org.id, membershipStatus: "ACTIVE" as const };
    });
  } catch (err) {
    // Two sign-ups racing for one email: the unique index decides, and the loser hears why.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      throw new AppError("CONFLICT", { fields: { email: "emailTaken" } });
    }
    throw err;
  }
}
