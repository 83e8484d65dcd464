import "server-only";
import { readSheet } from "read-excel-file/node";
import { AppError } from "@/lib/errors";
import { parseCsv } from "@/lib/import/parse-csv";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * The rows of an uploaded CSV or XLSX file, as text cells. Refuses, with a reason the user
 * can act on, files that are too large, empty, or not a spreadsheet at all.
 */
export async function readTable(bytes: Uint8Array): Promise<string[][]> {
  if (bytes.byteLength === 0) throw new AppError("VALIDATION", { fields: { file: "fileEmpty" } });
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new AppError("VALIDATION", { fields: { file: "fileTooLarge" } });
  let rows: string[][];
  if (isZip(bytes)) {
    try {
      const sheet = await readSheet(Buffer.from(bytes));
      rows = sheet.map((r) => r.map((c) => (c === null || c === undefined ? "" : c instanceof Date ? c.toISOString().slice(0, 10) : String(c))));
    } catch {
      throw new AppError("VALIDATION", { fields: { file: "notASpreadsheet" } });
    }
  } else {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new AppError("VALIDATION", { fields: { file: "notUtf8" } });
    }
    // Binary files (PDF, images, old .xls) are not CSV even when they decode.
    if (text.includes("\u0000") || /^%PDF|^\x89PNG|^GIF8/.test(text)) throw new AppError("VALIDATION", { fields: { file: "notASpreadsheet" } });
    rows = parseCsv(text);
  }
  if (rows.length < 2) throw new AppError("VALIDATION", { fields: { file: "fileNoRows" } });
  if (rows.length - 1 > MAX_IMPORT_ROWS) throw new AppError("VALIDATION", { fields: { file: "fileTooManyRows" } });
  return rows;
}
