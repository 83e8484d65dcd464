import { z } from "zod";

export const ZSetVerification = z.object({
  organizationId: z.string().min(1).max(50),
  status: z.enum(["PENDING", "VERIFIED", "REJECTED"]),
});

export const ZReviewMembership = z.object({
  membershipId: z.string().min(1).max(50),
  decision: z.enum(["approve", "reject"]),
});
