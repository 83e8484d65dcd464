import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("an enterprise user cannot open the admin pages or act as an admin", async ({ page }) => {
  await signIn(page, "doanhnghiep@demo.helix.vn");
  const res = await page.goto("/vi/admin/organizations");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  await expect(page.getByRole("link", { name: "Quản trị" })).toHaveCount(0);
});

test("the platform admin verifies an organisation, and its owner sees it", async ({ page, browser }) => {
  await signIn(page, "admin@demo.helix.vn");
  await page.getByRole("link", { name: "Quản trị" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xác minh tổ chức");
  const row = page.getByRole("row", { name: /Công ty CP Xi măng Hoa Lư/ });
  await expect(row).toContainText("Chờ xác minh");
  await row.getByRole("button", { name: "Xác minh" }).click();
  await expect(row).toContainText("Đã xác minh");

  const owner = await browser.newPage();
  await signIn(owner, "nhamay@demo.helix.vn");
  await expect(owner.getByTestId("membership")).toContainText("Đã xác minh");
  await owner.close();
});

test("the health endpoint reports the embedded database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", database: { ok: true } });
});
