import "server-only";
import type { DemoChallenge } from "./demo-listing-types";

// Technology needs (challenges) posted by demo firms and agencies: 15 in Vietnamese, 10 in English, 2 drafts.
// Figures are illustrative but kept in realistic ranges for Vietnamese plants and agencies.
export const DEMO_CHALLENGES: DemoChallenge[] = [
  // 1. Cement plant: cut coal use in the rotary kiln (LICENSE only, TRL ≥ 7).
  {
    ownerKey: "enterprise-cement",
    status: "PUBLISHED",
    language: "vi",
    title: "Giảm tiêu hao than cho lò quay clinker 5.000 tấn/ngày",
    problem:
      "Lò quay số 2 của nhà máy tại Ninh Bình đang tiêu thụ khoảng 128 kg than cám/tấn clinker, suất tiêu hao nhiệt khoảng 790 kcal/kg clinker, cao hơn mức 720–740 kcal/kg của các dây chuyền hiện đại. Giá than nhập tăng khiến chi phí nhiên liệu chiếm gần 40% giá thành clinker. Chúng tôi cần công nghệ đã được chứng minh ở quy mô công nghiệp để giảm lượng than đốt mà không ảnh hưởng chất lượng xi măng theo TCVN 2682:2020.",
    desiredOutcome:
      "Giảm ít nhất 10% lượng than tiêu thụ trên mỗi tấn clinker (hoặc thay thế tối thiểu 15% nhiệt lượng bằng nhiên liệu thay thế như RDF, trấu, mùn cưa) trong vòng 12 tháng sau khi lắp đặt.",
    constraints:
      "Chỉ nhận chuyển giao theo hình thức li-xăng công nghệ đã vận hành thương mại, thi công trong đợt dừng lò bảo dưỡng tối đa 21 ngày và khí thải phải đạt QCVN 23:2009/BTNMT.",
    minTrl: 7,
    budgetMinVnd: 8_000_000_000,
    budgetMaxVnd: 25_000_000_000,
    deadlineInDays: 180,
    dealTypes: ["LICENSE"],
    fieldCodes: ["energy", "advanced-materials"],
    sectorCodes: ["construction-materials", "energy-utilities"],
    province: "ninh-binh",
    confidentialDetails:
      "Chi phí than năm 2024: 612 tỷ đồng; giá than cám 5a nhập từ nhà cung cấp hiện tại 3,35 triệu đồng/tấn giao tại nhà máy. Tháp trao đổi nhiệt 5 tầng, calciner kiểu ILC; vị trí trống cho trạm cấp nhiên liệu thay thế nằm phía đông kho clinker, diện tích khoảng 1.800 m². Đợt dừng lò kế hoạch: tháng 3 năm sau.",
  },
  // 2. Refinery: biodiesel co-research (English).
  {
    ownerKey: "ent-refinery",
    status: "PUBLISHED",
    language: "en",
    title: "Co-research partner for biodiesel (B100) from non-food feedstock for B5/B10 blending",
    problem:
      "Our refinery in Quảng Ngãi must prepare to blend biodiesel into diesel as the B5/B10 roadmap comes into force, which would require around 120,000 tonnes of B100 per year. Domestic B100 supply is negligible and imported FAME costs 25–30% more than fossil diesel. We want to co-develop a process using local non-food feedstock such as used cooking oil, catfish fat or rubber-seed oil.",
    desiredOutcome:
      "A pilot process (at least 1 tonne/day) producing B100 that meets TCVN 7717 and EN 14214, with a feedstock and cost model for scaling to 50,000 tonnes per year.",
    constraints:
      "Partner must work under a joint R&D agreement with shared IP, and the process must run on our existing hydrogen and methanol utilities without new hazardous-chemical permits.",
    minTrl: 4,
    budgetMinVnd: 5_000_000_000,
    budgetMaxVnd: 15_000_000_000,
    deadlineInDays: 270,
    dealTypes: ["CO_RESEARCH", "COMMISSIONED_RESEARCH"],
    fieldCodes: ["energy", "biotechnology"],
    sectorCodes: ["energy-utilities", "chemicals"],
    province: "quang-ngai",
    confidentialDetails:
      "Internal blending cost target: ≤ 24,000 VND/litre B100 delivered to the tank farm. Current offer from a Malaysian FAME supplier: USD 1,180/tonne CIF Dung Quất. Spare tank T-405 (8,000 m³) reserved for biodiesel; the pilot plot is 2,400 m² north of the sulphur recovery unit.",
  },
  // 3. Tyre maker: green rubber additives to replace carbon black / silica imports.
  {
    ownerKey: "ent-tyre",
    status: "PUBLISHED",
    language: "vi",
    title: "Tìm chất độn xanh thay thế một phần muội than và silica nhập khẩu cho lốp xe",
    problem:
      "Nhà máy tại Đồng Nai dùng khoảng 9.500 tấn muội than N330/N550 và 2.800 tấn silica kết tủa mỗi năm, gần như toàn bộ nhập khẩu từ Trung Quốc và Thái Lan. Khách hàng xuất khẩu sang EU yêu cầu giảm phát thải carbon của sản phẩm và tăng tỷ lệ nguyên liệu tái tạo. Chúng tôi cần chất độn gia cường có nguồn gốc sinh học hoặc tái chế, ví dụ silica từ tro trấu, lignin hoặc muội than thu hồi từ nhiệt phân lốp cũ.",
    desiredOutcome:
      "Thay thế được ít nhất 20% muội than hoặc silica trong hỗn hợp mặt lốp mà vẫn giữ độ bền kéo, độ mài mòn và lực cản lăn trong phạm vi ±5% so với công thức hiện tại.",
    constraints:
      "Chất độn phải cung ứng ổn định tối thiểu 150 tấn/tháng với giá không cao hơn 110% giá nhập khẩu hiện tại và trộn được trên máy luyện kín Banbury hiện có.",
    minTrl: 5,
    budgetMinVnd: 3_000_000_000,
    budgetMaxVnd: 12_000_000_000,
    deadlineInDays: 240,
    dealTypes: ["CO_RESEARCH", "LICENSE"],
    fieldCodes: ["advanced-materials"],
    sectorCodes: ["chemicals", "manufacturing"],
    province: "dong-nai",
    confidentialDetails:
      "Giá muội than N330 nhập hiện tại 1.420 USD/tấn CIF Cát Lái; silica kết tủa 1.650 USD/tấn. Công thức mặt lốp PCR chủ lực dùng 55 phr muội than + 15 phr silica. Dây chuyền luyện số 3 có thể dành 2 ca/tuần cho chạy thử.",
  },
  // 4. Pharma: anti-inflammatory herbal extract with clinical data.
  {
    ownerKey: "ent-pharma",
    status: "PUBLISHED",
    language: "vi",
    title: "Nhận chuyển giao cao chiết dược liệu kháng viêm đã có dữ liệu lâm sàng",
    problem:
      "Dòng sản phẩm xương khớp của công ty đang phụ thuộc vào glucosamine và hoạt chất NSAID nhập khẩu, doanh số giảm 18% trong hai năm qua. Chúng tôi muốn phát triển thuốc từ dược liệu có tác dụng kháng viêm, giảm đau khớp (ví dụ từ nghệ, cỏ xước, hy thiêm, lá lốt) nhưng cần cao chiết đã được chuẩn hoá và có dữ liệu thử nghiệm lâm sàng để rút ngắn thời gian đăng ký lưu hành.",
    desiredOutcome:
      "Nhận quy trình chiết xuất chuẩn hoá hàm lượng hoạt chất đánh dấu, hồ sơ độc tính và kết quả thử lâm sàng đủ để nộp hồ sơ đăng ký thuốc dược liệu với Bộ Y tế trong 18 tháng.",
    constraints:
      "Quy trình phải chạy được trên dây chuyền chiết xuất GMP-WHO hiện có (nồi chiết 2.000 lít, cô chân không) và vùng nguyên liệu phải đạt GACP-WHO tại Việt Nam.",
    minTrl: 6,
    budgetMinVnd: 2_000_000_000,
    budgetMaxVnd: 8_000_000_000,
    deadlineInDays: 300,
    dealTypes: ["LICENSE", "ASSIGNMENT", "CO_RESEARCH"],
    fieldCodes: ["biotechnology"],
    sectorCodes: ["health-pharma"],
    province: "bac-ninh",
    confidentialDetails:
      "Doanh thu nhóm xương khớp 2024: 146 tỷ đồng, biên lợi nhuận gộp 41%. Giá mua glucosamine sulfate hiện tại 9,8 USD/kg. Xưởng chiết xuất số 2 còn trống 60% công suất; đã có hợp đồng bao tiêu 40 ha nghệ tại Bắc Giang cũ (nay thuộc Bắc Ninh).",
  },
  // 5. Rapid cancer screening tests (English).
  {
    ownerKey: "ent-pharma",
    status: "PUBLISHED",
    language: "en",
    title: "Rapid point-of-care screening tests for liver and cervical cancer",
    problem:
      "Liver cancer is the most common cancer in Vietnam and most cases are diagnosed late, while district hospitals and commune health stations lack ELISA or PCR equipment. Our distribution network covers about 1,200 clinics and pharmacies in the north that want a cheap rapid test. We are looking for validated rapid screening kits (for example AFP/PIVKA-II lateral-flow tests or HPV tests) to license and manufacture locally.",
    desiredOutcome:
      "A licensed rapid test with sensitivity of at least 85% and specificity of at least 90% against a reference method, ready for local production and class C registration under Decree 98/2021/ND-CP.",
    constraints:
      "Each test must cost under 60,000 VND to produce, give a result within 20 minutes without laboratory equipment, and come with ISO 13485 manufacturing documentation.",
    minTrl: 6,
    budgetMinVnd: 3_000_000_000,
    budgetMaxVnd: 10_000_000_000,
    deadlineInDays: 200,
    dealTypes: ["LICENSE", "KNOW_HOW"],
    fieldCodes: ["biotechnology"],
    sectorCodes: ["health-pharma"],
    province: "bac-ninh",
    confidentialDetails:
      "Target retail price 150,000 VND per test; a Korean distributor quotes imported AFP cassettes at 95,000 VND landed. Planned production area: 300 m² class D clean room in building B, to be finished in Q3. Sales forecast 400,000 tests in year one.",
  },
  // 6. Water company: treatment sludge to aluminium sulphate coagulant.
  {
    ownerKey: "ent-water",
    status: "PUBLISHED",
    language: "vi",
    title: "Tái chế bùn thải nhà máy nước thành phèn nhôm sunfat (chất keo tụ)",
    problem:
      "Nhà máy xử lý nước cấp công suất 120.000 m³/ngày tại Hải Phòng phát sinh khoảng 22 tấn bùn khô mỗi ngày từ bể lắng và bể lọc, chứa 18–25% Al₂O₃ từ phèn đã sử dụng. Hiện công ty phải thuê đơn vị ngoài vận chuyển và chôn lấp, chi phí ngày càng tăng và bãi chôn lấp sắp đầy. Đồng thời công ty mua khoảng 4.500 tấn phèn nhôm mỗi năm để keo tụ.",
    desiredOutcome:
      "Công nghệ thu hồi nhôm từ bùn thành dung dịch hoặc phèn nhôm sunfat tái sử dụng được cho keo tụ, thay thế ít nhất 30% lượng phèn mua ngoài mà nước sau xử lý vẫn đạt QCVN 01-1:2018/BYT.",
    constraints:
      "Hệ thống phải đặt trong khuôn viên nhà máy (diện tích còn trống khoảng 1.200 m²), không phát sinh nước thải vượt QCVN 40:2011/BTNMT và kim loại nặng trong sản phẩm tái chế phải được kiểm soát.",
    minTrl: 5,
    budgetMinVnd: 4_000_000_000,
    budgetMaxVnd: 14_000_000_000,
    deadlineInDays: 210,
    dealTypes: ["LICENSE", "CO_RESEARCH"],
    fieldCodes: ["advanced-materials", "biotechnology"],
    sectorCodes: ["environment-water", "chemicals"],
    province: "hai-phong",
    confidentialDetails:
      "Chi phí vận chuyển và chôn lấp bùn 2024: 7,9 tỷ đồng (980.000 đồng/tấn). Giá phèn nhôm sunfat 17% đang mua: 4,6 triệu đồng/tấn. Khu đất trống nằm cạnh bể nén bùn số 2, có sẵn đường ống axit sunfuric từ trạm điều chỉnh pH.",
  },
  // 7. Cần Thơ DOST: salt-tolerant rice.
  {
    ownerKey: "agency",
    status: "PUBLISHED",
    language: "vi",
    title: "Đặt hàng chọn tạo giống lúa chịu mặn 5–6‰ cho vùng xâm nhập mặn Cần Thơ",
    problem:
      "Mùa khô 2024 mặn xâm nhập sâu vào các huyện phía nam thành phố (vùng Sóc Trăng, Hậu Giang cũ), độ mặn đo được 4–6‰ kéo dài hơn 40 ngày, khoảng 18.000 ha lúa đông xuân bị ảnh hưởng. Các giống đang trồng chỉ chịu được khoảng 3–4‰ ở giai đoạn trổ. Sở cần giống lúa thích ứng để ổn định sản xuất cho nông dân.",
    desiredOutcome:
      "Ít nhất 2 giống lúa chịu mặn 5–6‰ ở giai đoạn mạ và trổ, năng suất từ 6 tấn/ha trở lên, chất lượng gạo đạt tiêu chuẩn xuất khẩu, được công nhận lưu hành và khảo nghiệm trên 50 ha.",
    constraints:
      "Thực hiện theo hình thức nhiệm vụ khoa học đặt hàng trong tối đa 36 tháng, giống phải có quyền sử dụng cho nông dân địa phương với giá hợp lý.",
    minTrl: 3,
    budgetMinVnd: 3_000_000_000,
    budgetMaxVnd: 6_500_000_000,
    deadlineInDays: 120,
    dealTypes: ["COMMISSIONED_RESEARCH", "CO_RESEARCH"],
    fieldCodes: ["biotechnology"],
    sectorCodes: ["agriculture"],
    province: "can-tho",
    confidentialDetails:
      "Kinh phí sự nghiệp KH&CN năm 2026 dự kiến dành cho nhiệm vụ: 5,2 tỷ đồng, phần còn lại đối ứng từ doanh nghiệp giống. Danh sách 6 hợp tác xã sẵn sàng nhận khảo nghiệm và bản đồ độ mặn nội bộ theo ấp chưa công bố.",
  },
  // 8. HCMC Department of Construction: urban anti-flooding drainage.
  {
    ownerKey: "agency-hcm-construction",
    status: "PUBLISHED",
    language: "vi",
    title: "Đặt hàng giải pháp thoát nước chống ngập cho các điểm ngập do mưa kết hợp triều cường",
    problem:
      "TP. Hồ Chí Minh hiện còn khoảng 20 điểm ngập do mưa và nhiều tuyến ngập do triều cường đỉnh 1,7–1,8 m tại trạm Phú An, như Nguyễn Hữu Cảnh, Quốc lộ 13 và khu vực Thủ Đức. Mưa cường độ trên 100 mm/3 giờ vượt năng lực cống thiết kế theo tần suất cũ. Sở cần giải pháp kết hợp công trình và quản lý vận hành thông minh để giảm ngập.",
    desiredOutcome:
      "Giải pháp thí điểm (hồ điều tiết ngầm, vỉa hè thấm, trạm bơm và van ngăn triều điều khiển theo dự báo, mô hình bản sao số mạng cống) giảm ít nhất 50% thời gian ngập tại 3 điểm thí điểm.",
    constraints:
      "Thiết kế phải phù hợp TCVN 7957:2023 về thoát nước, thi công không chặn hoàn toàn tuyến giao thông chính quá 30 ngày và dữ liệu tích hợp vào trung tâm điều hành của thành phố.",
    minTrl: 6,
    budgetMinVnd: 10_000_000_000,
    budgetMaxVnd: 30_000_000_000,
    deadlineInDays: 150,
    dealTypes: ["COMMISSIONED_RESEARCH", "LICENSE"],
    fieldCodes: ["ai-digital-twin-xr", "advanced-materials"],
    sectorCodes: ["urban-infrastructure", "environment-water"],
    province: "ho-chi-minh",
    confidentialDetails:
      "Ba điểm dự kiến thí điểm: đường Nguyễn Hữu Cảnh (đoạn cầu Văn Thánh), Quốc lộ 13 (đoạn trước chợ Bình Triệu), đường Đặng Văn Bi. Vốn ngân sách bố trí năm đầu 18 tỷ đồng; đơn giá trạm bơm di động đang thuê: 45 triệu đồng/ngày.",
  },
  // 9. Đà Nẵng smart city: UAV monitoring (English).
  {
    ownerKey: "agency-dn-city",
    status: "PUBLISHED",
    language: "en",
    title: "UAV monitoring of illegal construction and coastal encroachment in Da Nang",
    problem:
      "Da Nang has more than 90 km of coastline, including the Sơn Trà peninsula and the Mỹ Khê–Non Nước beach strip, where unlicensed structures and sand encroachment are hard to detect from the ground. District inspectors currently find violations weeks after work starts, and satellite imagery is too coarse and too infrequent. The city operations centre wants regular drone surveys with automatic change detection.",
    desiredOutcome:
      "A UAV service or system that surveys priority zones every two weeks at 5 cm/pixel or better and uses AI to flag new structures and shoreline changes in the city's GIS within 48 hours.",
    constraints:
      "Flights must hold the required airspace permits, imagery must be stored on servers in Vietnam, and the solution must integrate with the existing IOC dashboard through open APIs.",
    minTrl: 7,
    budgetMinVnd: 2_500_000_000,
    budgetMaxVnd: 7_000_000_000,
    deadlineInDays: 90,
    dealTypes: ["COMMISSIONED_RESEARCH", "LICENSE", "EQUIPMENT_SHARING"],
    fieldCodes: ["aerospace", "ai-digital-twin-xr"],
    sectorCodes: ["urban-infrastructure", "environment-water"],
    province: "da-nang",
    confidentialDetails:
      "Budget line approved for 2026: 5.6 billion VND. Inspectors logged 214 coastal violations in 2024, 61% found more than 30 days late. Current satellite imagery subscription costs 780 million VND/year. List of 14 priority zones and contact in the military airspace office kept internal.",
  },
  // 10. Avian influenza vaccine (Vietnamese, matches English offers).
  {
    ownerKey: "enterprise-feed",
    status: "PUBLISHED",
    language: "vi",
    title: "Tìm vắc-xin cúm gia cầm thế hệ mới cho chuỗi trang trại gà liên kết",
    problem:
      "Ngoài thức ăn thủy sản, công ty cung cấp thức ăn và con giống cho 320 trang trại gà liên kết tại Cần Thơ, Vĩnh Long và Đồng Tháp với tổng đàn khoảng 2,4 triệu con. Các ổ dịch cúm gia cầm H5N1 và H5N6 năm qua buộc tiêu huỷ hơn 60.000 con trong chuỗi, và vắc-xin vô hoạt hiện dùng bảo hộ chưa tốt với các biến chủng mới. Chúng tôi cần vắc-xin cúm gia cầm phù hợp chủng lưu hành, dễ tiêm hoặc cho uống trên quy mô lớn.",
    desiredOutcome:
      "Một vắc-xin cúm gia cầm (vô hoạt, vector hoặc tái tổ hợp) bảo hộ trên 80% với các chủng H5 đang lưu hành tại Đồng bằng sông Cửu Long, được cấp phép lưu hành hoặc sẵn sàng khảo nghiệm tại Việt Nam.",
    constraints:
      "Giá mỗi liều tại trại không quá 1.500 đồng, bảo quản 2–8 °C và đơn vị chuyển giao phải hỗ trợ hồ sơ khảo nghiệm với Cục Thú y.",
    minTrl: 6,
    budgetMinVnd: 1_500_000_000,
    budgetMaxVnd: 6_000_000_000,
    deadlineInDays: 180,
    dealTypes: ["LICENSE", "CO_RESEARCH"],
    fieldCodes: ["biotechnology"],
    sectorCodes: ["agriculture"],
    province: "can-tho",
    confidentialDetails:
      "Thiệt hại dịch cúm trong chuỗi năm 2024: khoảng 9,3 tỷ đồng. Giá vắc-xin H5 đang mua: 1.150 đồng/liều, nhu cầu khoảng 7 triệu liều/năm. Danh sách 320 trại liên kết và kết quả giám sát huyết thanh nội bộ không công bố.",
  },
  // 11. Low budget (≤ 300 million VND): cheap salinity sensors for cooperatives.
  {
    ownerKey: "agency",
    status: "PUBLISHED",
    language: "vi",
    title: "Cảm biến đo độ mặn giá rẻ gửi cảnh báo qua Zalo/SMS cho hợp tác xã",
    problem:
      "Các hợp tác xã ven sông Hậu phải đo độ mặn thủ công bằng khúc xạ kế trước khi lấy nước vào ruộng, thường chậm vài giờ so với đỉnh mặn. Sở muốn trang bị thí điểm 20 trạm đo đơn giản tại cống lấy nước để nông dân nhận cảnh báo kịp thời. Ngân sách thí điểm rất hạn chế.",
    desiredOutcome:
      "20 trạm đo độ mặn tự động, đo mỗi 15 phút, gửi cảnh báo khi vượt 1‰ qua Zalo hoặc SMS, vận hành ổn định ít nhất 12 tháng.",
    constraints:
      "Tổng chi phí thiết bị, lắp đặt và một năm dữ liệu không quá 280 triệu đồng, dùng năng lượng mặt trời và sóng 4G sẵn có.",
    minTrl: 7,
    budgetMinVnd: 200_000_000,
    budgetMaxVnd: 280_000_000,
    deadlineInDays: 60,
    dealTypes: ["LICENSE", "KNOW_HOW"],
    fieldCodes: ["mobile-5g-6g", "ai-digital-twin-xr"],
    sectorCodes: ["agriculture", "environment-water"],
    province: "can-tho",
    confidentialDetails:
      "Nguồn vốn: kinh phí chuyển đổi số nông nghiệp còn lại năm 2025, 280 triệu đồng, phải giải ngân trước 31/12. Báo giá trạm quan trắc nhập khẩu nhận được: 65 triệu đồng/trạm, vượt ngân sách.",
  },
  // 12. Feed company: insect protein.
  {
    ownerKey: "enterprise-feed",
    status: "PUBLISHED",
    language: "vi",
    title: "Thay thế bột cá bằng protein côn trùng (ruồi lính đen) trong thức ăn tôm, cá tra",
    problem:
      "Nhà máy tại Cần Thơ sản xuất khoảng 180.000 tấn thức ăn thủy sản/năm, dùng khoảng 14.000 tấn bột cá, trong đó 60% nhập khẩu từ Peru và Ấn Độ với giá biến động mạnh. Khách hàng xuất khẩu tôm, cá tra sang EU yêu cầu giảm phụ thuộc bột cá đánh bắt. Chúng tôi cần nguồn protein thay thế ổn định, sản xuất tại chỗ từ phụ phẩm nông nghiệp.",
    desiredOutcome:
      "Công nghệ nuôi ấu trùng ruồi lính đen quy mô công nghiệp (tối thiểu 20 tấn bột/tháng, protein thô ≥ 50%) thay được 30% bột cá mà không giảm tăng trọng và FCR của tôm, cá.",
    constraints:
      "Sản phẩm phải đạt QCVN 02-31-1:2019/BNNPTNT về thức ăn thủy sản, giá thành bột côn trùng không vượt 90% giá bột cá 65% đạm và cơ sở nuôi không gây mùi cho khu dân cư lân cận.",
    minTrl: 6,
    budgetMinVnd: 3_000_000_000,
    budgetMaxVnd: 9_000_000_000,
    deadlineInDays: 180,
    dealTypes: ["LICENSE", "KNOW_HOW", "CO_RESEARCH"],
    fieldCodes: ["biotechnology"],
    sectorCodes: ["aquaculture-fisheries", "agriculture"],
    province: "can-tho",
    confidentialDetails:
      "Giá bột cá 65% đạm nhập khẩu hiện tại: 38.500 đồng/kg; bột cá nội địa 60% đạm: 29.000 đồng/kg. Nguồn phụ phẩm sẵn có: 35 tấn/ngày bã đậu và vỏ trái cây từ hai nhà máy đối tác. Khu đất 1,2 ha tại cụm công nghiệp Thốt Nốt đã được công ty thuê.",
  },
  // 13. Feed company: shrimp disease control (English).
  {
    ownerKey: "enterprise-feed",
    status: "PUBLISHED",
    language: "en",
    title: "Feed-delivered control of EHP and AHPND in whiteleg shrimp farms",
    problem:
      "Our shrimp-feed customers in Cà Mau and Cần Thơ lose 25–35% of crops to early mortality syndrome (AHPND) and slow growth from Enterocytozoon hepatopenaei (EHP). Farmers rely on antibiotics and disinfectants that threaten export residue limits. We want a functional feed additive (probiotics, phage, plant extracts or immunostimulants) that we can build into our premium feed line.",
    desiredOutcome:
      "An additive that raises survival by at least 15 percentage points in pond trials and reduces EHP prevalence, proven in at least two crops on commercial farms in the Mekong Delta.",
    constraints:
      "The additive must withstand pelleting at 85–90 °C, add no more than 1,200 VND per kg of feed, and contain no antibiotic on the banned list for export shrimp.",
    minTrl: 5,
    budgetMinVnd: 1_000_000_000,
    budgetMaxVnd: 5_000_000_000,
    deadlineInDays: 150,
    dealTypes: ["LICENSE", "CO_RESEARCH"],
    fieldCodes: ["biotechnology"],
    sectorCodes: ["aquaculture-fisheries"],
    province: "ca-mau",
    confidentialDetails:
      "Premium shrimp feed volume 2024: 42,000 tonnes at 33,500 VND/kg ex-works. Current probiotic supplier (Thai) charges USD 14/kg, dosed at 2 kg/tonne. Six partner farms (48 ponds) in Cà Mau are available for trials from the next dry-season crop.",
  },
  // 14. Cement plant: predictive maintenance (English).
  {
    ownerKey: "enterprise-cement",
    status: "PUBLISHED",
    language: "en",
    title: "AI predictive maintenance for kiln drive, clinker cooler and raw mill",
    problem:
      "Unplanned stops of our kiln line caused about 310 hours of downtime last year, mostly from kiln-tyre and girth-gear problems, cooler grate failures and raw-mill vibration. Each hour of kiln stoppage costs roughly 200 tonnes of clinker plus restart fuel. Our maintenance is still time-based and relies on manual vibration rounds.",
    desiredOutcome:
      "A condition-monitoring and AI prediction system that warns at least 72 hours before critical failures and cuts unplanned kiln downtime by 40% within the first year.",
    constraints:
      "The system must connect read-only to our existing DCS and historian without changing control logic, and run on servers on site.",
    minTrl: 7,
    budgetMinVnd: 2_000_000_000,
    budgetMaxVnd: 6_000_000_000,
    deadlineInDays: 120,
    dealTypes: ["LICENSE", "KNOW_HOW"],
    fieldCodes: ["ai-digital-twin-xr", "robotics-automation"],
    sectorCodes: ["construction-materials", "manufacturing"],
    province: "ninh-binh",
    confidentialDetails:
      "Cost of unplanned downtime 2024: about 46 billion VND. DCS vendor and version, historian tag list (about 6,500 tags) and the spare-parts contract with the kiln OEM are internal. A vendor quote for a full APM package was 9.5 billion VND, above budget.",
  },
  // 15. Water company: textile dyeing wastewater.
  {
    ownerKey: "ent-water",
    status: "PUBLISHED",
    language: "vi",
    title: "Xử lý màu và COD nước thải dệt nhuộm tại trạm xử lý tập trung khu công nghiệp",
    problem:
      "Công ty vận hành trạm xử lý nước thải tập trung 8.000 m³/ngày cho một khu công nghiệp tại Hải Phòng, trong đó 55% lưu lượng đến từ các nhà máy dệt nhuộm. Độ màu đầu vào 600–900 Pt-Co và COD khó phân huỷ khiến nước ra nhiều lần vượt giới hạn cột A, công ty đã bị nhắc nhở trong đợt thanh tra gần nhất. Hoá chất khử màu đang dùng rất tốn kém.",
    desiredOutcome:
      "Công nghệ bổ sung (oxy hoá nâng cao, keo tụ điện hoá, màng hoặc vi sinh chuyên biệt) đưa nước thải đạt QCVN 40:2011/BTNMT cột A với độ màu dưới 50 Pt-Co, ổn định trong 6 tháng vận hành thử.",
    constraints:
      "Lắp ghép được vào dây chuyền hiện có trên diện tích tối đa 600 m², chi phí vận hành tăng thêm không quá 3.500 đồng/m³ và không phát sinh bùn nguy hại khó xử lý.",
    minTrl: 6,
    budgetMinVnd: 5_000_000_000,
    budgetMaxVnd: 15_000_000_000,
    deadlineInDays: 150,
    dealTypes: ["LICENSE", "KNOW_HOW"],
    fieldCodes: ["advanced-materials", "biotechnology"],
    sectorCodes: ["environment-water", "textiles-footwear"],
    province: "hai-phong",
    confidentialDetails:
      "Chi phí hoá chất khử màu năm 2024: 6,2 tỷ đồng (giá chất khử màu gốc polyamine 38.000 đồng/kg). Phí xử lý thu từ doanh nghiệp dệt nhuộm: 14.500 đồng/m³. Mặt bằng trống nằm giữa bể aerotank số 2 và bể khử trùng.",
  },
  // 16. Refinery: OT cybersecurity (English).
  {
    ownerKey: "ent-refinery",
    status: "PUBLISHED",
    language: "en",
    title: "OT/ICS cybersecurity monitoring for refinery control systems",
    problem:
      "Our refinery runs about 40 control and safety systems (DCS, SIS, PLC-based packages) from several vendors, many on outdated Windows versions that cannot be patched during the 4-year turnaround cycle. The system is classified as level 5 critical information system under Decree 85/2016/ND-CP and we lack visibility of traffic in the OT network. We need passive monitoring and anomaly detection suited to industrial protocols.",
    desiredOutcome:
      "A passive OT network monitoring solution that inventories all assets, detects anomalies on Modbus, OPC and vendor protocols, and feeds alerts to our SOC, aligned with IEC 62443 and TCVN 11930:2017.",
    constraints:
      "No active scanning or agents on control hosts, all data kept on premises in Vietnam, and a local team able to provide 24/7 support in Vietnamese.",
    minTrl: 8,
    budgetMinVnd: 6_000_000_000,
    budgetMaxVnd: 18_000_000_000,
    deadlineInDays: 180,
    dealTypes: ["LICENSE", "EXPERT_SECONDMENT"],
    fieldCodes: ["cybersecurity"],
    sectorCodes: ["energy-utilities", "chemicals"],
    province: "quang-ngai",
    confidentialDetails:
      "Network diagram, IP plan and list of unpatched hosts (about 120 Windows XP/7 machines) are shared only under NDA. Last external OT audit (2023) found 37 high-risk findings, 22 still open. Current IT SOC contract: 4.2 billion VND/year.",
  },
  // 17. Feed company: delivery logistics.
  {
    ownerKey: "enterprise-feed",
    status: "PUBLISHED",
    language: "vi",
    title: "Tối ưu tuyến giao thức ăn thủy sản bằng xe tải và sà lan cho 650 đại lý",
    problem:
      "Mỗi tháng công ty giao khoảng 15.000 tấn thức ăn tới 650 đại lý và trại nuôi ở Đồng bằng sông Cửu Long bằng 42 xe tải và 9 sà lan thuê ngoài. Lập tuyến hiện vẫn làm bằng Excel, tỷ lệ xe chạy rỗng chiều về khoảng 35% và nhiều đơn hàng trễ vào mùa thả giống. Chi phí vận chuyển chiếm gần 6% giá bán.",
    desiredOutcome:
      "Phần mềm lập kế hoạch và điều phối vận tải đa phương thức (đường bộ, đường thủy) giảm ít nhất 12% chi phí vận chuyển trên mỗi tấn và đạt 95% đơn giao đúng hẹn.",
    constraints:
      "Phần mềm phải tích hợp với ERP hiện có, chạy trên điện thoại của tài xế và tính được mực nước, giờ thủy triều trên các tuyến kênh.",
    minTrl: 7,
    budgetMinVnd: 800_000_000,
    budgetMaxVnd: 2_500_000_000,
    deadlineInDays: 90,
    dealTypes: ["LICENSE", "KNOW_HOW"],
    fieldCodes: ["ai-digital-twin-xr", "cloud-quantum-bigdata"],
    sectorCodes: ["logistics-transport", "aquaculture-fisheries"],
    province: "can-tho",
    confidentialDetails:
      "Chi phí vận chuyển 2024: 118 tỷ đồng; đơn giá thuê sà lan 185.000 đồng/tấn tuyến Cần Thơ – Cà Mau. Hệ thống ERP đang dùng và cấu trúc dữ liệu đơn hàng chỉ chia sẻ khi ký NDA.",
  },
  // 18. Cần Thơ DOST: fruit post-harvest processing.
  {
    ownerKey: "agency",
    status: "PUBLISHED",
    language: "vi",
    title: "Công nghệ bảo quản và chế biến sâu sầu riêng, xoài cho hợp tác xã Cần Thơ",
    problem:
      "Cần Thơ và vùng lân cận thu hoạch hàng chục nghìn tấn sầu riêng, xoài mỗi năm nhưng tổn thất sau thu hoạch ước 20–25% do thiếu kho lạnh và công nghệ chế biến. Vào chính vụ, giá trái loại 2 giảm mạnh, nông dân phải bán tháo. Sở muốn hỗ trợ các hợp tác xã tiếp nhận công nghệ chế biến phù hợp quy mô nhỏ.",
    desiredOutcome:
      "Chuyển giao mô hình sấy thăng hoa hoặc cấp đông nhanh IQF kèm quy trình chế biến (cơm sầu riêng đông lạnh, xoài sấy dẻo) công suất 1–2 tấn nguyên liệu/ngày đạt chuẩn HACCP.",
    constraints:
      "Thiết bị phải do hợp tác xã vận hành được sau 2 tuần đào tạo, tiêu thụ điện hợp lý và có hỗ trợ bảo trì tại Đồng bằng sông Cửu Long.",
    minTrl: 7,
    budgetMinVnd: 1_500_000_000,
    budgetMaxVnd: 4_000_000_000,
    deadlineInDays: 120,
    dealTypes: ["LICENSE", "KNOW_HOW", "EQUIPMENT_SHARING"],
    fieldCodes: ["energy", "robotics-automation"],
    sectorCodes: ["food-processing", "agriculture"],
    province: "can-tho",
    confidentialDetails:
      "Nguồn vốn: chương trình hỗ trợ chuyển giao công nghệ cho hợp tác xã giai đoạn 2026–2027, tối đa 70% giá trị thiết bị. Ba hợp tác xã đề xuất tại Phong Điền, Cờ Đỏ và Châu Thành đã có mặt bằng 300–500 m².",
  },
  // 19. Tyre maker: energy efficiency in curing (English).
  {
    ownerKey: "ent-tyre",
    status: "PUBLISHED",
    language: "en",
    title: "Cut steam and electricity use in tyre curing and mixing lines",
    problem:
      "Our Đồng Nai plant uses about 95,000 tonnes of steam and 68 GWh of electricity a year; curing presses alone take 60% of the steam, and condensate return is only about 45%. We burn rice husk and coal in two boilers and are now on the list of key energy users that must cut energy intensity each year. We need proven retrofits for the curing presses, steam network and internal mixers.",
    desiredOutcome:
      "Retrofit solutions that reduce energy per tonne of tyres by at least 15%, with measured savings verified by an independent energy audit.",
    constraints:
      "Work must fit into planned weekend stops, payback must be under 3 years, and we prefer an ESCO or shared-savings contract.",
    minTrl: 8,
    budgetMinVnd: 4_000_000_000,
    budgetMaxVnd: 20_000_000_000,
    deadlineInDays: 120,
    dealTypes: ["LICENSE", "KNOW_HOW"],
    fieldCodes: ["energy", "robotics-automation"],
    sectorCodes: ["manufacturing", "energy-utilities"],
    province: "dong-nai",
    confidentialDetails:
      "Energy bill 2024: 214 billion VND (steam cost about 690,000 VND/tonne; average electricity price 1,950 VND/kWh). 148 curing presses, of which 60 are hydraulic presses over 15 years old. The latest energy audit report is available under NDA.",
  },
  // 20. Feed company: blockchain traceability (English).
  {
    ownerKey: "enterprise-feed",
    status: "PUBLISHED",
    language: "en",
    title: "Traceability from feed mill to export shrimp and pangasius buyers",
    problem:
      "EU and US buyers of shrimp and pangasius increasingly ask for proof of feed origin, deforestation-free soy and the absence of banned antibiotics, batch by batch. Our feed batches, farm deliveries and customers' pond records sit in separate systems and paper logbooks. We need a traceability platform linking raw materials, feed lots and harvested ponds.",
    desiredOutcome:
      "A traceability system (blockchain or a comparable tamper-evident ledger) that lets a processor scan a lot code and see the feed lots and raw-material origin, and that supports ASC and BAP audits.",
    constraints:
      "Farmers must be able to record data on cheap Android phones with weak signal, and the platform must follow Vietnam's personal data protection rules.",
    minTrl: 7,
    budgetMinVnd: 1_000_000_000,
    budgetMaxVnd: 3_500_000_000,
    deadlineInDays: 120,
    dealTypes: ["LICENSE", "CO_RESEARCH"],
    fieldCodes: ["blockchain-traceability", "cloud-quantum-bigdata"],
    sectorCodes: ["aquaculture-fisheries", "logistics-transport"],
    province: "can-tho",
    confidentialDetails:
      "Three processors (two in Cà Mau, one in Đồng Tháp) have asked for the data; one EU retailer contract worth about USD 12 million depends on it. Soy meal is bought from two US and one Argentine supplier; supplier names and prices are internal.",
  },
  // 21. Water company: non-revenue water (English).
  {
    ownerKey: "ent-water",
    status: "PUBLISHED",
    language: "en",
    title: "Smart metering and leak detection to reduce non-revenue water",
    problem:
      "Non-revenue water in our Hải Phòng network is about 17%, or roughly 20,000 m³ a day lost through leaks, meter errors and illegal connections. Many of the 2,100 km of pipes are old cast iron and PVC, and leaks are found only when they surface. We want to divide the network into district metered areas (DMAs) with smart meters and acoustic or pressure-based leak detection.",
    desiredOutcome:
      "A pilot covering 10 DMAs (about 25,000 connections) that cuts non-revenue water in the pilot area to below 12% within 12 months.",
    constraints:
      "Meters and loggers must run at least 8 years on battery over NB-IoT or LoRaWAN, and data must flow into our existing GIS and billing system.",
    minTrl: 7,
    budgetMinVnd: 8_000_000_000,
    budgetMaxVnd: 22_000_000_000,
    deadlineInDays: 200,
    dealTypes: ["LICENSE", "EQUIPMENT_SHARING"],
    fieldCodes: ["mobile-5g-6g", "ai-digital-twin-xr"],
    sectorCodes: ["environment-water", "urban-infrastructure"],
    province: "hai-phong",
    confidentialDetails:
      "Production cost of treated water 6,800 VND/m³; average tariff 11,200 VND/m³. Loss in the pilot area (old Lê Chân and Ngô Quyền districts) estimated at 24%. Current mechanical meter price: 420,000 VND each from a domestic supplier.",
  },
  // 22. Đà Nẵng smart city: coastal water quality monitoring.
  {
    ownerKey: "agency-dn-city",
    status: "PUBLISHED",
    language: "vi",
    title: "Quan trắc tự động chất lượng nước biển ven bờ cho các bãi tắm Đà Nẵng",
    problem:
      "Sau mưa lớn, nước thải từ các cửa xả dọc bờ biển Mỹ Khê, Phạm Văn Đồng thường gây ô nhiễm vi sinh cục bộ, ảnh hưởng hình ảnh du lịch thành phố. Hiện việc lấy mẫu thủ công chỉ thực hiện 2 lần/tháng và kết quả có sau 3–5 ngày. Trung tâm cần hệ thống quan trắc gần thời gian thực để cảnh báo du khách.",
    desiredOutcome:
      "Mạng lưới 12 phao hoặc trạm quan trắc tự động (độ đục, độ mặn, DO, chỉ thị vi sinh) truyền dữ liệu về trung tâm điều hành mỗi 10 phút và hiển thị cảnh báo trên ứng dụng du lịch của thành phố.",
    constraints:
      "Thiết bị phải chịu được bão cấp 10 và môi trường nước mặn, dữ liệu theo định dạng của hệ thống quan trắc môi trường quốc gia và so sánh được với QCVN 10:2023/BTNMT.",
    minTrl: 6,
    budgetMinVnd: 3_000_000_000,
    budgetMaxVnd: 8_000_000_000,
    deadlineInDays: 150,
    dealTypes: ["LICENSE", "COMMISSIONED_RESEARCH"],
    fieldCodes: ["mobile-5g-6g", "ai-digital-twin-xr"],
    sectorCodes: ["environment-water", "tourism-services"],
    province: "da-nang",
    confidentialDetails:
      "Năm 2024 ghi nhận 9 lần vượt ngưỡng coliform tại 4 bãi tắm, chưa công bố đầy đủ. Chi phí lấy mẫu thủ công hiện tại: 1,1 tỷ đồng/năm. Vị trí 23 cửa xả và lịch nâng cấp hệ thống thu gom là tài liệu nội bộ.",
  },
  // 23. HCMC construction (DRAFT): dredged sludge to building materials.
  {
    ownerKey: "agency-hcm-construction",
    status: "DRAFT",
    language: "vi",
    title: "Tái chế bùn nạo vét kênh rạch thành vật liệu san lấp và gạch không nung",
    problem:
      "Mỗi năm thành phố nạo vét khoảng 400.000 m³ bùn từ các kênh Nhiêu Lộc – Thị Nghè, Tàu Hủ – Bến Nghé, Tân Hóa – Lò Gốm và đang thiếu bãi chứa. Đồng thời các công trình hạ tầng thiếu cát san lấp do nguồn cát sông bị hạn chế khai thác. Sở cần công nghệ xử lý bùn thành vật liệu xây dựng an toàn.",
    desiredOutcome:
      "Quy trình ổn định hoá bùn thành vật liệu san lấp hoặc gạch không nung đạt TCVN 6477:2016, xử lý thí điểm 20.000 m³ bùn.",
    constraints:
      "Sản phẩm phải kiểm soát kim loại nặng theo ngưỡng chất thải nguy hại và chi phí xử lý không vượt chi phí vận chuyển, chôn lấp hiện tại.",
    minTrl: 5,
    budgetMinVnd: 2_000_000_000,
    budgetMaxVnd: 9_000_000_000,
    deadlineInDays: null,
    dealTypes: ["COMMISSIONED_RESEARCH", "CO_RESEARCH"],
    fieldCodes: ["advanced-materials"],
    sectorCodes: ["construction-materials", "environment-water"],
    province: "ho-chi-minh",
    confidentialDetails:
      "Chi phí vận chuyển, đổ thải bùn nạo vét hiện tại: 210.000–260.000 đồng/m³. Bãi chứa tạm tại Bình Chánh còn sức chứa khoảng 6 tháng. Đề xuất ngân sách chưa được UBND thành phố phê duyệt.",
  },
  // 24. Cement plant: dust and NOx emissions.
  {
    ownerKey: "enterprise-cement",
    status: "PUBLISHED",
    language: "vi",
    title: "Giảm phát thải NOx và bụi ống khói lò nung xi măng",
    problem:
      "Kết quả quan trắc tự động cho thấy NOx tại ống khói lò nung dao động 850–1.100 mg/Nm³ và bụi 40–60 mg/Nm³ khi lọc bụi tĩnh điện vận hành không ổn định. Khi đồng xử lý chất thải theo QCVN 41:2010/BTNMT, yêu cầu về khí thải còn chặt hơn. Nhà máy cần giải pháp giảm phát thải trước khi mở rộng đồng xử lý.",
    desiredOutcome:
      "Hệ thống SNCR hoặc giải pháp tương đương giảm NOx xuống dưới 500 mg/Nm³, kèm cải tạo lọc bụi (chuyển sang lọc bụi túi vải hoặc lai) đưa bụi dưới 30 mg/Nm³ ổn định.",
    constraints:
      "Lượng tiêu hao urê hoặc amoniac phải hợp lý (không quá 3 kg/tấn clinker), không làm tăng suất tiêu hao nhiệt và thi công trong đợt dừng lò.",
    minTrl: 8,
    budgetMinVnd: 12_000_000_000,
    budgetMaxVnd: 28_000_000_000,
    deadlineInDays: 240,
    dealTypes: ["LICENSE", "KNOW_HOW"],
    fieldCodes: ["advanced-materials", "energy"],
    sectorCodes: ["construction-materials", "environment-water"],
    province: "ninh-binh",
    confidentialDetails:
      "Bị xử phạt hành chính một lần năm 2024 vì vượt chuẩn bụi (mức phạt 320 triệu đồng). Báo giá SNCR từ một nhà cung cấp châu Âu: 1,05 triệu EUR. Giá urê kỹ thuật đang mua: 11.200 đồng/kg. Lọc bụi tĩnh điện hiện có 3 trường, lắp đặt năm 2009.",
  },
  // 25. Pharma (DRAFT, English): automated visual inspection.
  {
    ownerKey: "ent-pharma",
    status: "DRAFT",
    language: "en",
    title: "Machine-vision inspection of capsules and blister packs",
    problem:
      "Our packaging lines produce about 1.2 million capsules and 80,000 blisters per shift, and defects (split capsules, missing tablets, wrong prints) are checked by 24 operators by eye. Customer complaints about packaging defects rose to 14 cases last year, and GMP inspectors asked us to improve inspection records.",
    desiredOutcome:
      "An inline machine-vision system that detects at least 99.5% of defined defects at line speed and keeps electronic inspection records that meet data-integrity requirements.",
    constraints:
      "Must retrofit onto our existing blister machines without slowing them, and be validated (IQ/OQ/PQ) together with our QA team.",
    minTrl: 7,
    budgetMinVnd: 1_500_000_000,
    budgetMaxVnd: 5_000_000_000,
    deadlineInDays: null,
    dealTypes: ["LICENSE", "EQUIPMENT_SHARING"],
    fieldCodes: ["robotics-automation", "ai-digital-twin-xr"],
    sectorCodes: ["health-pharma", "manufacturing"],
    province: "bac-ninh",
    confidentialDetails:
      "Labour cost of manual inspection: about 3.1 billion VND/year. Blister machine models and line layout (4 lines in building A) are internal. A German supplier quoted 2.4 billion VND per line, above budget for all four lines.",
  },
];
