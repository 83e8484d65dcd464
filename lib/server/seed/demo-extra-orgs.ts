import "server-only";
import type { DemoExtraOrg } from "./demo-listing-types";

// More labs, firms and agencies, so demo listings come from many owners.
export const DEMO_EXTRA_ORGANIZATIONS: DemoExtraOrg[] = [
  { key: "uni-hcm-tech", name: "Trường Đại học Bách khoa TP.HCM (demo)", kind: "UNIVERSITY", province: "ho-chi-minh", website: "https://bk-hcm.example.vn", description: "Nghiên cứu hoá dầu, vật liệu polyme và tự động hoá công nghiệp." },
  { key: "inst-chem", name: "Viện Hoá học Công nghiệp Phía Nam", kind: "RESEARCH_INSTITUTE", province: "ho-chi-minh", website: "https://vhhcn.example.vn", description: "Xúc tác, nhiên liệu sinh học và hoá chất từ chất thải." },
  { key: "inst-med", name: "Viện Dược liệu và Sinh y học", kind: "RESEARCH_INSTITUTE", province: "ha-noi", website: "https://vdlsy.example.vn", description: "Chiết xuất dược liệu, bộ kit chẩn đoán nhanh và vắc-xin." },
  { key: "inst-rice", name: "Viện Lúa Đồng bằng sông Cửu Long (demo)", kind: "RESEARCH_INSTITUTE", province: "can-tho", website: "https://vlua.example.vn", description: "Chọn tạo giống lúa chịu mặn, chịu hạn và canh tác thích ứng." },
  { key: "uni-water", name: "Trường Đại học Thuỷ lợi và Đô thị", kind: "UNIVERSITY", province: "ha-noi", website: "https://dhtl.example.vn", description: "Thoát nước đô thị, xử lý nước thải và quan trắc môi trường." },
  { key: "uni-uav", name: "Trường Đại học Công nghệ Hàng không Hoà Lạc", kind: "UNIVERSITY", province: "ha-noi", website: "https://uav-hl.example.vn", description: "UAV, viễn thám và xử lý ảnh bằng trí tuệ nhân tạo." },
  { key: "ent-refinery", name: "Công ty Lọc hoá dầu Dung Quất Xanh (demo)", kind: "ENTERPRISE", province: "quang-ngai", website: "https://lhd-dq.example.vn", description: "Nhà máy lọc dầu cần phối trộn nhiên liệu sinh học." },
  { key: "ent-tyre", name: "Công ty CP Cao su và Săm lốp Miền Nam", kind: "ENTERPRISE", province: "dong-nai", website: "https://caosu-mn.example.vn", description: "Sản xuất lốp ô tô, xe máy cho thị trường nội địa và xuất khẩu." },
  { key: "ent-water", name: "Công ty Cấp thoát nước Bình Minh", kind: "ENTERPRISE", province: "hai-phong", website: "https://ctn-bm.example.vn", description: "Vận hành trạm xử lý nước cấp 120.000 m³/ngày." },
  { key: "ent-pharma", name: "Công ty CP Dược phẩm Trường Sơn", kind: "ENTERPRISE", province: "bac-ninh", website: "https://duoc-ts.example.vn", description: "Sản xuất thuốc từ dược liệu đạt chuẩn GMP-WHO." },
  { key: "agency-hcm-construction", name: "Sở Xây dựng TP. Hồ Chí Minh (demo)", kind: "GOVERNMENT_AGENCY", province: "ho-chi-minh", website: "https://soxaydung-hcm.example.vn", description: "Đặt hàng giải pháp chống ngập và quản lý hạ tầng đô thị." },
  { key: "agency-dn-city", name: "Trung tâm Giám sát Đô thị Thông minh Đà Nẵng", kind: "GOVERNMENT_AGENCY", province: "da-nang", website: "https://iocdn.example.vn", description: "Vận hành trung tâm điều hành đô thị thông minh của thành phố." },
];
