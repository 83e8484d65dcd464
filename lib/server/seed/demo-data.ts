import "server-only";

export const DEMO_PASSWORD = "Helix-demo-2026";

type DemoOrg = {
  key: string;
  name: string;
  kind: "UNIVERSITY" | "RESEARCH_INSTITUTE" | "ENTERPRISE" | "INTERMEDIARY" | "GOVERNMENT_AGENCY";
  province: string;
  website: string;
  description: string;
  verified: boolean;
  intermediaryType?: "TECHNOLOGY_EXCHANGE";
  servedRegions?: string[];
  servedFields?: string[];
  user: { name: string; email: string };
};

// Realistic but fictional: names and addresses read like Vietnamese organisations; the
// emails are on a demo domain.
export const DEMO_ORGANIZATIONS: DemoOrg[] = [
  {
    key: "institute",
    name: "Viện Công nghệ Sinh học Nông nghiệp Bắc Bộ",
    kind: "RESEARCH_INSTITUTE",
    province: "ha-noi",
    website: "https://vcnshbb.example.vn",
    description: "Nghiên cứu giống cây trồng kháng bệnh, chế phẩm vi sinh và vắc-xin thú y.",
    verified: true,
    user: { name: "TS. Nguyễn Văn An", email: "vien@demo.helix.vn" },
  },
  {
    key: "university",
    name: "Trường Đại học Kỹ thuật Đà Nẵng",
    kind: "UNIVERSITY",
    province: "da-nang",
    website: "https://dhkt-dn.example.vn",
    description: "Phòng thí nghiệm tự động hoá, vật liệu xây dựng và năng lượng tái tạo.",
    verified: true,
    user: { name: "PGS.TS. Trần Thị Bình", email: "truong@demo.helix.vn" },
  },
  {
    key: "enterprise-feed",
    name: "Công ty CP Thức ăn Chăn nuôi Mê Kông",
    kind: "ENTERPRISE",
    province: "can-tho",
    website: "https://mekongfeed.example.vn",
    description: "Sản xuất thức ăn thuỷ sản cho vùng Đồng bằng sông Cửu Long.",
    verified: true,
    user: { name: "Lê Minh Châu", email: "doanhnghiep@demo.helix.vn" },
  },
  {
    key: "enterprise-cement",
    name: "Công ty CP Xi măng Hoa Lư",
    kind: "ENTERPRISE",
    province: "ninh-binh",
    website: "https://ximanghoalu.example.vn",
    description: "Nhà máy xi măng lò quay 1,2 triệu tấn/năm, đang tìm giải pháp giảm tiêu hao than.",
    verified: false,
    user: { name: "Phạm Quốc Dũng", email: "nhamay@demo.helix.vn" },
  },
  {
    key: "exchange",
    name: "Sàn Giao dịch Công nghệ miền Trung",
    kind: "INTERMEDIARY",
    province: "da-nang",
    website: "https://techmart-mientrung.example.vn",
    description: "Kết nối viện, trường với doanh nghiệp miền Trung – Tây Nguyên.",
    verified: true,
    intermediaryType: "TECHNOLOGY_EXCHANGE",
    servedRegions: ["da-nang", "hue", "quang-tri", "quang-ngai", "gia-lai", "dak-lak"],
    servedFields: ["agriculture", "energy", "manufacturing"],
    user: { name: "Hoàng Thu Hà", email: "sangiaodich@demo.helix.vn" },
  },
  {
    key: "agency",
    name: "Sở Khoa học và Công nghệ Cần Thơ",
    kind: "GOVERNMENT_AGENCY",
    province: "can-tho",
    website: "https://sokhcn-cantho.example.vn",
    description: "Đặt hàng nhiệm vụ KH&CN cho nông nghiệp thích ứng biến đổi khí hậu.",
    verified: true,
    user: { name: "Võ Thành Long", email: "so-khcn@demo.helix.vn" },
  },
];

export const DEMO_ADMIN = { name: "Quản trị Helix", email: "admin@demo.helix.vn" };
