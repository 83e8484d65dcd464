import { describe, expect, it } from "vitest";
import { createOffer } from "../../lib/server/offers/create-offer";
import { createTaxonomyTerm, updateTaxonomyTerm } from "../../lib/server/taxonomy/edit-taxonomy";
import { listTaxonomy } from "../../lib/server/taxonomy/list-taxonomy";
import { createAdmin, createOwner, OFFER_INPUT } from "../support/factories";
import { codeOf } from "../support/codes";
import { db } from "../../lib/server/db/client";
import { SECTORS, TECHNOLOGY_FIELDS } from "../../lib/taxonomy/data";

describe("taxonomy as data", () => {
  it("is seeded with the 11 strategic technology groups and the sectors", async () => {
    const { fields, sectors } = await listTaxonomy();
    expect(fields).toHaveLength(11);
    expect(fields[0]!.code).toBe("ai-digital-twin-xr");
    expect(sectors.length).toBeGreaterThanOrEqual(18);
    expect(sectors.find((s) => s.code === "agriculture")).toMatchObject({ nameVi: "Nông nghiệp", nameEn: expect.any(String) });
  });

  it("the migrations seed exactly the names and synonyms of lib/taxonomy/data.ts", async () => {
    const rows = await db().taxonomyTerm.findMany({ orderBy: [{ kind: "asc" }, { sortOrder: "asc" }] });
    const seeded = rows.map((t) => ({ code: t.code, vi: t.nameVi, en: t.nameEn, synonyms: t.synonyms }));
    expect(seeded).toEqual([...TECHNOLOGY_FIELDS, ...SECTORS]);
    expect(seeded.find((f) => f.code === "energy")?.vi).toBe("Năng lượng và hạt nhân tiên tiến");
  });

  it("is edited by admins only; a retired term disappears from forms and new listings", async () => {
    const admin = await createAdmin();
    const lab = await createOwner({ orgName: "Viện Kinh tế số" });
    const input = { code: "agriculture", nameVi: "Nông nghiệp và phát triển nông thôn", nameEn: "Agriculture and rural development", synonyms: "nông nghiệp, agriculture, nong nghiep", active: "on" };
    expect(await codeOf(updateTaxonomyTerm({ actor: lab.actor, input }))).toBe("NOT_FOUND");
    await updateTaxonomyTerm({ actor: admin, input });
    expect((await listTaxonomy()).sectors.find((s) => s.code === "agriculture")?.nameVi).toBe("Nông nghiệp và phát triển nông thôn");

    await createTaxonomyTerm({ actor: admin, input: { code: "digital-agriculture", kind: "SECTOR", nameVi: "Nông nghiệp số", nameEn: "Digital agriculture", synonyms: "smart farming" } });
    expect(await codeOf(createTaxonomyTerm({ actor: admin, input: { code: "digital-agriculture", kind: "SECTOR", nameVi: "X y", nameEn: "X y", synonyms: "" } }))).toBe("CONFLICT");
    expect(await codeOf(createTaxonomyTerm({ actor: admin, input: { code: "Bad Code", kind: "SECTOR", nameVi: "X y", nameEn: "X y", synonyms: "" } }))).toBe("VALIDATION");
    await createOffer({ actor: lab.actor, input: { ...OFFER_INPUT, externalRef: "t-1", sectorCodes: ["digital-agriculture"] } });

    await updateTaxonomyTerm({ actor: admin, input: { code: "digital-agriculture", nameVi: "Nông nghiệp số", nameEn: "Digital agriculture", synonyms: "", active: "" } });
    expect((await listTaxonomy()).sectors.map((s) => s.code)).not.toContain("digital-agriculture");
    const err = await createOffer({ actor: lab.actor, input: { ...OFFER_INPUT, externalRef: "t-2", sectorCodes: ["digital-agriculture"] } }).catch((e) => e);
    expect(err.fields).toEqual({ sectorCodes: "sectorInvalid" });
  });
});
