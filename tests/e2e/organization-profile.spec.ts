import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("an exchange's owner edits its profile; a bad tax code is explained and nothing typed is lost", async ({ page }) => {
  await signIn(page, "sangiaodich@demo.helix.vn");
  await page.getByRole("link", { name: "Sửa hồ sơ tổ chức" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ tổ chức");
  await expect(page.getByRole("checkbox", { name: "Đà Nẵng" })).toBeChecked();

  await page.getByLabel("Giới thiệu").fill("Kết nối viện, trường với doanh nghiệp miền Trung – Tây Nguyên và Lào.");
  await page.getByRole("checkbox", { name: "Khánh Hòa" }).check();
  await page.getByLabel("Mã số thuế").fill("12345");
  await page.getByRole("button", { name: "Lưu hồ sơ" }).click();
  await expect(page.getByText("Mã số thuế gồm 10 chữ số")).toBeVisible();
  await expect(page.getByLabel("Giới thiệu")).toHaveValue(/Tây Nguyên và Lào/);
  await expect(page.getByRole("checkbox", { name: "Khánh Hòa" })).toBeChecked();

  await page.getByLabel("Mã số thuế").fill("0401234567");
  await page.getByRole("button", { name: "Lưu hồ sơ" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu hồ sơ tổ chức.");
  await page.reload();
  await expect(page.getByLabel("Mã số thuế")).toHaveValue("0401234567");
  await expect(page.getByRole("checkbox", { name: "Khánh Hòa" })).toBeChecked();
});

test("another organisation's profile editor is not found", async ({ page }) => {
  await signIn(page, "sangiaodich@demo.helix.vn");
  await page.getByRole("link", { name: "Sửa hồ sơ tổ chức" }).click();
  await expect(page).toHaveURL(/\/vi\/settings\/organizations\/[^/]+$/);
  const url = page.url();
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await signIn(page, "vien@demo.helix.vn");
  const res = await page.goto(url);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  await expect(page.getByLabel("Mã số thuế")).toHaveCount(0);
});
