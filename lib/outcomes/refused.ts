import { isAppError } from "@/lib/errors";

export const REFUSED = Symbol("refused");

/**
 * For outcome pages: a view the actor may not see (FORBIDDEN, or NOT_FOUND for an
 * organisation they are not in) becomes REFUSED, so the page explains who the view is for
 * instead of crashing. Other errors go on to the error page.
 */
export async function orRefused<T>(promise: Promise<T>): Promise<T | typeof REFUSED> {
  try {
    return await promise;
  } catch (err) {
    if (isAppError(err) && (err.code === "FORBIDDEN" || err.code === "NOT_FOUND")) return REFUSED;
    throw err;
  }
}
