import { defineConfig } from "prisma/config";

// Only `prisma generate` uses the CLI; migrations go through scripts/db (see docs/ARCHITECTURE.md).
export default defineConfig({
  schema: "prisma/schema.prisma",
});
