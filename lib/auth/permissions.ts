// The one permission map. A permission is granted by the actor's role in the organisation
// that owns the resource, or by the platform ADMIN role. Pages and routes never check roles
// themselves: they call the data layer, which calls assertCan.
import { AppError } from "@/lib/errors";

export type MembershipRole = "OWNER" | "MEMBER";
export type PlatformRole = "USER" | "ADMIN";

export type Actor = {
  userId: string;
  name: string;
  email: string;
  platformRole: PlatformRole;
  /** Active memberships only; `verified` is the organisation's verification by an admin. */
  memberships: { organizationId: string; role: MembershipRole; verified: boolean }[];
};

type Rule = { orgRoles: MembershipRole[]; admin: boolean };

export const PERMISSIONS = {
  "organization.readPrivate": { orgRoles: ["OWNER", "MEMBER"], admin: true },
  "organization.update": { orgRoles: ["OWNER"], admin: true },
  "organization.manageMembers": { orgRoles: ["OWNER"], admin: true },
  "organization.verify": { orgRoles: [], admin: true },
  // Listings belong to an organisation (or are managed by the intermediary that listed them).
  "listing.manage": { orgRoles: ["OWNER", "MEMBER"], admin: false },
  "listing.moderate": { orgRoles: [], admin: true },
  "taxonomy.edit": { orgRoles: [], admin: true },
  // Deals: any active member acts for a party organisation; admins never act in a deal.
  "deal.participate": { orgRoles: ["OWNER", "MEMBER"], admin: false },
  // Contracts signed elsewhere may be entered by an intermediary's members or an admin.
  "contract.record": { orgRoles: ["OWNER", "MEMBER"], admin: true },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof PERMISSIONS;

/** The resource a permission is checked against: the organisation that owns it. */
export type Resource = { organizationId: string };

export function roleIn(actor: Actor, organizationId: string): MembershipRole | null {
  return actor.memberships.find((m) => m.organizationId === organizationId)?.role ?? null;
}

export function can(actor: Actor | null, permission: Permission, resource: Resource): boolean {
  if (!actor) return false;
  const rule: Rule = PERMISSIONS[permission];
  if (rule.admin && actor.platformRole === "ADMIN") return true;
  const role = roleIn(actor, resource.organizationId);
  return role !== null && rule.orgRoles.includes(role);
}

/**
 * Throws unless the actor may act. An actor with no tie to the organisation gets NOT_FOUND,
 * so ids cannot be probed; a member lacking the role gets FORBIDDEN.
 */
export function assertCan(actor: Actor | null, permission: Permission, resource: Resource): void {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (can(actor, permission, resource)) return;
  const member = roleIn(actor, resource.organizationId) !== null;
  throw new AppError(member ? "FORBIDDEN" : "NOT_FOUND");
}
