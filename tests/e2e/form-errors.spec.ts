import { expect, test, type Page } from "@playwright/test";
import { NEW_ORG_PASSWORD, signUpNewOrganization, uniqueEmail } from "./helpers";

test("a wrong password gets a translated error and keeps the email", async ({ page }) => {
  await page.goto("/vi/sign-in");
  await page.getByLabel("Email").fill("vien@demo.helix.vn");
  await page.getByLabel("Mật khẩu").fill("not-the-password-1");
  await page.getByRole("button", { name: "Đăng nhập" }).last().click();
  await expect(page.getByTestId("form-error")).toHaveText("Email hoặc mật khẩu không đúng.");
  await expect(page.getByLabel("Email")).toHaveValue("vien@demo.helix.vn");
});

test("sign-up errors name each field, in English too, and nothing typed is lost", async ({ page }) => {
  await page.goto("/en/sign-up");
  await page.getByLabel("Full name").fill("Nguyen Lan");
  await page.getByLabel("Email").fill("truong@demo.helix.vn"); // a demo account: taken
  await page.getByLabel("Password").fill("Mekong delta rice 2026");
  await page.getByLabel("Organisation name").fill("Mekong Agritech JSC");
  await page.getByLabel("Organisation type").selectOption("ENTERPRISE");
  await page.getByLabel("Province or city").selectOption("can-tho");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This email is already used by another account.")).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Nguyen Lan");
  await expect(page.getByLabel("Organisation name")).toHaveValue("Mekong Agritech JSC");
  await expect(page.getByLabel("Organisation type")).toHaveValue("ENTERPRISE");
  await expect(page.getByLabel("Province or city")).toHaveValue("can-tho");

  await page.getByLabel("Email").fill(uniqueEmail("weak"));
  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is too easy to guess. Please choose another.")).toBeVisible();
  await expect(page.getByLabel("Organisation type")).toHaveValue("ENTERPRISE");
});

/** Clicks sign-in and waits for the server action's answer (the error text may already be on screen). */
async function submitSignIn(page: Page) {
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/sign-in")),
    page.getByRole("button", { name: "Đăng nhập" }).last().click(),
  ]);
}

test("repeated failed sign-ins are refused, in the form and with HTTP 429", async ({ page, request }) => {
  // An account of its own: locking out a demo account would break the other specs that sign in with it.
  const email = await signUpNewOrganization(page, "Công ty TNHH Thử khoá đăng nhập");
  await page.context().clearCookies();
  await page.goto("/vi/sign-in");
  for (let i = 0; i < 3; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Mật khẩu").fill(`wrong-password-${i}`);
    await submitSignIn(page);
    await expect(page.getByTestId("form-error")).toHaveText("Email hoặc mật khẩu không đúng.");
  }
  // Now even the right password is refused until the window passes.
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(NEW_ORG_PASSWORD);
  await submitSignIn(page);
  await expect(page.getByTestId("form-error")).toContainText("Quá nhiều lần đăng nhập không thành công");
  await expect(page).toHaveURL(/\/vi\/sign-in$/);

  const res = await request.post("/api/auth/callback/credentials", { form: { email, password: NEW_ORG_PASSWORD }, maxRedirects: 0 });
  expect(res.status()).toBe(429);
  expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await res.json()).error.code).toBe("RATE_LIMITED");
});
