import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// The whole journey of a deal on the demo data: the feed company (Mekong Feed) wants the
// institute's shrimp-pond probiotic. A university with no part in the deal is refused at
// every step, in the pages and in the API.
const OFFER = "Chế phẩm vi sinh Bacillus – Lactobacillus kiểm soát Vibrio trong ao nuôi tôm thẻ chân trắng";
const SECRET = "B. velezensis VB-27";
const FIRM = "doanhnghiep@demo.helix.vn";
const LAB = "vien@demo.helix.vn";
const STRANGER = "truong@demo.helix.vn";

// A one-page PDF, enough for the content check (starts with %PDF).
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

async function newSignedIn(browser: Browser, email: string): Promise<Page> {
  const page = await browser.newPage();
  await signIn(page, email);
  return page;
}

/** The stranger gets "not found" for the page and for each API route given. */
async function refused(stranger: Page, pageUrl: string, api: { method: "GET" | "POST"; url: string; data?: unknown }[]) {
  const response = await stranger.goto(pageUrl);
  expect(response?.status()).toBe(404);
  for (const call of api) {
    const res = call.method === "GET" ? await stranger.request.get(call.url) : await stranger.request.post(call.url, { data: call.data ?? {} });
    expect(res.status(), `${call.method} ${call.url}`).toBe(404);
  }
}

test("interest → NDA → messages → agreed term sheet → contract with two milestones, one done; a third organisation is refused at each step", async ({ browser }) => {
  test.setTimeout(180_000);
  const firm = await newSignedIn(browser, FIRM);
  const lab = await newSignedIn(browser, LAB);
  const stranger = await newSignedIn(browser, STRANGER);

  // 1. The firm finds the offer and sends an interest; the confidential details are closed.
  await firm.goto("/vi/offers?q=Vibrio+tom+the+chan+trang");
  await firm.getByTestId("listing-card").filter({ hasText: OFFER }).getByRole("link").first().click();
  await expect(firm.getByRole("heading", { level: 1 })).toHaveText(OFFER);
  const offerUrl = firm.url();
  await expect(firm.getByTestId("confidential-section")).not.toContainText(SECRET);
  const interest = firm.getByTestId("interest-form");
  await interest.locator('[name="message"]').fill("Công ty muốn nhận chuyển giao chế phẩm cho 3 nhà máy thức ăn tôm tại Cần Thơ và Cà Mau.");
  await interest.locator('[name="dealType"]').selectOption("LICENSE");
  await interest.locator('[name="timing"]').fill("Quý 1/2027");
  await interest.getByTestId("send-interest").click();
  await expect(firm).toHaveURL(/\/vi\/deals\/[a-z0-9]+$/);
  const dealUrl = firm.url();
  const dealId = dealUrl.split("/").pop()!;
  await expect(firm.getByTestId("deal-stage")).toHaveAttribute("data-stage", "INTEREST");
  await expect(firm.getByTestId("respond-by")).toBeVisible();

  await refused(stranger, dealUrl, [
    { method: "GET", url: `/api/v1/deals/${dealId}` },
    { method: "POST", url: `/api/v1/deals/${dealId}/events`, data: { event: "accept", expectedVersion: 1, ndaTemplateId: "standard" } },
  ]);

  // 2. The lab sees the interest waiting on its dashboard and board, and accepts it with the standard NDA.
  await lab.goto("/vi/dashboard");
  await expect(lab.getByTestId("task-awaitingAnswer").getByTestId("task-count")).not.toHaveText("0");
  await lab.goto("/vi/deals");
  await lab.getByTestId("deal-column-INTEREST").getByTestId("deal-card").filter({ hasText: "Mê Kông" }).getByRole("link").first().click();
  await expect(lab).toHaveURL(dealUrl);
  await lab.getByTestId("accept-interest").click();
  await expect(lab.getByTestId("deal-stage")).toHaveAttribute("data-stage", "NDA");

  // 3. The firm accepts the NDA and now sees the confidential details; the stranger still does not.
  await firm.reload();
  await expect(firm.getByTestId("nda-text")).toContainText("bảo mật");
  await firm.getByTestId("accept-nda").click();
  await expect(firm.getByTestId("deal-stage")).toHaveAttribute("data-stage", "NEGOTIATION");
  await expect(firm.getByTestId("nda-accepted")).toBeVisible();
  await firm.goto(offerUrl);
  await expect(firm.getByTestId("confidential-section")).toContainText(SECRET);
  await stranger.goto(offerUrl);
  await expect(stranger.getByTestId("confidential-section")).not.toContainText(SECRET);
  await refused(stranger, dealUrl, [
    { method: "GET", url: `/api/v1/deals/${dealId}/messages` },
    { method: "POST", url: `/api/v1/deals/${dealId}/messages`, data: { body: "Xin chào" } },
    { method: "GET", url: `/api/v1/deals/${dealId}/proposals` },
  ]);

  // 4. They talk: the firm asks, the lab answers with a file.
  await firm.goto(dealUrl);
  await firm.getByTestId("message-body").fill("Xin gửi quy trình lên men và kết quả thử nghiệm tại Cà Mau.");
  await firm.getByTestId("send-message").click();
  await expect(firm.getByTestId("message").filter({ hasText: "quy trình lên men" })).toBeVisible();
  await lab.reload();
  await expect(lab.getByTestId("message").filter({ hasText: "quy trình lên men" })).toBeVisible();
  await lab.getByTestId("message-body").fill("Gửi anh báo cáo thử nghiệm 12 ha.");
  await lab.getByTestId("message-files").setInputFiles({ name: "bao-cao-thu-nghiem.pdf", mimeType: "application/pdf", buffer: PDF });
  await lab.getByTestId("send-message").click();
  const withFile = lab.getByTestId("message").filter({ hasText: "báo cáo thử nghiệm" });
  await expect(withFile.getByTestId("attachment-link")).toContainText("bao-cao-thu-nghiem.pdf");
  const fileUrl = (await withFile.getByTestId("attachment-link").getAttribute("href"))!;
  expect((await firm.request.get(fileUrl)).status()).toBe(200);
  expect((await stranger.request.get(fileUrl)).status()).toBe(404);

  // 5. The lab proposes terms, the firm accepts them.
  const proposal = lab.getByTestId("proposal-form");
  await proposal.locator('[name="dealType"]').selectOption("LICENSE");
  await proposal.locator('[name="priceVnd"]').fill("1.200.000.000");
  await proposal.locator('[name="territory"]').fill("Việt Nam");
  await proposal.locator('[name="durationMonths"]').fill("36");
  await proposal.locator('[name="milestones"]').fill("Chuyển giao quy trình lên men | 1 | 600.000.000\nNghiệm thu mẻ sản xuất thử | 6 | 600.000.000");
  await lab.getByTestId("submit-proposal").click();
  await expect(lab.getByTestId("proposal")).toHaveCount(1);
  await firm.reload();
  await firm.getByTestId("agree-terms").click();
  await expect(firm.getByTestId("deal-stage")).toHaveAttribute("data-stage", "AGREED");
  await expect(firm.getByTestId("agreed-badge")).toBeVisible();
  await refused(stranger, dealUrl, [{ method: "POST", url: `/api/v1/deals/${dealId}/events`, data: { event: "withdraw", expectedVersion: 6, reason: "OTHER" } }]);

  // 6. The firm records the contract from the agreed deal: the terms and both milestones come prefilled.
  await firm.getByTestId("record-contract").click();
  await expect(firm).toHaveURL(new RegExp(`/vi/contracts/new\\?deal=${dealId}$`));
  const form = firm.getByTestId("contract-form");
  await expect(form.locator('[name="valueVnd"]')).toHaveValue(/1\.?200\.?000\.?000/);
  await expect(form.locator('[name="milestones.0.title"]')).toHaveValue("Chuyển giao quy trình lên men");
  await expect(form.locator('[name="milestones.1.title"]')).toHaveValue("Nghiệm thu mẻ sản xuất thử");
  await form.locator('[name="title"]').fill("Hợp đồng li-xăng chế phẩm vi sinh kiểm soát Vibrio");
  await firm.getByTestId("contract-submit").click();
  await expect(firm).toHaveURL(/\/vi\/contracts\/[a-z0-9]+$/);
  const contractUrl = firm.url();
  const contractId = contractUrl.split("/").pop()!;
  await expect(firm.getByTestId("contract-title")).toHaveText("Hợp đồng li-xăng chế phẩm vi sinh kiểm soát Vibrio");
  await expect(firm.getByTestId("direction-badge")).toHaveAttribute("data-direction", "DOMESTIC");
  await expect(firm.getByTestId("milestone")).toHaveCount(2);

  // 7. The lab marks the first milestone done, with evidence; the deal is CONTRACTED.
  await lab.goto(contractUrl);
  const first = lab.getByTestId("milestone").filter({ hasText: "Chuyển giao quy trình lên men" });
  await first.getByTestId("milestone-evidence").fill("Biên bản bàn giao quy trình ngày 15/12, có chữ ký hai bên.");
  await first.getByTestId("milestone-done-submit").click();
  // The page refreshes with the milestone done and its evidence (the form gives way to the record).
  await expect(first).toHaveAttribute("data-status", "DONE");
  await expect(first.getByTestId("milestone-evidence-text")).toContainText("Biên bản bàn giao");
  await lab.reload();
  await expect(lab.getByTestId("milestone").filter({ hasText: "Chuyển giao quy trình lên men" })).toHaveAttribute("data-status", "DONE");
  await expect(lab.getByTestId("milestone").filter({ hasText: "Nghiệm thu mẻ sản xuất thử" })).toHaveAttribute("data-status", "PENDING");
  await expect(lab.getByTestId("audit-entry").first()).toBeVisible();
  await lab.goto(dealUrl);
  await expect(lab.getByTestId("deal-stage")).toHaveAttribute("data-stage", "CONTRACTED");
  await expect(lab.getByTestId("contract-link")).toBeVisible();

  // The stranger: no contract page, no contract API, not even the form for the deal's contract.
  await refused(stranger, contractUrl, [
    { method: "GET", url: `/api/v1/contracts/${contractId}` },
    { method: "GET", url: `/api/v1/contracts/${contractId}/audit` },
  ]);
  expect((await stranger.goto(`/vi/contracts/new?deal=${dealId}`))?.status()).toBe(404);

  await firm.close();
  await lab.close();
  await stranger.close();
});
