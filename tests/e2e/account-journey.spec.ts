import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./helpers";

test("a researcher signs up with a new institute, switches language, signs out and back in", async ({ page }) => {
  const email = uniqueEmail("researcher");
  const password = "Vắc-xin cúm gia cầm 2026";

  await page.goto("/");
  await expect(page).toHaveURL(/\/vi$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đưa kết quả nghiên cứu của Việt Nam vào sản xuất");
  await page.getByRole("link", { name: "Tham gia miễn phí" }).click();

  await page.getByLabel("Họ và tên").fill("TS. Đỗ Minh Khoa");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByLabel("Tên tổ chức").fill("Viện Vắc-xin Thú y Miền Nam");
  await page.getByLabel("Loại tổ chức").selectOption("RESEARCH_INSTITUTE");
  await page.getByLabel("Tỉnh/thành phố").selectOption("ho-chi-minh");
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();

  await expect(page).toHaveURL(/\/vi\/dashboard$/);
  const card = page.getByTestId("membership");
  await expect(card.getByRole("heading")).toHaveText("Viện Vắc-xin Thú y Miền Nam");
  await expect(card.getByTestId("role")).toHaveText("Chủ sở hữu");
  await expect(card).toContainText("Viện nghiên cứu");
  await expect(card).toContainText("Chờ xác minh");

  // The switcher keeps the page.
  await page.getByTestId("language-switcher").click();
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await expect(page.getByTestId("role")).toHaveText("Owner");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByTestId("language-switcher").click();
  await expect(page).toHaveURL(/\/vi\/dashboard$/);

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/vi\?signedOut=1$/);
  await expect(page.getByRole("status")).toHaveText("Bạn đã đăng xuất.");
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);

  await page.goto("/vi/sign-in");
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).last().click();
  await expect(page).toHaveURL(/\/vi\/dashboard$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText("TS. Đỗ Minh Khoa");
});

test("a signed-out visit to the dashboard goes to sign-in and comes back after", async ({ page }) => {
  await page.goto("/en/dashboard");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fdashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await page.getByLabel("Email").fill("doanhnghiep@demo.helix.vn");
  await page.getByLabel("Password").fill("Helix-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).last().click();
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  await expect(page.getByTestId("membership").getByRole("heading")).toHaveText("Công ty CP Thức ăn Chăn nuôi Mê Kông");
});
