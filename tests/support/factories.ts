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
