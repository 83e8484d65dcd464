import { describe, expect, it } from "vitest";
import { toOfferView } from "./views";

const org = { id: "o1", name: "Viện", slug: "vien", kind: "RESEARCH_INSTITUTE", verificationStatus: "VERIFIED" };
const row = {
  id: "x", status: "PUBLISHED", language: "vi", title: "T", summary: "S", titleTranslated: null, summaryTranslated: null,
  application: null, targetCustomers: null, trl: 7, ipStatus: "NONE", stateFunded: false, dealTypes: ["LICENSE"],
  fieldCodes: [], sectorCodes: ["agriculture"], province: "ha-noi", marketSize: "M", unitCost: "U", efficiencyGain: "E",
  investmentNeeded: "I", askingPriceVnd: 5n, patentNumbers: ["1-1"], confidentialDetails: "SECRET", externalRef: "R",
  publishedAt: new Date(0), expiresAt: null, updatedAt: new Date(0), organization: org, listedBy: null,
};

describe("toOfferView", () => {
  it("copies only the tiers the access allows, and nothing else the query selected", () => {
    const view = toOfferView({ ...row, accessGrants: [{ organizationId: "partner" }], organizationId: "o1" } as typeof row, "public");
    const json = JSON.stringify(view);
    expect(view.details).toBeNull();
    expect(json).not.toMatch(/SECRET|partner|accessGrants|"M"|"R"/);
    expect(toOfferView(row, "member").details).toMatchObject({ askingPriceVnd: "5", marketSize: "M" });
    expect(toOfferView(row, "member").confidential).toBeNull();
    expect(toOfferView(row, "confidential").confidential).toEqual({ confidentialDetails: "SECRET" });
    expect(toOfferView(row, "owner").owner).toEqual({ externalRef: "R" });
  });
});
