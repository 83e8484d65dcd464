// Which files may be attached to a deal message. A file is accepted only when its extension
// is allowed AND its bytes look like that type, so an executable renamed ".pdf" is refused.
// Pure: the data layer calls it before anything is stored.

export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENTS_PER_MESSAGE = 3;

export const ATTACHMENT_TYPES = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  txt: "text/plain; charset=utf-8",
  csv: "text/csv; charset=utf-8",
} as const;
export type AttachmentExt = keyof typeof ATTACHMENT_TYPES;

/** For the file input's `accept` attribute. */
export const ATTACHMENT_ACCEPT = Object.keys(ATTACHMENT_TYPES).map((e) => `.${e}`).join(",");

export type AttachmentCheck =
  | { ok: true; ext: AttachmentExt; contentType: string; fileName: string }
  | { ok: false; error: "fileEmpty" | "fileTooLarge" | "fileTypeNotAllowed" };

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Whether an ASCII name occurs in the bytes (zip entry names are stored uncompressed). */
function contains(bytes: Uint8Array, ascii: string): boolean {
  const needle = [...ascii].map((c) => c.charCodeAt(0));
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Text files: valid UTF-8 with no NUL byte (binary content renamed .txt fails both). */
export function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function contentMatches(ext: AttachmentExt, bytes: Uint8Array): boolean {
  switch (ext) {
    case "pdf":
      return startsWith(bytes, PDF);
    case "png":
      return startsWith(bytes, PNG);
    case "jpg":
    case "jpeg":
      return startsWith(bytes, JPEG);
    // Office files are zip packages; the part folder tells a document from a workbook.
    case "docx":
      return startsWith(bytes, ZIP) && contains(bytes, "word/");
    case "xlsx":
      return startsWith(bytes, ZIP) && contains(bytes, "xl/");
    case "txt":
    case "csv":
      return isUtf8Text(bytes);
  }
}

/** A safe file name to store and send back: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  return (cleaned || "file").slice(-200);
}

export function checkAttachment(file: { name: string; bytes: Uint8Array }): AttachmentCheck {
  if (file.bytes.length === 0) return { ok: false, error: "fileEmpty" };
  if (file.bytes.length > ATTACHMENT_MAX_BYTES) return { ok: false, error: "fileTooLarge" };
  const fileName = cleanFileName(file.name);
  const ext = fileName.includes(".") ? fileName.split(".").pop()!.toLowerCase() : "";
  if (!(ext in ATTACHMENT_TYPES)) return { ok: false, error: "fileTypeNotAllowed" };
  const known = ext as AttachmentExt;
  if (!contentMatches(known, file.bytes)) return { ok: false, error: "fileTypeNotAllowed" };
  return { ok: true, ext: known, contentType: ATTACHMENT_TYPES[known], fileName };
}

/** An uploaded NDA text: .txt or .md, at most `maxBytes`, valid UTF-8. Returns the text or an error key. */
export function readNdaFile(file: { name: string; bytes: Uint8Array }, maxBytes: number): { ok: true; text: string; fileName: string } | { ok: false; error: string } {
  const fileName = cleanFileName(file.name);
  if (!/\.(txt|md)$/i.test(fileName)) return { ok: false, error: "ndaFileType" };
  if (file.bytes.length > maxBytes) return { ok: false, error: "ndaFileTooLarge" };
  if (!isUtf8Text(file.bytes)) return { ok: false, error: "ndaFileType" };
  const text = new TextDecoder("utf-8").decode(file.bytes).replace(/^\uFEFF/, "");
  return { ok: true, text, fileName };
}
