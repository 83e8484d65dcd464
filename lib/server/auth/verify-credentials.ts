import "server-only";
import { ZSignIn } from "@/lib/accounts/schemas";
import { dummyHash, verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db/client";
import { assertSignInAllowed, clearSignInFailures, recordSignInFailure } from "./sign-in-throttle";

export type VerifiedUser = { id: string; name: string; email: string };

/**
 * Checks an email and password. Wrong email and wrong password give the same error
 * (UNAUTHENTICATED) after the same work; repeated failures are refused with RATE_LIMITED.
 */
export async function verifyCredentials({ input, ip }: { input: unknown; ip: string }): Promise<VerifiedUser> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) throw new AppError("UNAUTHENTICATED");
  const { email, password } = parsed.data;
  await assertSignInAllowed({ email, ip });
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !ok) {
    await recordSignInFailure({ email, ip });
    throw new AppError("UNAUTHENTICATED");
  }
  await clearSignInFailures({ email });
  return { id: user.id, name: user.name, email: user.email };
}
