import { describe, expect, it } from "vitest";
import { contractGroupRows, suppressComplements } from "./privacy";

describe("suppressComplements", () => {
  it("hides the smallest shown group when the hidden ones together could be worked out from the total", () => {
    const groups = [
      { key: "ha-noi", contracts: 5, notMine: 5, value: "50" },
      { key: "hue", contracts: 3, notMine: 3, value: "30" },
      { key: "can-tho", contracts: 1, notMine: 1, value: null },
    ];
    expect(suppressComplements(groups, true).map((g) => g.value)).toEqual(["50", null, null]);
    expect(suppressComplements(groups, false).map((g) => g.value)).toEqual(["50", "30", null]);
  });

  it("leaves the groups alone when the hidden ones together pass (3 contracts, or all the viewer's)", () => {
    const three = [{ key: "a", contracts: 4, notMine: 4, value: "40" }, { key: "b", contracts: 2, notMine: 2, value: null }, { key: "c", contracts: 1, notMine: 1, value: null }];
    expect(suppressComplements(three, true).map((g) => g.value)).toEqual(["40", null, null]);
    const mine = [{ key: "a", contracts: 4, notMine: 4, value: "40" }, { key: "b", contracts: 1, notMine: 0, value: "10" }];
    expect(suppressComplements(mine, true).map((g) => g.value)).toEqual(["40", "10"]);
  });

  it("gives shares of the total, and no value share for a hidden group", () => {
    const rows = contractGroupRows([{ key: "a", contracts: 3, notMine: 3, value: "30" }, { key: "b", contracts: 1, notMine: 1, value: null }, { key: "c", contracts: 3, notMine: 3, value: "50" }], { contracts: 7, value: "100" });
    expect(rows.map((r) => [r.key, r.valueVnd, r.shareOfContracts, r.shareOfValue])).toEqual([["a", null, 3 / 7, null], ["b", null, 1 / 7, null], ["c", "50", 3 / 7, 0.5]]);
  });
});
