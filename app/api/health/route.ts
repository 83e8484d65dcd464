import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/server/health/check-database";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 with the reason when it does not. */
export async function GET() {
  const database = await checkDatabase();
  const body = database.ok
    ? { status: "ok", database: { ok: true, latencyMs: database.latencyMs } }
    : { status: "unavailable", database: { ok: false, reason: database.reason } };
  return NextResponse.json(body, { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
