export type TaxonomyEntry = { code: string; vi: string; en: string; synonyms: string[] };

// The 11 strategic technology groups of Decision 1131/QĐ-TTg (12 June 2025), in the decision's order.
// Decision 21/2026/QĐ-TTg replaced that list from 1 July 2026; the codes stay as they are because stored
// listings reference them, so any regrouping should be mapped onto these codes rather than renaming them.
// Synonyms mix accented and unaccented Vietnamese, English and abbreviations because users type all of them.
export const TECHNOLOGY_FIELDS: TaxonomyEntry[] = [
  {
    code: "ai-digital-twin-xr",
    vi: "Trí tuệ nhân tạo, bản sao số, thực tế ảo/thực tế tăng cường",
    en: "Artificial intelligence, digital twins, virtual and augmented reality",
    synonyms: ["trí tuệ nhân tạo", "tri tue nhan tao", "AI", "học máy", "machine learning", "NLP", "bản sao số", "digital twin", "VR", "AR"],
  },
  {
    code: "cloud-quantum-bigdata",
    vi: "Điện toán đám mây, lượng tử, dữ liệu lớn",
    en: "Cloud computing, quantum technologies and big data",
    synonyms: ["điện toán đám mây", "dien toan dam may", "cloud", "điện toán lượng tử", "quantum computing", "dữ liệu lớn", "du lieu lon", "big data", "trung tâm dữ liệu", "data center"],
  },
  {
    code: "blockchain-traceability",
    vi: "Chuỗi khối (blockchain)",
    en: "Blockchain",
    synonyms: ["blockchain", "chuỗi khối", "chuoi khoi", "truy xuất nguồn gốc", "truy xuat nguon goc", "traceability", "sổ cái phân tán", "distributed ledger", "tài sản số", "smart contract"],
  },
  {
    code: "mobile-5g-6g",
    vi: "Mạng di động thế hệ sau (5G/6G)",
    en: "Next-generation mobile networks (5G/6G)",
    synonyms: ["5G", "6G", "mạng di động", "mang di dong", "viễn thông", "vien thong", "telecommunications", "Open RAN", "ORAN", "wireless"],
  },
  {
    code: "robotics-automation",
    vi: "Robot và tự động hóa",
    en: "Robotics and automation",
    synonyms: ["robot", "rô-bốt", "robotics", "tự động hóa", "tự động hoá", "tu dong hoa", "automation", "robot công nghiệp", "industrial robot", "AMR"],
  },
  {
    code: "semiconductors",
    vi: "Chip bán dẫn",
    en: "Semiconductor chips",
    synonyms: ["bán dẫn", "ban dan", "semiconductor", "chip", "vi mạch", "vi mach", "IC", "integrated circuit", "thiết kế vi mạch", "chip design"],
  },
  {
    // Groups 7–10 as named in the decision; a press source confirms the small modular reactor
    // (SMR) sits in the list, hence "and nuclear" in group 7.
    code: "energy",
    vi: "Năng lượng và hạt nhân tiên tiến",
    en: "Advanced energy and nuclear technologies",
    synonyms: ["năng lượng tái tạo", "nang luong tai tao", "renewable energy", "điện mặt trời", "solar", "điện gió", "hydrogen", "lưu trữ năng lượng", "điện hạt nhân", "nuclear power"],
  },
  {
    code: "advanced-materials",
    vi: "Vật liệu tiên tiến",
    en: "Advanced materials",
    synonyms: ["vật liệu mới", "vat lieu moi", "vat lieu tien tien", "new materials", "vật liệu nano", "nanomaterials", "composite", "đất hiếm", "rare earths"],
  },
  {
    code: "biotechnology",
    vi: "Công nghệ sinh học tiên tiến",
    en: "Advanced biotechnology",
    synonyms: ["công nghệ sinh học", "cong nghe sinh hoc", "CNSH", "biotech", "y sinh", "biomedical", "vắc-xin", "vaccine", "công nghệ gen", "genomics"],
  },
  {
    code: "aerospace",
    vi: "Hàng không, vũ trụ",
    en: "Aviation and space",
    synonyms: ["hàng không", "hang khong", "vũ trụ", "vu tru", "aerospace", "UAV", "drone", "thiết bị bay không người lái", "vệ tinh", "satellite"],
  },
  {
    code: "cybersecurity",
    vi: "An ninh mạng",
    en: "Cybersecurity",
    synonyms: ["an ninh mạng", "an ninh mang", "an toàn thông tin", "an toan thong tin", "ATTT", "bảo mật", "bao mat", "cyber security", "information security", "mã hóa"],
  },
];

// Broad application sectors: where a technology is used, as opposed to what it is.
export const SECTORS: TaxonomyEntry[] = [
  {
    code: "agriculture",
    vi: "Nông nghiệp",
    en: "Agriculture",
    synonyms: ["nông nghiệp", "nong nghiep", "trồng trọt", "chăn nuôi", "giống cây trồng", "nông nghiệp công nghệ cao", "agritech", "farming", "livestock", "crops"],
  },
  {
    code: "aquaculture-fisheries",
    vi: "Thủy sản",
    en: "Aquaculture and fisheries",
    synonyms: ["thủy sản", "thuỷ sản", "thuy san", "nuôi trồng thủy sản", "nuôi tôm", "aquaculture", "fisheries", "shrimp farming", "hải sản", "seafood"],
  },
  {
    code: "forestry",
    vi: "Lâm nghiệp",
    en: "Forestry",
    synonyms: ["lâm nghiệp", "lam nghiep", "trồng rừng", "rừng", "gỗ", "lâm sản", "forestry", "forest", "timber", "wood processing"],
  },
  {
    code: "food-processing",
    vi: "Chế biến thực phẩm",
    en: "Food processing",
    synonyms: ["chế biến thực phẩm", "che bien thuc pham", "thực phẩm", "sau thu hoạch", "bảo quản nông sản", "food processing", "food technology", "post-harvest", "food safety", "đồ uống"],
  },
  {
    code: "health-pharma",
    vi: "Y tế và dược phẩm",
    en: "Health and pharmaceuticals",
    synonyms: ["y tế", "y te", "dược phẩm", "duoc pham", "dược liệu", "thiết bị y tế", "medical devices", "pharmaceuticals", "healthcare", "diagnostics"],
  },
  {
    code: "environment-water",
    vi: "Môi trường và nước",
    en: "Environment and water",
    synonyms: ["môi trường", "moi truong", "xử lý nước thải", "xu ly nuoc thai", "wastewater treatment", "nước sạch", "clean water", "chất thải rắn", "solid waste", "biến đổi khí hậu"],
  },
  {
    code: "construction-materials",
    vi: "Xây dựng và vật liệu xây dựng",
    en: "Construction and building materials",
    synonyms: ["xây dựng", "xay dung", "vật liệu xây dựng", "vat lieu xay dung", "VLXD", "xi măng", "bê tông", "cement", "concrete", "construction"],
  },
  {
    code: "energy-utilities",
    vi: "Điện, năng lượng và tiện ích",
    en: "Energy and utilities",
    synonyms: ["điện lực", "dien luc", "lưới điện", "power grid", "tiết kiệm năng lượng", "energy efficiency", "dầu khí", "oil and gas", "utilities", "power plant"],
  },
  {
    code: "chemicals",
    vi: "Hóa chất",
    en: "Chemicals",
    synonyms: ["hóa chất", "hoá chất", "hoa chat", "phân bón", "fertilizer", "hóa dầu", "petrochemicals", "chemical industry", "nhựa", "plastics"],
  },
  {
    code: "manufacturing",
    vi: "Công nghiệp chế biến, chế tạo",
    en: "Manufacturing",
    synonyms: ["chế tạo", "che tao", "cơ khí", "co khi", "cơ khí chính xác", "mechanical engineering", "công nghiệp hỗ trợ", "supporting industries", "điện tử", "electronics"],
  },
  {
    code: "textiles-footwear",
    vi: "Dệt may và da giày",
    en: "Textiles, garments and footwear",
    synonyms: ["dệt may", "det may", "da giày", "da giay", "may mặc", "garments", "textiles", "footwear", "leather", "sợi"],
  },
  {
    code: "logistics-transport",
    vi: "Logistics và giao thông vận tải",
    en: "Logistics and transport",
    synonyms: ["logistics", "vận tải", "van tai", "giao thông vận tải", "chuỗi cung ứng", "supply chain", "cảng biển", "seaport", "kho bãi", "warehousing"],
  },
  {
    code: "urban-infrastructure",
    vi: "Đô thị và hạ tầng",
    en: "Urban development and infrastructure",
    synonyms: ["đô thị thông minh", "do thi thong minh", "smart city", "hạ tầng", "ha tang", "infrastructure", "quy hoạch đô thị", "urban planning", "cấp thoát nước", "đường sắt đô thị"],
  },
  {
    code: "mining-metallurgy",
    vi: "Khai khoáng và luyện kim",
    en: "Mining and metallurgy",
    synonyms: ["khai khoáng", "khai khoang", "khai thác mỏ", "khoáng sản", "mining", "luyện kim", "luyen kim", "metallurgy", "thép", "steel"],
  },
  {
    code: "ict",
    vi: "Công nghệ thông tin và truyền thông",
    en: "Information and communication technology",
    synonyms: ["CNTT", "công nghệ thông tin", "cong nghe thong tin", "ICT", "IT", "phần mềm", "software", "IoT", "chuyển đổi số", "digital transformation"],
  },
  {
    code: "finance",
    vi: "Tài chính, ngân hàng",
    en: "Finance and banking",
    synonyms: ["tài chính", "tai chinh", "ngân hàng", "ngan hang", "fintech", "banking", "bảo hiểm", "insurance", "thanh toán số", "digital payments"],
  },
  {
    code: "education",
    vi: "Giáo dục và đào tạo",
    en: "Education and training",
    synonyms: ["giáo dục", "giao duc", "đào tạo", "dao tao", "edtech", "e-learning", "học trực tuyến", "education", "training", "giáo dục nghề nghiệp"],
  },
  {
    code: "tourism-services",
    vi: "Du lịch và dịch vụ",
    en: "Tourism and services",
    synonyms: ["du lịch", "du lich", "lữ hành", "khách sạn", "tourism", "hospitality", "dịch vụ", "dich vu", "thương mại", "retail"],
  },
];
