// Builders for integration tests, going through the same data layer as the app.
import { loadActor } from "../../lib/server/auth/load-actor";
import { signUp } from "../../lib/server/users/sign-up";
import { db } from "../../lib/server/db/client";
import type { Actor } from "../../lib/auth/permissions";

let counter = 0;
export const STRONG_PASSWORD = "Phan-bon vi sinh 2026";

export async function createOwner(overrides: { orgName?: string; kind?: string; email?: string } = {}) {
  counter += 1;
  const email = overrides.email ?? `owner${counter}-${Date.now()}@lab${counter}.example.vn`;
  const result = await signUp({
    input: {
      name: `Chủ sở hữu ${counter}`,
      email,
      password: STRONG_PASSWORD,
      orgMode: "create",
      orgName: overrides.orgName ?? `Viện thử nghiệm ${counter}`,
      orgKind: overrides.kind ?? "RESEARCH_INSTITUTE",
      orgProvince: "ha-noi",
      orgWebsite: "https://vien.example.vn",
      intermediaryType: overrides.kind === "INTERMEDIARY" ? "TECHNOLOGY_EXCHANGE" : undefined,
    },
  });
  const actor = (await loadActor(result.userId)) as Actor;
  return { ...result, email, actor };
}

export async function requestToJoin(organizationId: string) {
  counter += 1;
  const email = `member${counter}-${Date.now()}@example.vn`;
  const result = await signUp({
    input: { name: `Thành viên ${counter}`, email, password: STRONG_PASSWORD, orgMode: "join", organizationId },
  });
  return { ...result, email };
}

export async function createAdmin(): Promise<Actor> {
  counter += 1;
  const user = await db().user.create({
    data: { email: `admin${counter}@helix.example.vn`, name: "Admin", passwordHash: "x", platformRole: "ADMIN" },
  });
  return (await loadActor(user.id)) as Actor;
}

export async function verify(organizationId: string) {
  await db().organization.update({ where: { id: organizationId }, data: { verificationStatus: "VERIFIED" } });
}

export const OFFER_INPUT = {
  language: "vi",
  title: "Phụ gia tiết kiệm than cho lò nung xi măng",
  summary: "Phụ gia khoáng hoá giúp giảm nhiệt độ nung clinker, tiết kiệm 3–5% than mà không đổi chất lượng xi măng.",
  titleTranslated: "Coal-saving additive for cement kilns",
  application: "Lò quay sản xuất clinker",
  targetCustomers: "Nhà máy xi măng lò quay",
  marketSize: "~80 dây chuyền lò quay tại Việt Nam",
  unitCost: "120.000–150.000 ₫ / tấn clinker",
  efficiencyGain: "Giảm 3–5% than so với lò hiện tại",
  investmentNeeded: "Không cần đầu tư thiết bị mới",
  trl: "8",
  ipStatus: "PATENT_GRANTED",
  patentNumbers: "1-0021345",
  stateFunded: "on",
  dealTypes: ["LICENSE", "KNOW_HOW"],
  askingPriceVnd: "2.500.000.000",
  fieldCodes: ["advanced-materials"],
  sectorCodes: ["construction-materials"],
  province: "Hà Nội",
  confidentialDetails: "Tỷ lệ phối trộn CaF2 : CaSO4 = 1 : 2,4, cấp vào ở 0,3% khối lượng phối liệu.",
};

export const CHALLENGE_INPUT = {
  language: "vi",
  title: "Giảm tiêu hao than cho lò quay clinker",
  problem: "Nhà máy tiêu thụ 110 kg than/tấn clinker, cao hơn mức trung bình ngành; cần giải pháp giảm than không đổi thiết bị.",
  desiredOutcome: "Giảm ít nhất 3% than trong 6 tháng thử nghiệm",
  constraints: "Không dừng lò quá 48 giờ",
  minTrl: "7",
  budgetMinVnd: "1000000000",
  budgetMaxVnd: "3000000000",
  deadline: new Date(Date.now() + 90 * 86400000).toISOString().slice(0, 10),
  dealTypes: ["LICENSE"],
  sectorCodes: ["construction-materials"],
  province: "Ninh Bình",
  confidentialDetails: "Chi phí than hiện tại 3,2 triệu ₫/tấn; nhà cung cấp: Vinacomin.",
};

/** The organisations the deal, contract and matching tests play with (the unverified broker is left unverified). */
const CAST = {
  lab: { orgName: "Viện Vật liệu Xây dựng" },
  firm: { orgName: "Công ty Xi măng Hoa Lư", kind: "ENTERPRISE" },
  stranger: { orgName: "Công ty Dệt Nam Định", kind: "ENTERPRISE" },
  broker: { orgName: "Sàn Giao dịch Công nghệ Hà Nội", kind: "INTERMEDIARY" },
  buyer: { orgName: "Công ty Xi măng Bút Sơn", kind: "ENTERPRISE" },
  unverifiedBroker: { orgName: "Trung tâm Chuyển giao Mới", kind: "INTERMEDIARY", unverified: true },
} satisfies Record<string, { orgName: string; kind?: string; unverified?: boolean }>;
export type CastMember = { actor: Actor; organizationId: string };

/** Each named organisation of CAST with its owner, verified unless it is the unverified one; actors loaded afterwards. */
export async function createCast<K extends keyof typeof CAST>(...names: K[]): Promise<Record<K, CastMember>> {
  const cast = {} as Record<K, CastMember>;
  for (const name of names) {
    const spec: { orgName: string; kind?: string; unverified?: boolean } = CAST[name];
    const owner = await createOwner(spec);
    if (!spec.unverified) await verify(owner.organizationId);
    cast[name] = { actor: (await loadActor(owner.userId)) as Actor, organizationId: owner.organizationId };
  }
  return cast;
}
