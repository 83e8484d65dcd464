// Chooses the language (/vi or /en) for every page. Authorisation is NOT decided here: pages
// and the data layer check the session themselves (a proxy can be bypassed).
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
