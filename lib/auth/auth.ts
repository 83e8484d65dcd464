// next-auth: email + password (credentials) with a signed JWT in an HTTP-only cookie.
// The token carries only the user id; every request reloads the user and memberships from
// the database (loadActor), so a removed membership takes effect at once.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { clientAddress } from "./client-address";

// Blocked accounts fail sign-in whatever the path; the form and the HTTP route check the
// limiter first so they can answer "try again in N minutes" and 429.
class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  secret: env().AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/vi/sign-in", error: "/vi/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        try {
          const user = await verifyCredentials({ input: credentials, ip: clientAddress(request.headers) });
          return { id: user.id, name: user.name, email: user.email };
        } catch (err) {
          if (isAppError(err) && err.code === "RATE_LIMITED") throw new RateLimitedSignIn();
          if (isAppError(err) && err.code === "UNAUTHENTICATED") return null;
          throw err;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
