import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/validation";
import { ZDealEventInput, ZExpressInterest, ZNdaTemplate, ZPostMessage, ZProposal } from "./schemas";

const errorsOf = (r: { success: boolean; error?: unknown }) => (r.success ? {} : fieldErrors(r.error as never));

describe("deal schemas", () => {
  it("parses an interest from a form: blank optional fields become empty, the message is required and bounded", () => {
    const ok = ZExpressInterest.parse({ listingKind: "offer", listingId: "o1", message: "  Chúng tôi quan tâm  ", dealType: "", timing: "" });
    expect(ok).toEqual({ listingKind: "offer", listingId: "o1", message: "Chúng tôi quan tâm", dealType: undefined, timing: null, organizationId: undefined });
    expect(errorsOf(ZExpressInterest.safeParse({ listingKind: "offer", listingId: "o1", message: " " }))).toEqual({ message: "interestMessageRequired" });
    expect(errorsOf(ZExpressInterest.safeParse({ listingKind: "offer", listingId: "o1", message: "x".repeat(2001) }))).toEqual({ message: "tooLong" });
    expect(errorsOf(ZExpressInterest.safeParse({ listingKind: "deal", listingId: "o1", message: "x", dealType: "GIFT" }))).toEqual({ listingKind: "listingRequired", dealType: "dealTypeInvalid" });
  });

  it("reads a stage event with its version as a number and a reason only from the list", () => {
    expect(ZDealEventInput.parse({ event: "decline", expectedVersion: "3", reason: "PRICE", note: "" })).toMatchObject({ event: "decline", expectedVersion: 3, reason: "PRICE", note: null });
    expect(ZDealEventInput.parse({ event: "withdraw", expectedVersion: 1, reason: "" }).reason).toBeUndefined();
    expect(errorsOf(ZDealEventInput.safeParse({ event: "decline", expectedVersion: "x", reason: "BORED" }))).toEqual({ expectedVersion: "versionRequired", reason: "reasonRequired" });
    expect(errorsOf(ZDealEventInput.safeParse({ event: "teleport", expectedVersion: 1 }))).toEqual({ event: "eventInvalid" });
  });

  it("bounds a message at 5,000 characters", () => {
    expect(ZPostMessage.safeParse({ body: "a".repeat(5000) }).success).toBe(true);
    expect(errorsOf(ZPostMessage.safeParse({ body: "a".repeat(5001) }))).toEqual({ body: "tooLong" });
    expect(errorsOf(ZPostMessage.safeParse({ body: "" }))).toEqual({ body: "messageRequired" });
  });

  it("parses a term-sheet proposal typed in a form: VND with separators, royalty with a comma, milestone lines", () => {
    const p = ZProposal.parse({
      expectedVersion: "4",
      dealType: "LICENSE",
      exclusive: "on",
      priceVnd: "1.500.000.000",
      royaltyPct: "3,5",
      territory: "Việt Nam",
      durationMonths: "36",
      milestones: "Chuyển giao tài liệu | 1 | 500.000.000\nVận hành thử | 6",
      note: "",
    });
    expect(p).toMatchObject({ expectedVersion: 4, exclusive: true, priceVnd: 1_500_000_000n, royaltyPct: 3.5, durationMonths: 36, note: null });
    expect(p.milestones).toEqual([
      { title: "Chuyển giao tài liệu", dueInMonths: 1, amountVnd: 500_000_000n },
      { title: "Vận hành thử", dueInMonths: 6, amountVnd: null },
    ]);
    const json = ZProposal.parse({ expectedVersion: 1, dealType: "KNOW_HOW", priceVnd: 0, territory: "ASEAN", milestones: [{ title: "A", dueInMonths: 2 }] });
    expect(json.durationMonths).toBeUndefined();
    expect(json).toMatchObject({ exclusive: false, priceVnd: 0n, milestones: [{ title: "A", dueInMonths: 2, amountVnd: null }] });
  });

  it("refuses a proposal without price or royalty, an out-of-range royalty, junk money and more than 10 milestones", () => {
    const base = { expectedVersion: 1, dealType: "LICENSE", territory: "VN" };
    expect(errorsOf(ZProposal.safeParse(base))).toEqual({ priceVnd: "priceOrRoyaltyRequired" });
    expect(errorsOf(ZProposal.safeParse({ ...base, royaltyPct: "101" }))).toEqual({ royaltyPct: "royaltyInvalid" });
    expect(errorsOf(ZProposal.safeParse({ ...base, priceVnd: "1,5 tỷ" }))).toEqual({ priceVnd: "amountInvalid" });
    const eleven = Array.from({ length: 11 }, (_, i) => `M${i} | ${i}`).join("\n");
    expect(errorsOf(ZProposal.safeParse({ ...base, priceVnd: "1", milestones: eleven }))).toEqual({ milestones: "tooMany" });
    expect(errorsOf(ZProposal.safeParse({ ...base, priceVnd: "1", milestones: "Bàn giao | sớm" }))).toEqual({ milestones: "milestoneDueInvalid" });
  });

  it("asks for a title and a real NDA text", () => {
    expect(errorsOf(ZNdaTemplate.safeParse({ title: "", body: "ngắn" }))).toEqual({ title: "ndaTitleRequired", body: "ndaBodyRequired" });
    expect(ZNdaTemplate.safeParse({ title: "NDA của Viện", body: "Điều 1. ".repeat(10) }).success).toBe(true);
  });
});
