import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import vi from "../../messages/vi.json";

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

function lookup(tree: Tree, path: string): string {
  return path.split(".").reduce<Tree | string>((node, k) => (node as Tree)[k]!, tree) as string;
}

describe("messages", () => {
  it("has the same keys in Vietnamese and English", () => {
    const viKeys = keys(vi as Tree);
    const enKeys = keys(en as Tree);
    expect(viKeys.filter((k) => !enKeys.includes(k)), "keys only in vi.json").toEqual([]);
    expect(enKeys.filter((k) => !viKeys.includes(k)), "keys only in en.json").toEqual([]);
  });

  it("has no empty message and the same {placeholders} in both languages", () => {
    for (const key of keys(vi as Tree)) {
      const v = lookup(vi as Tree, key);
      const e = lookup(en as Tree, key);
      expect(v.trim(), `vi ${key}`).not.toBe("");
      expect(e.trim(), `en ${key}`).not.toBe("");
      expect(placeholders(e), key).toEqual(placeholders(v));
    }
  });
});
