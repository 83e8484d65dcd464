import { z } from "zod";
import { INTERMEDIARY_TYPES } from "@/lib/accounts/schemas";
import { PROVINCE_CODES } from "@/lib/geo/provinces";

export const ZSetVerification = z.object({
  organizationId: z.string().min(1).max(50),
  status: z.enum(["PENDING", "VERIFIED", "REJECTED"]),
});

export const ZReviewMembership = z.object({
  membershipId: z.string().min(1).max(50),
  decision: z.enum(["approve", "reject"]),
});

const optionalText = (max: number) =>
  z.string().trim().max(max, "tooLong").optional().transform((v) => (v ? v : null));

/** What an owner may change on the organisation's profile. Kind and verification are not here. */
export const ZUpdateOrganization = z.object({
  organizationId: z.string().min(1).max(50),
  name: z.string().trim().min(2, "orgNameRequired").max(200, "tooLong"),
  province: z.enum(PROVINCE_CODES, "provinceRequired"),
  website: optionalText(300).pipe(z.url({ protocol: /^https?$/, error: "websiteInvalid" }).nullable()),
  description: optionalText(2000),
  contactEmail: optionalText(254).pipe(z.email("emailInvalid").nullable()),
  contactPhone: optionalText(30).pipe(z.string().regex(/^[0-9 +().-]{6,30}$/, "phoneInvalid").nullable()),
  taxCode: optionalText(14).pipe(z.string().regex(/^\d{10}(-\d{3})?$/, "taxCodeInvalid").nullable()),
  intermediaryType: z.enum(INTERMEDIARY_TYPES, "intermediaryTypeRequired").optional(),
  servedRegions: z.array(z.enum(PROVINCE_CODES, "provinceRequired")).max(34).default([]),
});
export type UpdateOrganization = z.infer<typeof ZUpdateOrganization>;
