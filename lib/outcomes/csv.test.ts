import { describe, expect, it } from "vitest";
import { outcomeCsv, isOutcomeTable } from "./csv";
import type { IntermediaryOutcomes, MarketOverview, StateIndicators } from "./types";

const market: MarketOverview = {
  filters: {},
  listingsByField: [{ key: "agri", offers: 2, challenges: 1 }],
  listingsBySector: [],
  contractsByQuarter: [{ key: "2026-Q1", contracts: 2, valueVnd: null }, { key: "2026-Q2", contracts: 3, valueVnd: "130000000000" }],
  totals: { publishedOffers: 2, publishedChallenges: 1, contracts: 5, valueVnd: "150000000000" },
  byDirection: [{ key: "INBOUND", contracts: 2, valueVnd: null, shareOfContracts: 0.4, shareOfValue: null }, { key: "DOMESTIC", contracts: 3, valueVnd: "130000000000", shareOfContracts: 0.6, shareOfValue: 13 / 15 }],
  byType: [],
};
const rows = (csv: string) => csv.slice(1).split("\r\n").filter(Boolean);

describe("outcomeCsv", () => {
  it("writes a BOM, the header in the locale and empty cells for hidden money", () => {
    const vi = outcomeCsv("market", "byDirection", market, "vi");
    expect(vi.charCodeAt(0)).toBe(0xfeff);
    expect(rows(vi)).toEqual(["Chiều chuyển giao,Hợp đồng,Giá trị (VND),Tỷ lệ số hợp đồng,Tỷ lệ giá trị", "INBOUND,2,,0.4,", "DOMESTIC,3,130000000000,0.6,0.8667"]);
    expect(rows(outcomeCsv("market", "contractsByQuarter", market, "en"))).toEqual(["Quarter,Contracts,Value (VND)", "2026-Q1,2,", "2026-Q2,3,130000000000"]);
    expect(rows(outcomeCsv("market", "listingsByField", market, "fr"))[0]).toBe("Lĩnh vực,Kết quả nghiên cứu,Đặt hàng công nghệ");
  });

  it("writes the funnel with each stage's conversion and one row per indicator", () => {
    const rate = (numerator: number, denominator: number) => ({ numerator, denominator, rate: denominator ? numerator / denominator : null });
    const state = {
      ...market,
      byProvince: [], byOrganizationKind: [],
      commercialisation: { all: rate(1, 3), patented: rate(0, 0), stateFunded: rate(1, 1) },
      medianDays: { publicationToFirstInterest: 12.5, publicationToFirstContract: null },
      responses: { answered: rate(3, 4), answeredInTime: rate(2, 4), medianDaysToAnswer: 4 },
      funnel: { interest: 10, nda: 5, negotiation: 4, agreed: 2, contracted: 0 },
      commissionedChallenges: rate(1, 2),
      conversionByCompleteness: { complete: rate(1, 1), incomplete: rate(0, 2) },
    } satisfies StateIndicators;
    expect(rows(outcomeCsv("state", "funnel", state, "en"))).toEqual(["Stage,Deals,Conversion from previous stage", "interest,10,", "nda,5,0.5", "negotiation,4,0.8", "agreed,2,0.5", "contracted,0,0"]);
    const indicators = rows(outcomeCsv("state", "indicators", state, "en"));
    expect(indicators.slice(0, 3)).toEqual(["Indicator,Numerator,Denominator,Value", "commercialisation.all,1,3,0.3333", "commercialisation.patented,0,0,"]);
    expect(indicators).toContain("medianDays.publicationToFirstInterest,,,12.5");
    expect(indicators).toHaveLength(12);
  });

  it("writes an intermediary's deals and knows each view's tables", () => {
    const r: IntermediaryOutcomes = {
      filters: {}, organization: { id: "o", name: "Sàn" }, dealsByStage: [{ key: "NDA", count: 1 }], contracts: { contracts: 0, valueVnd: "0" },
      conversion: { numerator: 0, denominator: 1, rate: 0 }, medianDaysToAnswer: null, platform: { conversion: { numerator: 0, denominator: 0, rate: null }, medianDaysToAnswer: null },
      deals: [{ id: "d1", title: "Phụ gia, xi măng", stage: "NDA", createdAt: "2026-03-04T05:06:07.000Z", contractValueVnd: null }],
    };
    expect(rows(outcomeCsv("intermediary", "deals", r, "vi"))).toEqual(["Mã,Tên,Giai đoạn,Ngày tạo,Giá trị hợp đồng (VND)", 'd1,"Phụ gia, xi măng",NDA,2026-03-04,']);
    expect(isOutcomeTable("state", "byProvince")).toBe(true);
    expect(isOutcomeTable("market", "byProvince")).toBe(false);
  });
});
