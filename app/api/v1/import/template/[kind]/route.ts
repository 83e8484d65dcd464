import { toCsv } from "@/lib/csv";
import { templateHeaders } from "@/lib/import/columns";

const EXAMPLES: Record<string, Record<string, string>> = {
  offer: {
    externalRef: "VIEN-2026-001",
    language: "vi",
    title: "Chế phẩm vi sinh xử lý rơm rạ tại ruộng",
    summary: "Chế phẩm 3 chủng Trichoderma phân huỷ rơm rạ trong 21 ngày, thay cho đốt rơm.",
    trl: "7",
    ipStatus: "UTILITY_SOLUTION",
    patentNumbers: "2-0002876",
    dealTypes: "LICENSE, KNOW_HOW",
    fieldCodes: "biotechnology",
    sectorCodes: "agriculture",
    province: "Thái Bình",
    askingPriceVnd: "1.200.000.000",
  },
  challenge: {
    externalRef: "DN-2026-001",
    language: "vi",
    title: "Giảm tiêu hao than cho lò quay clinker",
    problem: "Lò tiêu thụ 110 kg than/tấn clinker, cao hơn trung bình ngành; cần giảm mà không thay thiết bị.",
    minTrl: "7",
    dealTypes: "LICENSE",
    sectorCodes: "construction-materials",
    province: "Ninh Bình",
    budgetMinVnd: "1.000.000.000",
    budgetMaxVnd: "3.000.000.000",
    deadline: "2027-06-30",
  },
};

/** GET /api/v1/import/template/offers (or challenges): a CSV with every column and one example row. */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const { kind: plural } = await params;
  const kind = plural === "offers" ? "offer" : plural === "challenges" ? "challenge" : null;
  if (!kind) return Response.json({ error: { code: "NOT_FOUND", message: "not found" } }, { status: 404 });
  const headers = templateHeaders(kind);
  const csv = toCsv(headers, [headers.map((h) => EXAMPLES[kind]![h] ?? "")]);
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="helix-${plural}-template.csv"` },
  });
}
