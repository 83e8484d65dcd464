import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").length;
}

describe("lint: the data access layer is the only Prisma user", () => {
  const code = 'import { db } from "@/lib/server/db/client";\nimport { PrismaClient } from "@prisma/client";\nexport const a = [db, PrismaClient];\n';

  it("refuses the Prisma client in pages and components", async () => {
    expect(await restrictedImports("app/[locale]/(public)/x.tsx", code)).toBe(2);
    expect(await restrictedImports("components/x.tsx", code)).toBe(2);
  });

  it("allows it inside lib/server", async () => {
    expect(await restrictedImports("lib/server/x/y.ts", code)).toBe(0);
  });
}, 60_000);
