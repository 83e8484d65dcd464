import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";

const synonyms = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[,;\n]/).map((x) => x.trim()).filter(Boolean) : v),
  z.array(z.string().max(80, "tooLong")).max(40, "tooMany"),
);

const ZTermFields = {
  nameVi: z.string().trim().min(2, "nameRequired").max(120, "tooLong"),
  nameEn: z.string().trim().min(2, "nameRequired").max(120, "tooLong"),
  synonyms,
  active: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(true),
};

export const ZUpdateTerm = z.object({ code: z.string().min(1).max(60), ...ZTermFields });
export const ZCreateTerm = z.object({
  code: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "codeInvalid").max(60, "tooLong"),
  kind: z.enum(["FIELD", "SECTOR"], "kindRequired"),
  ...ZTermFields,
});

// Codes are never renamed or deleted: listings store them. A term is retired by making it inactive.
const ANY_ORG = { organizationId: "*" };

export async function updateTaxonomyTerm({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "taxonomy.edit", ANY_ORG);
  const parsed = ZUpdateTerm.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const { code, ...data } = parsed.data;
  const updated = await db().taxonomyTerm.updateMany({ where: { code }, data });
  if (updated.count === 0) throw new AppError("NOT_FOUND");
  return { code };
}

export async function createTaxonomyTerm({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "taxonomy.edit", ANY_ORG);
  const parsed = ZCreateTerm.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const sortOrder = (await db().taxonomyTerm.count({ where: { kind: parsed.data.kind } })) + 1;
  try {
    await db().taxonomyTerm.create({ data: { ...parsed.data, sortOrder } });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new AppError("CONFLICT", { fields: { code: "codeTaken" } });
    throw err;
  }
  return { code: parsed.data.code };
}

/** Every term, active or not, for the admin page. */
export async function listAllTaxonomy({ actor }: { actor: Actor | null }) {
  assertCan(actor, "taxonomy.edit", ANY_ORG);
  return db().taxonomyTerm.findMany({ orderBy: [{ kind: "asc" }, { sortOrder: "asc" }] });
}
