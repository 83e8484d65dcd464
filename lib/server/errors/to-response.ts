import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { classifyError } from "./to-action-error";

/** The JSON error response for an API route: `{ error: { code, fields? } }` with its status. */
export function toErrorResponse(err: unknown): NextResponse {
  const known = classifyError(err);
  if (known) {
    const headers: Record<string, string> = {};
    if (known.retryAfter) headers["Retry-After"] = String(known.retryAfter);
    return NextResponse.json({ error: { code: known.code, fields: known.fields } }, { status: known.status, headers });
  }
  const requestId = randomUUID().slice(0, 8);
  console.error(`[${requestId}] unexpected error`, err);
  return NextResponse.json({ error: { code: "INTERNAL", requestId } }, { status: 500 });
}
