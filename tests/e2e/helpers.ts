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
