import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const CHALLENGE = "Tìm vắc-xin cúm gia cầm thế hệ mới cho chuỗi trang trại gà liên kết";
// Both offers are written in English with a Vietnamese translation, which the cards show on /vi.
const VACCINE = "Vắc-xin vô hoạt phòng cúm gia cầm H5N1 cho gà và vịt";
const RAPID_TEST = "Que thử nhanh phát hiện kháng nguyên cúm gia cầm A (H5)";

test("an enterprise sees the offers that fit its challenge, with reasons, dismisses one with a reason and shortlists another", async ({ page }) => {
  await signIn(page, "doanhnghiep@demo.helix.vn");
  const row = page.getByTestId("my-listings").getByRole("row", { name: new RegExp(CHALLENGE) });
  await row.getByRole("link", { name: "Ghép nối" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Công nghệ phù hợp với bài toán");
  // Profiles are built by the job queue right after start: wait for them if needed.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("match").filter({ hasText: VACCINE })).toHaveCount(1, { timeout: 1000 });
    await expect(page.getByTestId("match").filter({ hasText: RAPID_TEST })).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  const vaccine = page.getByTestId("match").filter({ hasText: VACCINE });
  await expect(vaccine.getByTestId("match-reasons")).toContainText("Cùng nói về:");
  await expect(vaccine.getByTestId("match-reasons")).toContainText("cúm gia cầm");
  await expect(vaccine.getByTestId("match-reasons")).toContainText("TRL 7 đáp ứng mức tối thiểu 6");
  await expect(vaccine.locator('[data-tone="minus"]')).toContainText("Giá chào vượt ngân sách");
  await expect(vaccine.getByTestId("match-score")).toContainText(/Phù hợp \d+%/);

  const rapid = page.getByTestId("match").filter({ hasText: RAPID_TEST });
  await rapid.getByRole("button", { name: "Bỏ qua" }).click();
  await expect(rapid.getByRole("alert")).toHaveText("Hãy chọn lý do bỏ qua.");
  await rapid.getByLabel("Lý do bỏ qua").selectOption("NOT_RELEVANT");
  await rapid.getByLabel("Ghi chú (không bắt buộc)").fill("Cần vắc-xin, không cần bộ xét nghiệm");
  await rapid.getByRole("button", { name: "Bỏ qua" }).click();
  await expect(page.getByTestId("match").filter({ hasText: RAPID_TEST })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("match").filter({ hasText: RAPID_TEST })).toHaveCount(0);

  await vaccine.getByRole("button", { name: "Đưa vào danh sách chọn" }).click();
  await expect(vaccine.getByTestId("shortlisted")).toBeVisible();
});

test("a broker introduces a pair from its feed and the lab is notified; others are refused", async ({ page, browser }) => {
  await signIn(page, "sangiaodich@demo.helix.vn");
  await page.getByRole("navigation").getByRole("link", { name: "Ghép nối" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cặp nên kết nối");
  const pair = page.getByTestId("pair").filter({ hasText: VACCINE }).filter({ hasText: CHALLENGE });
  await expect(async () => {
    await page.reload();
    await expect(pair).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await pair.getByLabel("Lời nhắn cho hai bên (không bắt buộc)").fill("Đề nghị hai bên gặp nhau tại Cần Thơ tuần sau.");
  await pair.getByRole("button", { name: "Giới thiệu hai bên" }).click();
  await expect(pair.getByTestId("introduced")).toContainText("Đã giới thiệu; hai bên đã được thông báo.");

  const lab = await browser.newPage();
  await signIn(lab, "vien@demo.helix.vn");
  await expect(lab.getByTestId("notification").filter({ hasText: "Sàn Giao dịch Công nghệ miền Trung giới thiệu công nghệ" }).first()).toBeVisible();
  await lab.close();

  // A university has no tie to the enterprise's challenge: its matches are not found, in the page and the API.
  const other = await browser.newPage();
  await signIn(other, "truong@demo.helix.vn");
  await other.goto("/vi/matches");
  await expect(other.getByTestId("not-broker")).toBeVisible();
  await page.goto(`/vi/challenges?q=${encodeURIComponent("vắc-xin cúm gia cầm")}`);
  await page.getByRole("link", { name: CHALLENGE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CHALLENGE);
  const challengePath = new URL(page.url()).pathname.replace(/^\/vi/, "");
  const res = await other.goto(`/vi${challengePath}/matches`);
  expect(res?.status()).toBe(404);
  const api = await other.request.get(`/api/v1${challengePath}/matches`);
  expect(api.status()).toBe(404);
  await other.close();
});
