/**
 * Whether `npm start` puts demo data into an empty database: always on the embedded
 * database and in development, but on a production PostgreSQL only when asked (--seed).
 */
export function shouldSeedDemo({ nodeEnv, embedded, seedFlag }: { nodeEnv: string; embedded: boolean; seedFlag: boolean }): boolean {
  return seedFlag || embedded || nodeEnv !== "production";
}
