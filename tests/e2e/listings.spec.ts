import { expect, test } from "@playwright/test";
import { signIn, signUpNewOrganization } from "./helpers";

const SECRET = "Tỷ lệ phối trộn bí mật CaF2 1:2,4 ở 1.350 °C";
const BUDGET_SECRET = "Giá than nội bộ 3,25 triệu đồng/tấn";

test.describe.serial("listing lifecycle and confidentiality", () => {
  let offerUrl = "";
  let challengeUrl = "";

  test("a researcher creates, previews and publishes an offer with its business case", async ({ page }) => {
    await signIn(page, "vien@demo.helix.vn");
    await page.goto("/vi/offers/new");
    await page.getByLabel("Tiêu đề", { exact: true }).fill("Chế phẩm vi sinh xử lý rơm rạ tại ruộng trong 21 ngày");
    await page.getByLabel("Tóm tắt", { exact: true }).fill("Chế phẩm gồm 3 chủng nấm Trichoderma phân huỷ rơm rạ ngay trên ruộng, thay cho đốt rơm, giảm 30% phân đạm vụ sau.");
    await page.getByLabel("Ứng dụng").fill("Ruộng lúa Đồng bằng sông Hồng và sông Cửu Long");
    await page.getByLabel("Mức sẵn sàng công nghệ (TRL)").selectOption("7");
    await page.getByRole("checkbox", { name: "Li-xăng" }).check();
    await page.getByLabel("Tỉnh/thành").selectOption("ha-noi");
    await page.getByRole("checkbox", { name: "Nông nghiệp" }).first().check();
    await page.getByLabel("Giá chào (VND)").fill("1.200.000.000");
    await page.getByLabel("Thông tin mật").fill(SECRET);
    await page.getByRole("button", { name: "Lưu nháp và xem trước" }).click();

    await expect(page).toHaveURL(/\/vi\/offers\/[^/]+$/);
    await expect(page.getByRole("status").first()).toContainText("Bản nháp");
    const panel = page.getByTestId("owner-panel");
    await expect(panel).toContainText("Còn thiếu:");
    await expect(page.getByTestId("confidential-section")).toContainText(SECRET);
    await panel.getByRole("button", { name: "Đăng lên sàn" }).click();
    await expect(page.locator("text=Đang đăng").first()).toBeVisible();
    offerUrl = new URL(page.url()).pathname;
  });

  test("an enterprise posts a challenge with confidential details", async ({ page }) => {
    await signIn(page, "doanhnghiep@demo.helix.vn");
    await page.goto("/vi/challenges/new");
    await page.getByLabel("Tiêu đề", { exact: true }).fill("Thay thế bột cá trong thức ăn tôm bằng protein côn trùng");
    await page.getByLabel("Vấn đề", { exact: true }).fill("Giá bột cá tăng 40% trong hai năm; cần nguồn đạm thay thế 30% bột cá mà tôm vẫn tăng trưởng như cũ.");
    await page.getByLabel("TRL tối thiểu").selectOption("6");
    await page.getByRole("checkbox", { name: "Hợp tác nghiên cứu" }).check();
    await page.getByLabel("Tỉnh/thành").selectOption("can-tho");
    await page.getByRole("checkbox", { name: /Thủy sản|Thuỷ sản/ }).first().check();
    await page.getByLabel("Ngân sách từ (VND)").fill("500.000.000");
    await page.getByLabel("Ngân sách đến (VND)").fill("2.000.000.000");
    await page.getByLabel("Thông tin mật").fill(BUDGET_SECRET);
    await page.getByRole("button", { name: "Lưu nháp và xem trước" }).click();
    await expect(page).toHaveURL(/\/vi\/challenges\/[^/]+$/);
    await page.getByTestId("owner-panel").getByRole("button", { name: "Đăng lên sàn" }).click();
    await expect(page.locator("text=Đang đăng").first()).toBeVisible();
    challengeUrl = new URL(page.url()).pathname;
  });

  test("a third, unverified organisation sees the teasers only — on the page and in the HTML", async ({ page, request }) => {
    await signUpNewOrganization(page, `Công ty Gạch Tuynel ${Date.now()}`);
    await page.goto(offerUrl);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chế phẩm vi sinh xử lý rơm rạ tại ruộng trong 21 ngày");
    await expect(page.getByTestId("business-section").getByTestId("locked")).toBeVisible();
    await expect(page.getByTestId("confidential-section").getByTestId("locked")).toBeVisible();
    expect(await page.content()).not.toContain("CaF2");
    expect(await page.content()).not.toContain("1.200.000.000");
    // The API, called with the same session, applies the same tiers.
    const api = await page.request.get(`/api/v1/offers/${offerUrl.split("/").pop()}`);
    expect(api.status()).toBe(200);
    const json = await api.json();
    expect(json).toMatchObject({ access: "public", details: null, confidential: null, title: "Chế phẩm vi sinh xử lý rơm rạ tại ruộng trong 21 ngày" });
    expect(JSON.stringify(json)).not.toContain("CaF2");
    await page.goto(challengeUrl);
    await expect(page.getByTestId("confidential-section").getByTestId("locked")).toBeVisible();
    expect(await page.content()).not.toContain("3,25 triệu");

    // Signed out, the raw HTML and the flight data carry no gated text either.
    for (const url of [offerUrl, challengeUrl]) {
      const html = await (await request.get(url)).text();
      expect(html).not.toContain("CaF2");
      expect(html).not.toContain("3,25 triệu");
      expect(html).not.toContain("2000000000");
    }
  });

  test("the owner admits the enterprise, which then sees the confidential details", async ({ page, browser }) => {
    await signIn(page, "vien@demo.helix.vn");
    await page.goto(offerUrl);
    await page.getByLabel("Chọn tổ chức").selectOption({ label: "Công ty CP Thức ăn Chăn nuôi Mê Kông" });
    await page.getByRole("button", { name: "Cho phép xem" }).click();
    await expect(page.getByTestId("owner-panel")).toContainText("Công ty CP Thức ăn Chăn nuôi Mê Kông");

    const firm = await browser.newPage();
    await signIn(firm, "doanhnghiep@demo.helix.vn");
    await firm.goto(offerUrl);
    await expect(firm.getByTestId("confidential-section")).toContainText(SECRET);
    await expect(firm.getByTestId("business-section")).toContainText("1.200.000.000");
    await firm.close();
  });

  test("a search without diacritics finds the Vietnamese listing and marks the words", async ({ page }) => {
    await page.goto("/vi/offers?q=che+pham+vi+sinh+rom+ra");
    const card = page.getByTestId("listing-card").filter({ hasText: "Chế phẩm vi sinh xử lý rơm rạ" });
    await expect(card).toHaveCount(1);
    await expect(card.locator("mark").first()).toBeVisible();
    await expect(page.getByTestId("result-count")).toContainText("kết quả");
    // The filters live in the URL: the same search can be shared.
    await page.getByLabel("Mức TRL Từ").selectOption("8");
    await page.getByRole("button", { name: "Tìm" }).click();
    await expect(page).toHaveURL(/trlMin=8/);
    await expect(page.getByTestId("listing-card").filter({ hasText: "Chế phẩm vi sinh xử lý rơm rạ" })).toHaveCount(0);
  });

  test("a transfer office imports a CSV with one bad row: the preview explains it and the good rows are imported", async ({ page }) => {
    await signIn(page, "truong@demo.helix.vn");
    await page.goto("/vi/import");
    const csv = [
      "Mã tham chiếu,Tiêu đề,Tóm tắt,TRL,Tỉnh/thành,Hình thức hợp tác,Ngành",
      'DHKT-01,Robot hàn ống thép tự hành,"Robot bám ống hàn thép đường kính 200–1.200 mm, đã chạy thử 6 tháng tại xưởng Liên Chiểu.",7,Quảng Nam,LICENSE,manufacturing',
      "DHKT-02,Lỗi,ngắn,12,Đà Nẵng,,",
      'DHKT-03,Bê tông nhẹ từ tro bay nhiệt điện,"Gạch bê tông khí chưng áp dùng 40% tro bay, đạt TCVN 7959:2017, giá thành thấp hơn 15%.",6,Đà Nẵng,"LICENSE, KNOW_HOW",construction-materials',
    ].join("\n");
    await page.getByLabel("Tệp CSV hoặc XLSX").setInputFiles({ name: "danh-muc-dhkt.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByRole("button", { name: "Kiểm tra và xem trước" }).click();
    await expect(page.getByTestId("import-summary")).toHaveText("danh-muc-dhkt.csv: 2 dòng hợp lệ, 1 dòng có lỗi.");
    const preview = page.getByTestId("import-preview");
    await expect(preview).toContainText("TRL phải là số nguyên từ 1 đến 9.");
    await expect(preview).toContainText("Tiêu đề cần từ 5 đến 200 ký tự.");
    await page.getByRole("button", { name: "Nhập 2 dòng hợp lệ" }).click();
    await expect(page.getByTestId("import-done")).toContainText("Đã nhập: 2 tạo mới, 0 cập nhật, 0 đã đăng, 1 dòng bỏ qua.");
    await page.goto("/vi/dashboard");
    await expect(page.getByTestId("my-listings")).toContainText("Robot hàn ống thép tự hành");
    await expect(page.getByTestId("my-listings")).toContainText("Bê tông nhẹ từ tro bay nhiệt điện");
  });
});
