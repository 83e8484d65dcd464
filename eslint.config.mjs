import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const prismaImports = {
  paths: [{ name: "@prisma/client", message: "Only lib/server/** may use the Prisma client (the data access layer)." }],
  patterns: [
    { group: ["**/generated/**", "@/lib/server/db/generated/*"], message: "Only lib/server/** may use the Prisma client (the data access layer)." },
    { group: ["**/lib/server/db/client", "@/lib/server/db/client"], message: "Only lib/server/** may use the Prisma client (the data access layer)." },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", ".data/**", "lib/server/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  {
    rules: { "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }] },
  },
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    ignores: ["lib/server/**", "scripts/**", "tests/**"],
    rules: { "no-restricted-imports": ["error", prismaImports] },
  },
];

export default config;
