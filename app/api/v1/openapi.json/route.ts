import { NextResponse, type NextRequest } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";

export function GET(request: NextRequest) {
  return NextResponse.json(openApiDocument(request.nextUrl.origin));
}
