// The one place that reads process.env: every setting is validated here, with a message
// that says how to fix a wrong one.
import { z } from "zod";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a PostgreSQL URL such as postgresql://user:pass@127.0.0.1:5432/helix")
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HELIX_DATA_DIR: z.string().default(".data"),
  HELIX_EMBEDDED_DB: z.enum(["0", "1"]).default("0"),
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  SIGNIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an SMTP URL such as smtp://user:pass@mail.example.vn:587").optional(),
  SMTP_FROM: z.string().min(3).optional(),
  /** Where the app is reached, for links in emails. */
  PUBLIC_URL: z.string().url("must be a URL such as https://helix.example.vn").optional(),
});

export type Env = z.infer<typeof ZEnv>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = ZEnv.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid configuration (see README, "Configuration"):\n${lines.join("\n")}`);
  }
  const env = result.data;
  if (env.NODE_ENV === "production" && env.HELIX_EMBEDDED_DB === "0" && env.DATABASE_URL && !env.AUTH_SECRET) {
    throw new EnvError(
      "Invalid configuration: AUTH_SECRET is required in production with DATABASE_URL (generate one with: openssl rand -base64 32).",
    );
  }
  return env;
}

let cached: Env | undefined;

/** The validated environment; read lazily so scripts can set variables before first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
