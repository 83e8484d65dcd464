import "server-only";
import { randomUUID } from "node:crypto";
import type { ActionError } from "@/lib/action-result";
import { AppError, isAppError } from "@/lib/errors";

const UNREACHABLE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|Can't reach database|P1001|P1017|timeout exceeded when trying to connect/i;

/** Expected errors as they are; a lost database as UNAVAILABLE; anything else is unexpected. */
export function classifyError(err: unknown): AppError | null {
  if (isAppError(err)) return err;
  const text = err instanceof Error ? `${err.message} ${(err as { code?: string }).code ?? ""}` : String(err);
  if (UNREACHABLE.test(text)) return new AppError("UNAVAILABLE");
  return null;
}

/**
 * Turns an error thrown by the data layer into what a form shows. Unexpected errors are
 * logged with a request id that the user sees, so support can find the log line.
 */
export function toActionError(err: unknown, values?: Record<string, string>): ActionError {
  const known = classifyError(err);
  if (known) {
    return {
      ok: false,
      error: known.code,
      fields: known.fields,
      values,
      retryAfterMinutes: known.retryAfter ? Math.ceil(known.retryAfter / 60) : undefined,
    };
  }
  const requestId = randomUUID().slice(0, 8);
  console.error(`[${requestId}] unexpected error`, err);
  return { ok: false, error: "unexpected", requestId, values };
}
