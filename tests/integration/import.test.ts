import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { toCsv } from "../../lib/csv";
import { loadActor } from "../../lib/server/auth/load-actor";
import { db } from "../../lib/server/db/client";
import { previewImport } from "../../lib/server/import/preview-import";
import { MAX_IMPORT_BYTES } from "../../lib/server/import/read-table";
import { runImport } from "../../lib/server/import/run-import";
import { createOwner, verify } from "../support/factories";
import { makeXlsx } from "../support/xlsx";

const HEADER = ["Mã tham chiếu", "Tiêu đề", "Tóm tắt", "TRL", "Tỉnh/thành", "Hình thức hợp tác", "Ngành", "Giá chào (VND)", "Thông tin mật"];
const good = (ref: string, title: string) => [ref, title, "Quy trình sản xuất chế phẩm sinh học quy mô 5 tấn/ngày đã thử nghiệm tại Thái Bình.", "7", "Thái Bình", "LICENSE, KNOW_HOW", "agriculture", "1.500.000.000", "Công thức môi trường nuôi cấy"];
const csv = (rows: string[][]) => new TextEncoder().encode(toCsv(HEADER, rows));

describe("spreadsheet import", () => {
  let lab: Actor;
  let labOrg: string;

  beforeAll(async () => {
    const l = await createOwner({ orgName: "Viện Sinh học Nhiệt đới" });
    await verify(l.organizationId);
    lab = (await loadActor(l.userId))!;
    labOrg = l.organizationId;
  });

  it("previews each row's problems and imports only the valid ones, mapping old province names", async () => {
    const preview = await previewImport({
      actor: lab,
      kind: "offer",
      fileName: "danh-muc.csv",
      bytes: csv([good("VST-01", "Chế phẩm Trichoderma xử lý rơm rạ"), ["VST-02", "", "ngắn", "12", "Atlantis", "", "", "hai tỷ", ""], good("VST-03", "Phân bón hữu cơ vi sinh từ bã mía")]),
    });
    expect(preview.valid).toBe(2);
    expect(preview.invalid).toBe(1);
    const bad = preview.rows.find((r) => r.line === 3)!;
    expect(bad.action).toBe("skip");
    expect(bad.errors).toMatchObject({ title: "titleRequired", summary: "summaryRequired", trl: "trlInvalid", askingPriceVnd: "amountInvalid" });
    expect(await db().offer.count({ where: { organizationId: labOrg } })).toBe(0); // a preview writes no listing

    const result = await runImport({ actor: lab, batchId: preview.batchId });
    expect(result).toEqual({ created: 2, updated: 0, published: 0, skipped: 1 });
    const rows = await db().offer.findMany({ where: { organizationId: labOrg }, orderBy: { externalRef: "asc" } });
    expect(rows.map((r) => [r.externalRef, r.status, r.province, r.askingPriceVnd])).toEqual([
      ["VST-01", "DRAFT", "hung-yen", 1_500_000_000n],
      ["VST-03", "DRAFT", "hung-yen", 1_500_000_000n],
    ]);
    await expect(runImport({ actor: lab, batchId: preview.batchId })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("does not duplicate when the same file is imported again, and can publish", async () => {
    const again = await previewImport({ actor: lab, kind: "offer", fileName: "danh-muc.csv", bytes: csv([good("VST-01", "Chế phẩm Trichoderma xử lý rơm rạ (bản 2)"), good("VST-04", "Vắc-xin phòng bệnh đốm trắng cho tôm")]) });
    expect(again.rows.map((r) => r.action)).toEqual(["update", "create"]);
    const result = await runImport({ actor: lab, batchId: again.batchId, publish: true });
    expect(result).toMatchObject({ created: 1, updated: 1, published: 2 });
    expect(await db().offer.count({ where: { organizationId: labOrg } })).toBe(3);
    const first = await db().offer.findFirstOrThrow({ where: { organizationId: labOrg, externalRef: "VST-01" } });
    expect(first).toMatchObject({ title: "Chế phẩm Trichoderma xử lý rơm rạ (bản 2)", status: "PUBLISHED" });
  });

  it("flags a reference repeated within the file and rows without one", async () => {
    const p = await previewImport({ actor: lab, kind: "offer", fileName: "x.csv", bytes: csv([good("R-1", "Máy sấy nông sản dùng bơm nhiệt"), good("R-1", "Máy sấy nông sản dùng bơm nhiệt 2"), good("", "Máy sấy nông sản không mã")]) });
    expect(p.rows.map((r) => r.errors.externalRef ?? null)).toEqual([null, "externalRefRepeated", "externalRefRequired"]);
  });

  it("reads XLSX files", async () => {
    const p = await previewImport({ actor: lab, kind: "offer", fileName: "portfolio.xlsx", bytes: makeXlsx([HEADER, good("X-1", "Cảm biến đo độ mặn giá rẻ cho ruộng lúa")]) });
    expect(p.valid).toBe(1);
    expect(p.rows[0]!.title).toBe("Cảm biến đo độ mặn giá rẻ cho ruộng lúa");
  });

  it("handles a 5 MB file, and refuses a larger one or one that is not a spreadsheet", async () => {
    const row = good("BIG-0", "Quy trình nhân giống lan kim tuyến bằng nuôi cấy mô");
    const line = toCsv([], [row]).length;
    const count = Math.min(4900, Math.floor((MAX_IMPORT_BYTES - 2000) / line));
    const rows = Array.from({ length: count }, (_, i) => [`BIG-${i}`, ...row.slice(1)]);
    const bytes = csv(rows);
    expect(bytes.byteLength).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    const started = Date.now();
    const p = await previewImport({ actor: lab, kind: "offer", fileName: "big.csv", bytes });
    expect(p.valid).toBe(count);
    expect(Date.now() - started).toBeLessThan(60_000);

    const tooBig = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(65);
    await expect(previewImport({ actor: lab, kind: "offer", fileName: "big.csv", bytes: tooBig })).rejects.toMatchObject({ fields: { file: "fileTooLarge" } });
    const pdf = new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj");
    await expect(previewImport({ actor: lab, kind: "offer", fileName: "scan.pdf", bytes: pdf })).rejects.toMatchObject({ fields: { file: "notASpreadsheet" } });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]);
    await expect(previewImport({ actor: lab, kind: "offer", fileName: "logo.png", bytes: png })).rejects.toMatchObject({ code: "VALIDATION" });
    const brokenZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    await expect(previewImport({ actor: lab, kind: "offer", fileName: "broken.xlsx", bytes: brokenZip })).rejects.toMatchObject({ fields: { file: "notASpreadsheet" } });
  }, 120_000);

  it("accepts rows with only the required columns, for challenges too", async () => {
    const firm = await createOwner({ orgName: "Công ty Thuỷ sản Sao Ta Nam", kind: "ENTERPRISE" });
    const bytes = new TextEncoder().encode("ref,title,problem,min_trl,province\nCH-1,Giảm hao hụt tôm sau thu hoạch,Tỷ lệ hao hụt tôm sau thu hoạch 8%; cần giải pháp bảo quản lạnh nhanh tại ao.,5,Sóc Trăng\n");
    const p = await previewImport({ actor: firm.actor, kind: "challenge", fileName: "nhu-cau.csv", bytes });
    expect(p.rows[0]!.errors).toEqual({});
    const result = await runImport({ actor: firm.actor, batchId: p.batchId });
    expect(result.created).toBe(1);
    const row = await db().challenge.findFirstOrThrow({ where: { organizationId: firm.organizationId } });
    expect(row).toMatchObject({ province: "can-tho", minTrl: 5, budgetMaxVnd: null, stateCommissioned: false });
  });

  it("forgets previews after a week", async () => {
    const old = await db().importBatch.create({ data: { userId: lab.userId, organizationId: labOrg, kind: "offer", fileName: "old.csv", rows: [], createdAt: new Date(Date.now() - 8 * 86_400_000) } });
    await previewImport({ actor: lab, kind: "offer", fileName: "new.csv", bytes: csv([good("W-1", "Chế phẩm xử lý mùi chuồng trại")]) });
    expect(await db().importBatch.findUnique({ where: { id: old.id } })).toBeNull();
    await expect(runImport({ actor: lab, batchId: old.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps batches private and refuses kinds the organisation cannot list", async () => {
    const firm = await createOwner({ orgName: "Công ty Phân bón Bình Điền Nam", kind: "ENTERPRISE" });
    await expect(previewImport({ actor: firm.actor, kind: "offer", fileName: "x.csv", bytes: csv([good("F-1", "Phân bón")]) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const p = await previewImport({ actor: lab, kind: "offer", fileName: "x.csv", bytes: csv([good("P-1", "Chế phẩm sinh học xử lý nước ao nuôi")]) });
    await expect(runImport({ actor: firm.actor, batchId: p.batchId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
