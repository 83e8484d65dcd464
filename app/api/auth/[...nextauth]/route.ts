import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { clientAddress } from "@/lib/auth/client-address";
import { assertSignInAllowed } from "@/lib/server/auth/sign-in-throttle";
import { toErrorResponse } from "@/lib/server/errors/to-response";

export const GET = handlers.GET;

/**
 * Credentials posted straight to next-auth (API clients, scripts) are refused with 429 and
 * Retry-After while the account or address is blocked; the check inside `authorize` still
 * applies to every path, this only gives HTTP clients the proper status.
 */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request.clone().formData().catch(() => null);
    const email = form?.get("email");
    if (typeof email === "string") {
      try {
        await assertSignInAllowed({ email, ip: clientAddress(request.headers) });
      } catch (err) {
        return toErrorResponse(err);
      }
    }
  }
  return handlers.POST(request);
}
