import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db/client";

// Failed sign-ins are counted per account and per client address in the database, so the
// limit holds across processes and restarts. Past the limit, sign-in is refused until the
// window ends (HTTP 429 with Retry-After).

type Keys = { email: string; ip: string };

function keysFor({ email, ip }: Keys) {
  const { SIGNIN_MAX_FAILURES_PER_ACCOUNT, SIGNIN_MAX_FAILURES_PER_ADDRESS } = env();
  return [
    { key: `email:${email.trim().toLowerCase()}`, max: SIGNIN_MAX_FAILURES_PER_ACCOUNT },
    { key: `ip:${ip}`, max: SIGNIN_MAX_FAILURES_PER_ADDRESS },
  ];
}

/** Throws RATE_LIMITED while the account or the address is blocked. */
export async function assertSignInAllowed(keys: Keys): Promise<void> {
  const rows = await db().signInThrottle.findMany({
    where: { key: { in: keysFor(keys).map((k) => k.key) }, blockedUntil: { gt: new Date() } },
    select: { blockedUntil: true },
  });
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil?.getTime() ?? 0));
  if (until > Date.now()) {
    throw new AppError("RATE_LIMITED", { retryAfter: Math.ceil((until - Date.now()) / 1000) });
  }
}

/** Counts one failure for the account and the address, blocking those that reach their limit. */
export async function recordSignInFailure(keys: Keys): Promise<void> {
  const windowSeconds = env().SIGNIN_WINDOW_MINUTES * 60;
  for (const { key, max } of keysFor(keys)) {
    // One atomic statement, so concurrent failures cannot under-count.
    await db().$executeRaw`
      INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "blockedUntil", "updatedAt")
      VALUES (${key}, 1, now(), CASE WHEN ${max} <= 1 THEN now() + make_interval(secs => ${windowSeconds}) END, now())
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "SignInThrottle"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                          THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                             THEN now() ELSE "SignInThrottle"."windowStart" END,
        "blockedUntil" = CASE
          WHEN "SignInThrottle"."windowStart" >= now() - make_interval(secs => ${windowSeconds})
               AND "SignInThrottle"."failures" + 1 >= ${max}
          THEN now() + make_interval(secs => ${windowSeconds})
          ELSE "SignInThrottle"."blockedUntil" END,
        "updatedAt" = now()`;
  }
}

/** A successful sign-in forgets the account's failures (the address keeps its count). */
export async function clearSignInFailures({ email }: { email: string }): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key: `email:${email.trim().toLowerCase()}` } });
}
