import "server-only";
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { isOutcomeTable, outcomeCsv, type OutcomeView } from "@/lib/outcomes/csv";
import { queryOf } from "@/lib/server/api/handler";

/** The route's query: `format=csv&table=<name>&locale=vi|en` besides the filters. */
export function outcomeQuery(request: Request) {
  const query = queryOf(request);
  const format = query.format ?? "json";
  if (format !== "json" && format !== "csv") throw new AppError("VALIDATION", { fields: { format: "invalidValue" } });
  return { query, format: format as "json" | "csv", table: typeof query.table === "string" ? query.table : "", locale: query.locale === "en" ? "en" : "vi" };
}

/**
 * JSON, or one table as a CSV attachment. The table name is checked before the figures are
 * computed, so a wrong name costs no query.
 */
export async function outcomeResponse<V extends OutcomeView, D>(request: Request, view: V, load: (query: Record<string, string | string[]>) => Promise<D>) {
  const { query, format, table, locale } = outcomeQuery(request);
  if (format === "csv" && !isOutcomeTable(view, table)) throw new AppError("VALIDATION", { fields: { table: "invalidValue" } });
  const data = await load(query);
  if (format === "json") return NextResponse.json(data, { headers: { "Cache-Control": "no-store" } });
  const csv = outcomeCsv(view, table as never, data as never, locale);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="helix-outcomes-${view}-${table}-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
