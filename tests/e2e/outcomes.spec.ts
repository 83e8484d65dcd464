import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// The outcome views on the demo data: each opens, a filter changes a figure and lands in the
// URL and in the CSV links, a CSV downloads with its header row; the state view refuses a
// university member. Headers are the Vietnamese ones of lib/outcomes/csv.ts.
const AGENCY = "so-khcn@demo.helix.vn";
const BROKER = "sangiaodich@demo.helix.vn";
const INSTITUTE = "vien@demo.helix.vn";
const UNIVERSITY = "truong@demo.helix.vn";

const BOM = "\uFEFF";
const firstLine = (csv: string) => csv.replace(BOM, "").split(/\r?\n/)[0];
/** The figure of a headline tile, digits only ("1.234" → 1234). */
async function tileNumber(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(`${testId}-value`).innerText();
  return Number(text.replace(/[^\d]/g, ""));
}

test("public market overview: tiles, charts with tables, a field filter in the URL and the CSV", async ({ page }) => {
  await page.goto("/vi");
  await page.getByTestId("nav-outcomes").click();
  await expect(page).toHaveURL(/\/vi\/outcomes$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Số liệu chuyển giao công nghệ");

  const offersAll = await tileNumber(page, "tile-offers");
  expect(offersAll).toBeGreaterThan(0);
  expect(await tileNumber(page, "tile-contracts")).toBeGreaterThan(0);
  // Each figure: a chart (recharts' SVG) described by its table, which has rows.
  const fields = page.getByTestId("figure-listingsByField");
  await expect(fields.locator("svg.recharts-surface").first()).toBeVisible();
  await expect(fields.locator('[role="group"]')).toHaveAttribute("aria-describedby", "table-listingsByField");
  await expect(fields.locator("#table-listingsByField tbody tr").first()).toBeVisible();
  await expect(page.getByTestId("figure-byDirection").locator('tr[data-key="INBOUND"]')).toBeVisible();

  // A field filter: the URL carries it, the offer count drops, the CSV link follows.
  await page.getByTestId("outcome-filters").getByLabel("Lĩnh vực").selectOption("biotechnology");
  await page.getByTestId("apply-filters").click();
  await expect(page).toHaveURL(/field=biotechnology/);
  const offersBio = await tileNumber(page, "tile-offers");
  expect(offersBio).toBeGreaterThan(0);
  expect(offersBio).toBeLessThan(offersAll);
  const csvLink = page.getByTestId("csv-listingsByField");
  await expect(csvLink).toHaveAttribute("href", /\/api\/v1\/outcomes\/market\?format=csv&table=listingsByField&field=biotechnology&locale=vi/);

  const [download] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
  const csv = await readFile((await download.path())!, "utf8");
  expect(firstLine(csv)).toBe("Lĩnh vực,Kết quả nghiên cứu,Đặt hàng công nghệ");
  expect(csv).toContain("biotechnology,");

  // An impossible period is explained and what was typed stays in the form.
  await page.goto("/vi/outcomes?from=2026-09-01&to=2026-03-01&sector=agriculture");
  await expect(page.getByTestId("filter-errors")).toContainText("Ngày kết thúc phải sau hoặc bằng ngày bắt đầu");
  await expect(page.getByLabel("Từ ngày")).toHaveValue("2026-09-01");
  await expect(page.getByLabel("Đến ngày")).toHaveValue("2026-03-01");
  await expect(page.getByTestId("fix-filters")).toBeVisible();

  // English: compact money and quarter labels in English.
  await page.goto("/en/outcomes");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Technology transfer outcomes");
  await expect(page.getByTestId("figure-contractsByQuarter").locator("tbody th").first()).toHaveText(/^Q[1-4] \d{4}$/);
});

test("state view for a verified agency: indicators, funnel, a period filter that empties the contracts, CSV", async ({ page }) => {
  await signIn(page, AGENCY);
  await page.getByTestId("dashboard-outcomes-state").click();
  await expect(page).toHaveURL(/\/vi\/outcomes\/state$/);
  await expect(page.getByTestId("tile-commercialised")).toBeVisible();
  await expect(page.getByTestId("figure-byProvince").locator("tbody tr").first()).toBeVisible();
  const funnel = page.getByTestId("figure-funnel");
  await expect(funnel.locator('tr[data-key="interest"] td').first()).not.toHaveText("0");
  expect(await tileNumber(page, "tile-contracts")).toBeGreaterThan(0);

  // A period long before the platform: no contracts, and the CSV link carries the period.
  await page.getByLabel("Từ ngày").fill("2001-01-01");
  await page.getByLabel("Đến ngày").fill("2001-12-31");
  await page.getByTestId("apply-filters").click();
  await expect(page).toHaveURL(/from=2001-01-01&to=2001-12-31/);
  expect(await tileNumber(page, "tile-contracts")).toBe(0);
  await expect(page.getByTestId("csv-funnel")).toHaveAttribute("href", /table=funnel&from=2001-01-01&to=2001-12-31/);

  await page.goto("/vi/outcomes/state");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv-funnel").click()]);
  const csv = await readFile((await download.path())!, "utf8");
  expect(firstLine(csv)).toBe("Giai đoạn,Thương vụ,Tỷ lệ chuyển từ giai đoạn trước");
  expect(csv).toMatch(/\ninterest,[1-9]\d*,/);
  const indicators = await page.request.get((await page.getByTestId("csv-indicators").getAttribute("href"))!);
  expect(indicators.status()).toBe(200);
  expect(firstLine(await indicators.text())).toBe("Chỉ số,Tử số,Mẫu số,Giá trị");
});

test("a university member is refused the state view, in the page and in the API", async ({ page }) => {
  await signIn(page, UNIVERSITY);
  await expect(page.getByTestId("dashboard-outcomes-state")).toHaveCount(0);
  await page.goto("/vi/outcomes/state");
  await expect(page.getByTestId("outcomes-refused")).toContainText("Chỉ thành viên của cơ quan nhà nước đã được xác minh");
  await expect(page.getByTestId("figure-funnel")).toHaveCount(0);
  const api = await page.request.get("/api/v1/outcomes/state?format=csv&table=funnel");
  expect([403, 404]).toContain(api.status());
});

test("intermediary view: brokered deals against the platform, a filter in the URL, the deals CSV", async ({ page }) => {
  await signIn(page, BROKER);
  await page.getByTestId("dashboard-outcomes-intermediary").click();
  await expect(page).toHaveURL(/\/vi\/outcomes\/intermediary$/);
  expect(await tileNumber(page, "tile-brokered")).toBeGreaterThan(0);
  await expect(page.getByTestId("tile-conversion")).toContainText("Toàn Helix");
  await expect(page.getByTestId("brokered-deals").locator("tbody tr").first()).toBeVisible();

  await page.getByLabel("Đến ngày").fill("2001-12-31");
  await page.getByTestId("apply-filters").click();
  await expect(page).toHaveURL(/to=2001-12-31/);
  expect(await tileNumber(page, "tile-brokered")).toBe(0);

  await page.goto("/vi/outcomes/intermediary");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv-deals").click()]);
  const csv = await readFile((await download.path())!, "utf8");
  expect(firstLine(csv)).toBe("Mã,Tên,Giai đoạn,Ngày tạo,Giá trị hợp đồng (VND)");
  expect(csv.replace(BOM, "").split(/\r?\n/).filter(Boolean).length).toBeGreaterThan(1);
});

test("owner's listing outcomes: from the owner panel, figures, missing fields, CSV; others get 404", async ({ page, browser }) => {
  await signIn(page, INSTITUTE);
  await page.getByTestId("my-listings").locator('a[href*="/offers/"]').first().click();
  await page.getByTestId("see-outcomes").click();
  await expect(page).toHaveURL(/\/vi\/offers\/[^/]+\/outcomes$/);
  const path = new URL(page.url()).pathname;
  for (const id of ["tile-views", "tile-matches", "tile-interests", "tile-ndas", "tile-dealsOpen", "tile-dealsContracted"]) await expect(page.getByTestId(id)).toBeVisible();
  await expect(page.getByTestId("missing-fields")).toContainText("Mức đầy đủ");

  const res = await page.request.get((await page.getByTestId("csv-summary").getAttribute("href"))!);
  expect(res.status()).toBe(200);
  const csv = await res.text();
  expect(firstLine(csv)).toBe("Chỉ số,Giá trị");
  expect(csv).toMatch(/\nviews,\d+/);

  const other = await browser.newPage();
  await signIn(other, UNIVERSITY);
  expect((await other.goto(path))?.status()).toBe(404);
  await other.close();
});
