import { describe, expect, it } from "vitest";
import { deriveDirection } from "./direction";

describe("deriveDirection", () => {
  it("follows the parties' countries", () => {
    expect(deriveDirection("VN", "VN")).toBe("DOMESTIC");
    expect(deriveDirection("JP", "VN")).toBe("INBOUND");
    expect(deriveDirection("VN", "de")).toBe("OUTBOUND");
    expect(deriveDirection("US", "KR")).toBeNull();
  });
});
