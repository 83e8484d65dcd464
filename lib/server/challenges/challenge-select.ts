import "server-only";
import { ORG_REF } from "@/lib/server/listings/shared";

/** Everything toChallengeView needs; tiers are applied there, never in the page. */
export const CHALLENGE_SELECT = {
  id: true,
  organizationId: true,
  status: true,
  language: true,
  stateCommissioned: true,
  title: true,
  problem: true,
  desiredOutcome: true,
  titleTranslated: true,
  problemTranslated: true,
  minTrl: true,
  deadline: true,
  dealTypes: true,
  fieldCodes: true,
  sectorCodes: true,
  province: true,
  constraints: true,
  budgetMinVnd: true,
  budgetMaxVnd: true,
  confidentialDetails: true,
  externalRef: true,
  publishedAt: true,
  expiresAt: true,
  updatedAt: true,
  organization: ORG_REF,
  accessGrants: { select: { organizationId: true } },
} as const;
