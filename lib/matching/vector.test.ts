import { describe, expect, it } from "vitest";
import { packProfile, unpackProfile } from "./vector";

describe("packed profiles", () => {
  it("round-trip keys exactly and weights to float32 precision", () => {
    const keys = [2147483647, -2147483647, 1, -1, 123456789];
    const weights = [0.5, 0.125, 1, 0.333333, 0.0001];
    const back = unpackProfile(packProfile(keys, weights));
    expect(back.keys).toEqual(keys);
    back.weights.forEach((w, i) => expect(w).toBeCloseTo(weights[i]!, 6));
    expect(unpackProfile(new Uint8Array(0))).toEqual({ keys: [], weights: [] });
  });
});
