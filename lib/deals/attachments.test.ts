import { describe, expect, it } from "vitest";
import { ATTACHMENT_MAX_BYTES, checkAttachment, cleanFileName, readNdaFile } from "./attachments";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

const PDF = bytes("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "IHDR....");
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0], "JFIF");
const EXE = bytes("MZ", [0x90, 0, 3, 0], "This program cannot be run in DOS mode");
const DOCX = bytes("PK", [3, 4, 20, 0], "[Content_Types].xml....PK", [3, 4], "word/document.xml");
const XLSX = bytes("PK", [3, 4, 20, 0], "[Content_Types].xml....PK", [3, 4], "xl/workbook.xml");

describe("attachment checks", () => {
  it("accepts each allowed type when the bytes match the extension, with the stored content type", () => {
    expect(checkAttachment({ name: "Báo cáo.pdf", bytes: PDF })).toEqual({ ok: true, ext: "pdf", contentType: "application/pdf", fileName: "Báo cáo.pdf" });
    expect(checkAttachment({ name: "a.PNG", bytes: PNG })).toMatchObject({ ok: true, contentType: "image/png" });
    expect(checkAttachment({ name: "a.jpeg", bytes: JPEG })).toMatchObject({ ok: true, contentType: "image/jpeg" });
    expect(checkAttachment({ name: "a.jpg", bytes: JPEG })).toMatchObject({ ok: true, contentType: "image/jpeg" });
    expect(checkAttachment({ name: "hợp đồng.docx", bytes: DOCX })).toMatchObject({ ok: true, ext: "docx" });
    expect(checkAttachment({ name: "bảng giá.xlsx", bytes: XLSX })).toMatchObject({ ok: true, ext: "xlsx" });
    expect(checkAttachment({ name: "ghi chú.txt", bytes: bytes("Giá: 1.500.000 ₫\n") })).toMatchObject({ ok: true, contentType: "text/plain; charset=utf-8" });
    expect(checkAttachment({ name: "số liệu.csv", bytes: bytes("mẫu,giá trị\nA,1\n") })).toMatchObject({ ok: true, ext: "csv" });
  });

  it("refuses an executable renamed .pdf, a PDF renamed .png, a workbook renamed .docx and unknown extensions", () => {
    expect(checkAttachment({ name: "invoice.pdf", bytes: EXE })).toEqual({ ok: false, error: "fileTypeNotAllowed" });
    expect(checkAttachment({ name: "scan.png", bytes: PDF })).toEqual({ ok: false, error: "fileTypeNotAllowed" });
    expect(checkAttachment({ name: "terms.docx", bytes: XLSX })).toEqual({ ok: false, error: "fileTypeNotAllowed" });
    expect(checkAttachment({ name: "setup.exe", bytes: EXE })).toEqual({ ok: false, error: "fileTypeNotAllowed" });
    expect(checkAttachment({ name: "noextension", bytes: PDF })).toEqual({ ok: false, error: "fileTypeNotAllowed" });
  });

  it("refuses binary or non-UTF-8 content named .txt or .csv", () => {
    expect(checkAttachment({ name: "notes.txt", bytes: EXE })).toEqual({ ok: false, error: "fileTypeNotAllowed" });
    expect(checkAttachment({ name: "data.csv", bytes: new Uint8Array([0x61, 0xc3, 0x28]) })).toEqual({ ok: false, error: "fileTypeNotAllowed" });
  });

  it("refuses empty files and files over 5 MB, and accepts exactly 5 MB", () => {
    expect(checkAttachment({ name: "a.pdf", bytes: new Uint8Array() })).toEqual({ ok: false, error: "fileEmpty" });
    const big = new Uint8Array(ATTACHMENT_MAX_BYTES + 1);
    big.set(PDF);
    expect(checkAttachment({ name: "a.pdf", bytes: big })).toEqual({ ok: false, error: "fileTooLarge" });
    expect(checkAttachment({ name: "a.pdf", bytes: big.subarray(0, ATTACHMENT_MAX_BYTES) })).toMatchObject({ ok: true });
  });

  it("strips paths and control characters from file names", () => {
    expect(cleanFileName("C:\\Users\\x\\..\\bad\".pdf")).toBe("bad.pdf");
    expect(cleanFileName("../../etc/passwd\n.txt")).toBe("passwd.txt");
    expect(cleanFileName("")).toBe("file");
  });

  it("reads an uploaded NDA text file: .txt or .md, UTF-8, within the size limit", () => {
    expect(readNdaFile({ name: "nda.md", bytes: bytes([0xef, 0xbb, 0xbf], "# Thoả thuận") }, 100)).toEqual({ ok: true, text: "# Thoả thuận", fileName: "nda.md" });
    expect(readNdaFile({ name: "nda.pdf", bytes: PDF }, 100)).toEqual({ ok: false, error: "ndaFileType" });
    expect(readNdaFile({ name: "nda.txt", bytes: bytes("x".repeat(101)) }, 100)).toEqual({ ok: false, error: "ndaFileTooLarge" });
    expect(readNdaFile({ name: "nda.txt", bytes: EXE }, 100)).toEqual({ ok: false, error: "ndaFileType" });
  });
});
