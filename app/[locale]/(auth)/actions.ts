"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { isAppError } from "@/lib/errors";
import { headers } from "next/headers";
import { ZSignIn } from "@/lib/accounts/schemas";
import { fieldErrors } from "@/lib/validation";
import { formValues, type ActionState } from "@/lib/action-result";
import { signIn, signOut } from "@/lib/auth/auth";
import { clientAddress } from "@/lib/auth/client-address";
import { safeCallback } from "@/lib/auth/safe-callback";
import { isLocale } from "@/i18n/routing";
import { assertSignInAllowed } from "@/lib/server/auth/sign-in-throttle";
import { toActionError } from "@/lib/server/errors/to-action-error";
import { signUp } from "@/lib/server/users/sign-up";

function localeOf(formData: FormData): string {
  const value = String(formData.get("locale") ?? "");
  return isLocale(value) ? value : "vi";
}

async function signInWithPassword(email: string, password: string, redirectTo: string, values: Record<string, string>): Promise<ActionState> {
  try {
    // Checked here as well as in authorize(): next-auth does not pass a custom error code
    // back to server actions, and the form should say how long to wait.
    await assertSignInAllowed({ email, ip: clientAddress(await headers()) });
    await signIn("credentials", { email, password, redirectTo });
    return { ok: true };
  } catch (err) {
    if (err instanceof CredentialsSignin) return { ok: false, error: "invalidCredentials", values };
    if (err instanceof AuthError) return toActionError(err.cause?.err ?? err, values);
    if (isAppError(err)) return toActionError(err, values);
    throw err; // the redirect after a successful sign-in
  }
}

export async function signInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeOf(formData);
  const values = formValues(formData, ["password"]);
  const parsed = ZSignIn.safeParse({ email: formData.get("email") ?? "", password: formData.get("password") ?? "" });
  if (!parsed.success) return { ok: false, error: "VALIDATION", fields: fieldErrors(parsed.error), values };
  return signInWithPassword(parsed.data.email, parsed.data.password, safeCallback(formData.get("callbackUrl"), locale), values);
}

export async function signUpAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  const input = Object.fromEntries(
    ["name", "email", "password", "orgMode", "orgName", "orgKind", "orgProvince", "orgWebsite", "intermediaryType", "organizationId"].map(
      (k) => [k, formData.get(k) ?? undefined],
    ),
  );
  try {
    await signUp({ input });
  } catch (err) {
    return toActionError(err, values);
  }
  return signInWithPassword(String(input.email), String(input.password), `/${locale}/dashboard`, values);
}

export async function signOutAction(formData: FormData): Promise<void> {
  await signOut({ redirectTo: `/${localeOf(formData)}?signedOut=1` });
}
