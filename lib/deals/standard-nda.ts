// The platform's standard mutual non-disclosure agreement, in Vietnamese and English. An
// owner that has not saved its own text issues this one. Changing the wording means a new
// STANDARD_NDA_VERSION: acceptances record the version and the SHA-256 of the exact text.

export const STANDARD_NDA_VERSION = "helix-standard-1";

export const STANDARD_NDA_TITLE = "Thoả thuận bảo mật song phương Helix / Helix mutual non-disclosure agreement";

export const STANDARD_NDA_VI = `THOẢ THUẬN BẢO MẬT SONG PHƯƠNG (mẫu chuẩn của Helix, phiên bản 1)

Thoả thuận này ràng buộc hai tổ chức tham gia giao dịch trên Helix: bên sở hữu tin đăng ("Bên công bố") và bên chấp nhận thoả thuận ("Bên nhận"). Mỗi bên có thể vừa công bố vừa nhận thông tin.

1. Mục đích. Thông tin mật chỉ được dùng để đánh giá và đàm phán việc chuyển giao, hợp tác hoặc đầu tư liên quan đến tin đăng của giao dịch ("Mục đích").

2. Thông tin mật. Là mọi thông tin kỹ thuật, kinh doanh, tài chính, bí quyết, dữ liệu, bản vẽ, công thức, mẫu vật và tài liệu mà một bên cung cấp cho bên kia qua Helix hoặc ngoài Helix liên quan đến Mục đích, kể cả phần "thông tin mật" của tin đăng, dù có được đánh dấu "mật" hay không.

3. Nghĩa vụ. Bên nhận: (a) giữ bí mật thông tin mật với mức cẩn trọng không thấp hơn với thông tin của chính mình và không thấp hơn mức hợp lý; (b) chỉ tiết lộ cho người lao động, cố vấn cần biết để thực hiện Mục đích và chịu nghĩa vụ bảo mật tương đương; (c) không sao chép, phân tích ngược, đăng ký quyền sở hữu trí tuệ hoặc khai thác thông tin mật cho mục đích khác; (d) trả lại hoặc huỷ thông tin mật khi Bên công bố yêu cầu.

4. Ngoại lệ. Không phải thông tin mật nếu Bên nhận chứng minh được thông tin đó: (a) đã được công bố công khai không do lỗi của Bên nhận; (b) Bên nhận đã biết hợp pháp trước khi được cung cấp; (c) được bên thứ ba có quyền cung cấp mà không kèm nghĩa vụ bảo mật; (d) do Bên nhận tự phát triển độc lập; hoặc (e) phải tiết lộ theo yêu cầu của cơ quan nhà nước có thẩm quyền, với điều kiện Bên nhận báo trước cho Bên công bố trong phạm vi pháp luật cho phép.

5. Không chuyển giao quyền. Thoả thuận này không chuyển giao hay cấp phép bất kỳ quyền sở hữu trí tuệ nào và không buộc bên nào phải ký kết giao dịch.

6. Thời hạn. Thoả thuận có hiệu lực từ khi Bên nhận chấp nhận trên Helix và kéo dài 3 (ba) năm; nghĩa vụ bảo mật đối với bí mật kinh doanh còn hiệu lực chừng nào thông tin đó vẫn là bí mật kinh doanh.

7. Luật áp dụng. Thoả thuận được điều chỉnh bởi pháp luật Việt Nam. Tranh chấp được giải quyết trước hết bằng thương lượng; nếu không thành, tại Toà án có thẩm quyền của Việt Nam.

8. Chấp nhận điện tử. Việc người đại diện của Bên nhận bấm "Chấp nhận" trên Helix có giá trị như chữ ký của Bên nhận; Helix lưu người chấp nhận, tổ chức, phiên bản, mã băm của văn bản và thời điểm chấp nhận.

Nếu bản tiếng Việt và bản tiếng Anh có khác biệt, bản tiếng Việt được ưu tiên áp dụng.`;

export const STANDARD_NDA_EN = `MUTUAL NON-DISCLOSURE AGREEMENT (Helix standard text, version 1)

This agreement binds the two organisations in a deal on Helix: the organisation that owns the listing (the "Discloser") and the organisation that accepts this agreement (the "Recipient"). Either may disclose and receive information.

1. Purpose. Confidential information may be used only to evaluate and negotiate a transfer, collaboration or investment concerning the listing of the deal (the "Purpose").

2. Confidential information. All technical, business and financial information, know-how, data, drawings, formulas, samples and documents that one party gives the other, on or off Helix, in connection with the Purpose, including the listing's "confidential details", whether or not marked confidential.

3. Obligations. The Recipient shall: (a) keep confidential information secret with at least the care it uses for its own and no less than reasonable care; (b) disclose it only to employees and advisers who need to know it for the Purpose and are bound by equivalent confidentiality; (c) not copy, reverse-engineer, file intellectual-property applications on, or exploit it for any other purpose; (d) return or destroy it at the Discloser's request.

4. Exceptions. Information is not confidential if the Recipient shows that it: (a) is or becomes public through no fault of the Recipient; (b) was lawfully known to the Recipient before disclosure; (c) is received from a third party entitled to disclose it without a duty of confidentiality; (d) is independently developed by the Recipient; or (e) must be disclosed by order of a competent Vietnamese authority, provided the Recipient gives the Discloser prior notice where the law allows.

5. No transfer of rights. This agreement neither transfers nor licenses any intellectual-property right and obliges neither party to enter into a transaction.

6. Term. This agreement takes effect when the Recipient accepts it on Helix and lasts 3 (three) years; obligations for trade secrets last as long as the information remains a trade secret.

7. Governing law. This agreement is governed by the laws of Vietnam. Disputes are settled first by negotiation and, failing that, by the competent court of Vietnam.

8. Electronic acceptance. A Recipient representative's click on "Accept" on Helix has the effect of the Recipient's signature; Helix records who accepted, for which organisation, the version, the text's hash and the time.

If the Vietnamese and English texts differ, the Vietnamese text prevails.`;

/** The exact text a partner accepts: both languages, Vietnamese first. */
export const STANDARD_NDA_TEXT = `${STANDARD_NDA_VI}\n\n---\n\n${STANDARD_NDA_EN}`;
