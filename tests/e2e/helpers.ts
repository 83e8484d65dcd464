import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Helix-demo-2026";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, locale = "vi") {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(locale === "vi" ? "Email" : "Email").fill(email);
  await page.getByLabel(locale === "vi" ? "Mật khẩu" : "Password").fill(password);
  await page.getByRole("button", { name: locale === "vi" ? "Đăng nhập" : "Sign in" }).last().click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard$`));
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.example.vn`;
}

export const NEW_ORG_PASSWORD = "Sản xuất gạch 2026!";

/** Signs up a new user with a new (unverified) organisation and lands on the dashboard; returns the email. */
export async function signUpNewOrganization(page: Page, orgName: string, kind = "ENTERPRISE"): Promise<string> {
  const email = uniqueEmail("new-org");
  await page.goto("/vi/sign-up");
  await page.getByLabel("Họ và tên").fill("Nguyễn Thị Thu");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(NEW_ORG_PASSWORD);
  await page.getByLabel("Tên tổ chức").fill(orgName);
  await page.getByLabel("Loại tổ chức").selectOption(kind);
  await page.getByLabel("Tỉnh/thành phố").selectOption("dong-nai");
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page).toHaveURL(/\/vi\/dashboard$/);
  return email;
}
