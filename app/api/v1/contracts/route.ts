import { NextResponse } from "next/server";
import { apiRoute, jsonBody } from "@/lib/server/api/handler";
import { createContract } from "@/lib/server/contracts/create-contract";
import { listContracts } from "@/lib/server/contracts/list-contracts";

/** GET: the contracts the caller's organisations are party to (admins: all), and milestones due. */
export const GET = apiRoute(async ({ actor }) => listContracts({ actor }));

/**
 * POST: record a contract (from an AGREED deal with `dealId` and `dealVersion`, or directly).
 * The `Idempotency-Key` header (or `idempotencyKey` in the body) makes retries safe:
 * 201 `{ id, created: true }` the first time, 200 `{ id, created: false }` on a repeat.
 */
export const POST = apiRoute(async ({ request, actor }) => {
  const body = await jsonBody(request);
  const key = request.headers.get("idempotency-key");
  const result = await createContract({ actor, input: key ? { ...body, idempotencyKey: key } : body });
  return NextResponse.json(result, { status: result.created ? 201 : 200, headers: { "Cache-Control": "no-store" } });
});
