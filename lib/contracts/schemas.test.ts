import { describe, expect, it } from "vitest";
import { addDays, todayIso } from "./dates";
import { contractFieldErrors, contractTypeFor, ZCorrectContract, ZCreateContract } from "./schemas";

// A form submission as the browser sends it: strings only, milestone rows as flat keys.
const FORM = {
  idempotencyKey: "0b0e8a52-3c1e-4a0e-9a57-5c9b0f7f3a11",
  title: "Chuyển giao quy trình phụ gia khoáng hoá",
  type: "LICENSE_NON_EXCLUSIVE",
  supplierName: "Viện Vật liệu Xây dựng",
  supplierCountry: "vn",
  recipientName: "Công ty Xi măng Hoa Lư",
  recipientCountry: "VN",
  valueVnd: "2.500.000.000",
  signedAt: "2026-11-20",
  termMonths: "36",
  royaltyPct: "2,5",
  stateFunded: "on",
  "milestones.0.title": "Bàn giao hồ sơ",
  "milestones.0.dueDate": "2027-01-15",
  "milestones.0.amountVnd": "1.000.000.000",
  "milestones.1.title": "Vận hành thử",
  "milestones.1.dueDate": "2027-05-15",
  "milestones.1.amountVnd": "",
  "milestones.2.title": "",
  "milestones.2.dueDate": "",
  "milestones.2.amountVnd": "",
};

function errorsOf(input: unknown, schema: typeof ZCreateContract | typeof ZCorrectContract = ZCreateContract) {
  const r = schema.safeParse(input);
  return r.success ? {} : contractFieldErrors(r.error);
}

describe("ZCreateContract", () => {
  it("parses a form: grouped VND, comma decimals, checkbox, milestone rows (empty rows dropped)", () => {
    const v = ZCreateContract.parse(FORM);
    expect(v.valueVnd).toBe(2_500_000_000n);
    expect(v.supplierCountry).toBe("VN");
    expect(v.royaltyPct).toBe("2.5");
    expect(v.termMonths).toBe(36);
    expect(v.stateFunded).toBe(true);
    expect(v.signedAt?.toISOString()).toBe("2026-11-20T00:00:00.000Z");
    expect(v.milestones).toHaveLength(2);
    expect(v.milestones[0]).toMatchObject({ title: "Bàn giao hồ sơ", amountVnd: 1_000_000_000n });
    expect(v.milestones[1]!.amountVnd).toBeNull();
    expect(v.currency).toBeNull();
  });

  it("requires at least one milestone and a key, and names the field of a bad row", () => {
    const noRows = { ...FORM, "milestones.0.title": "", "milestones.0.dueDate": "", "milestones.0.amountVnd": "", "milestones.1.title": "", "milestones.1.dueDate": "" };
    expect(errorsOf(noRows).milestones).toBe("milestoneRequired");
    expect(errorsOf({ ...FORM, idempotencyKey: "" }).idempotencyKey).toBe("idempotencyKeyRequired");
    expect(errorsOf({ ...FORM, "milestones.1.dueDate": "2027-02-30" })["milestones.1.dueDate"]).toBe("dateInvalid");
    expect(errorsOf({ ...FORM, "milestones.1.title": "" })["milestones.1.title"]).toBe("milestoneTitleRequired");
  });

  it("refuses milestone amounts that add up to more than the value", () => {
    expect(errorsOf({ ...FORM, "milestones.1.amountVnd": "1.500.000.000" })).toEqual({});
    expect(errorsOf({ ...FORM, "milestones.1.amountVnd": "1.500.000.001" }).milestones).toBe("milestonesExceedValue");
  });

  it("wants a registration number and date together or neither", () => {
    expect(errorsOf({ ...FORM, registrationNumber: "123/2026/ĐK-CGCN" }).registrationDate).toBe("registrationPair");
    expect(errorsOf({ ...FORM, registrationDate: "2026-11-25" }).registrationNumber).toBe("registrationPair");
    expect(errorsOf({ ...FORM, registrationNumber: "123/2026/ĐK-CGCN", registrationDate: "2026-11-25" })).toEqual({});
  });

  it("refuses two foreign parties (no direction) and a party without name or country", () => {
    expect(errorsOf({ ...FORM, supplierCountry: "US", recipientCountry: "KR" }).recipientCountry).toBe("bothPartiesAbroad");
    expect(errorsOf({ ...FORM, supplierCountry: "JP" })).toEqual({});
    expect(errorsOf({ ...FORM, recipientCountry: "DE" })).toEqual({});
    expect(errorsOf({ ...FORM, supplierName: "" }).supplierName).toBe("partyRequired");
    expect(errorsOf({ ...FORM, recipientCountry: "Vietnam" }).recipientCountry).toBe("countryInvalid");
    // A platform organisation stands in for name and country.
    expect(errorsOf({ ...FORM, supplierName: "", supplierCountry: "", supplierOrgId: "org_1" })).toEqual({});
  });

  it("refuses a signing date in the future", () => {
    expect(errorsOf({ ...FORM, signedAt: addDays(todayIso(), 1) }).signedAt).toBe("signedAtFuture");
    expect(errorsOf({ ...FORM, signedAt: todayIso() })).toEqual({});
  });

  describe("foreign currency", () => {
    const usd = { ...FORM, supplierCountry: "JP", currency: "usd", foreignAmount: "100000", exchangeRate: "25345,5", rateDate: "2026-11-19", valueVnd: "2534550000", "milestones.0.amountVnd": "" };

    it("accepts an amount, a rate and a date that agree with the VND value", () => {
      const v = ZCreateContract.parse(usd);
      expect(v).toMatchObject({ currency: "USD", foreignAmount: "100000", exchangeRate: "25345.5", valueVnd: 2_534_550_000n });
    });

    it("requires amount, rate and date once a currency is given", () => {
      const e = errorsOf({ ...usd, foreignAmount: "", exchangeRate: "", rateDate: "" });
      expect(e).toMatchObject({ foreignAmount: "foreignAmountRequired", exchangeRate: "exchangeRateRequired", rateDate: "rateDateRequired" });
    });

    it("allows 1 VND of rounding and no more", () => {
      const cents = { ...usd, foreignAmount: "1234,57", exchangeRate: "25345.123456" }; // exact 31 290 329.065…
      expect(errorsOf({ ...cents, valueVnd: "31290329" })).toEqual({});
      expect(errorsOf({ ...cents, valueVnd: "31290330" })).toEqual({});
      expect(errorsOf({ ...cents, valueVnd: "31290331" }).valueVnd).toBe("valueMismatch");
      expect(errorsOf({ ...cents, valueVnd: "31290328" }).valueVnd).toBe("valueMismatch");
    });

    it("refuses VND as the foreign currency, junk codes, too many decimals, and a rate without a currency", () => {
      expect(errorsOf({ ...usd, currency: "VND" }).currency).toBe("currencyNotVnd");
      expect(errorsOf({ ...usd, currency: "US$" }).currency).toBe("currencyInvalid");
      expect(errorsOf({ ...usd, foreignAmount: "100000,123" }).foreignAmount).toBe("foreignAmountInvalid");
      expect(errorsOf({ ...usd, exchangeRate: "0" }).exchangeRate).toBe("exchangeRateInvalid");
      expect(errorsOf({ ...FORM, exchangeRate: "25000" }).currency).toBe("currencyRequired");
    });
  });

  it("takes an API body with numbers and an array of milestones", () => {
    const v = ZCreateContract.parse({
      idempotencyKey: "api-key-000001",
      title: "Know-how",
      type: "KNOW_HOW",
      supplierName: "Lab",
      supplierCountry: "VN",
      recipientName: "Firm",
      recipientCountry: "DE",
      valueVnd: 1000,
      signedAt: "2026-10-01",
      milestones: [{ title: "Handover", dueDate: "2026-12-31", amountVnd: 400 }],
    });
    expect(v.milestones[0]!.amountVnd).toBe(400n);
    expect(v.valueVnd).toBe(1000n);
  });

  it("needs the deal's version with a deal", () => {
    expect(errorsOf({ ...FORM, dealId: "deal_1" }).dealVersion).toBe("versionRequired");
    expect(errorsOf({ ...FORM, dealId: "deal_1", dealVersion: "4" })).toEqual({});
  });
});

describe("ZCorrectContract", () => {
  it("needs a reason and the version it corrects", () => {
    const e = errorsOf({ ...FORM, reason: "", expectedVersion: "" }, ZCorrectContract);
    expect(e).toMatchObject({ reason: "correctionReasonRequired", expectedVersion: "contractVersionRequired" });
    expect(errorsOf({ ...FORM, reason: "Sai giá trị", expectedVersion: "1" }, ZCorrectContract)).toEqual({});
  });
});

describe("contractTypeFor", () => {
  it("splits licences by exclusivity and keeps the other deal types", () => {
    expect(contractTypeFor("LICENSE", true)).toBe("LICENSE_EXCLUSIVE");
    expect(contractTypeFor("LICENSE", false)).toBe("LICENSE_NON_EXCLUSIVE");
    expect(contractTypeFor("CO_RESEARCH", false)).toBe("CO_RESEARCH");
  });
});
