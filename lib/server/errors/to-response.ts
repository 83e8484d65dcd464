import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { classifyError } from "./to-action-error";

// API clients get English messages; `fields` carries message keys (see messages/en.json errors.fields).
const MESSAGES: Record<string, string> = {
  NOT_FOUND: "not found",
  FORBIDDEN: "not allowed",
  VALIDATION: "invalid input: see fields",
  CONFLICT: "conflict: the resource changed or already exists",
  RATE_LIMITED: "too many attempts: retry later",
  UNAVAILABLE: "the database is unavailable: retry later",
  UNAUTHENTICATED: "sign in or send a valid bearer token",
};

/** The JSON error response for an API route: `{ error: { code, fields? } }` with its status. */
export function toErrorResponse(err: unknown): NextResponse {
  const known = classifyError(err);
  if (known) {
    const headers: Record<string, string> = {};
    if (known.retryAfter) headers["Retry-After"] = String(known.retryAfter);
    const message = known.message !== known.code ? known.message : MESSAGES[known.code];
    return NextResponse.json({ error: { code: known.code, message, fields: known.fields } }, { status: known.status, headers });
  }
  const requestId = randomUUID().slice(0, 8);
  console.error(`[${requestId}] unexpected error`, err);
  return NextResponse.json({ error: { code: "INTERNAL", message: `unexpected error, reference ${requestId}`, requestId } }, { status: 500 });
}
