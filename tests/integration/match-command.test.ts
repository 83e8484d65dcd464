// The batch command as an exchange would run it: a separate process, JSON on stdout.
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = async (args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)("npx", ["tsx", "--conditions=react-server", "scripts/match.ts", ...args], { maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

async function tempFile(content: string) {
  const dir = await mkdtemp(path.join(tmpdir(), "helix-match-"));
  const file = path.join(dir, "input.json");
  await writeFile(file, content);
  return file;
}

describe("npm run match", () => {
  it("ranks each sample challenge's gold offer first, with scores and reasons in the challenge's language", async () => {
    const r = await run(["--input", "tests/fixtures/matching/sample.json", "--top", "3"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.direction).toBe("challenges");
    expect(out.results.map((x: { id: string }) => x.id)).toEqual(["s-c1", "s-c2"]);
    expect(out.results[0].matches[0].id).toBe("s-o1");
    expect(out.results[1].matches[0].id).toBe("s-o3");
    for (const res of out.results) {
      expect(res.matches.length).toBeLessThanOrEqual(3);
      for (const m of res.matches) {
        expect(m.score).toBeGreaterThan(0);
        expect(m.score).toBeLessThanOrEqual(1);
        expect(m.reasons.length).toBeGreaterThan(0);
      }
      const scores = res.matches.map((m: { score: number }) => m.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    expect(out.results[0].matches[0].reasons[0]).toMatch(/^Both about: /); // s-c1 is English
    expect(out.results[1].matches[0].reasons[0]).toMatch(/^Cùng nói về: /); // s-c2 is Vietnamese
  }, 120_000);

  it("matches offers to challenges with --direction offers", async () => {
    const r = await run(["--input", "tests/fixtures/matching/sample.json", "--direction", "offers", "--top", "1"]);
    const out = JSON.parse(r.stdout);
    expect(out.results.map((x: { id: string }) => x.id)).toEqual(["s-o1", "s-o2", "s-o3", "s-o4"]);
    expect(out.results[0].matches[0].id).toBe("s-c1");
  }, 120_000);

  it("reports a malformed record on stderr with its id and still matches the others", async () => {
    const file = await tempFile(
      JSON.stringify({
        offers: [
          { id: "ok", title: "Enzyme protease rút ngắn thời gian chượp nước mắm", summary: "Rút ngắn thời gian lên men nước mắm từ 12 tháng xuống 3 tháng.", trl: 7 },
          { id: "bad", title: "Máy", summary: "ngắn", trl: 12 },
          { title: "no id at all", summary: "a record without an id cannot be reported by id" },
        ],
        challenges: [{ id: "c", title: "Faster fish sauce fermentation", problem: "We need to shorten fish sauce fermentation without losing flavour.", minTrl: 6 }],
      }),
    );
    const r = await run(["--input", file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/offer "bad" skipped: .*title/);
    expect(r.stderr).toMatch(/trl/);
    expect(r.stderr).toMatch(/offer #3 skipped/);
    expect(JSON.parse(r.stdout).results[0].matches.map((m: { id: string }) => m.id)).toEqual(["ok"]);
  }, 120_000);

  it("exits 1 with one line for a file that is not JSON, or has neither offers nor challenges", async () => {
    const notJson = await run(["--input", await tempFile("id,title\n1,x")]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr.trim().split("\n")).toHaveLength(1);
    expect(notJson.stdout).toBe("");
    const empty = await run(["--input", await tempFile(JSON.stringify({ listings: [] }))]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/neither "offers" nor "challenges"/);
    const missing = await run(["--input", "/nonexistent/file.json"]);
    expect(missing.code).toBe(1);
  }, 120_000);
});
