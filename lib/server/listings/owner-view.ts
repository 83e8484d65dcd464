import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { challengeCompleteness, offerCompleteness } from "@/lib/listings/completeness";
import type { ChallengeView, OfferView } from "@/lib/listings/views";
import { listOrganizationNames } from "@/lib/server/organizations/list-organization-names";
import { listConfidentialAccess } from "./confidential-access";

/** What the owner panel needs, or null when the viewer does not own the listing. */
export async function getOwnerPanel({ actor, view }: { actor: Actor | null; view: OfferView | ChallengeView }) {
  if (view.access !== "owner") return null;
  const [grants, organizations] = await Promise.all([
    listConfidentialAccess({ actor, kind: view.kind, id: view.id }),
    listOrganizationNames(),
  ]);
  const completeness =
    view.kind === "offer"
      ? offerCompleteness({ ...view, ...view.details, askingPriceVnd: view.details?.askingPriceVnd })
      : challengeCompleteness({ ...view, ...view.details });
  const own = new Set([view.organization.id, ...(view.kind === "offer" && view.listedBy ? [view.listedBy.id] : [])]);
  return {
    completeness,
    grants,
    organizations: organizations.filter((o) => !own.has(o.id)),
    expired: Boolean(view.expiresAt && new Date(view.expiresAt) <= new Date()),
  };
}
