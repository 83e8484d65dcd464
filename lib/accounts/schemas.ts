// Zod schemas for accounts, shared by the forms, the server actions and the API.
// Error messages are message keys under `errors.fields` in messages/*.json.
import { z } from "zod";
import { PROVINCE_CODES } from "@/lib/geo/provinces";

export const ORGANIZATION_KINDS = ["UNIVERSITY", "RESEARCH_INSTITUTE", "ENTERPRISE", "INTERMEDIARY", "GOVERNMENT_AGENCY"] as const;
export const INTERMEDIARY_TYPES = [
  "TECHNOLOGY_EXCHANGE",
  "TRANSFER_OFFICE",
  "INNOVATION_CENTER",
  "INCUBATOR",
  "CONSULTANCY",
  "TRADE_OFFICE",
  "IP_VALUATION",
] as const;

const COMMON_PASSWORDS = new Set([
  "password123", "1234567890", "12345678910", "qwertyuiop", "matkhau123", "123456789a", "abc1234567",
  "password1234", "iloveyou123", "admin12345", "helix12345", "0123456789", "1111111111", "qwerty1234",
]);

/** Why a password is weak, as a message key, or null when it is acceptable. */
export function passwordWeakness(password: string, email = ""): string | null {
  if (password.length < 10) return "passwordTooShort";
  if (password.length > 200) return "passwordTooLong";
  // A long passphrase is strong without digits or symbols; a shorter password needs a mix.
  if (!/\p{L}/u.test(password) || (password.length < 16 && !/[\p{N}\p{P}\p{S}]/u.test(password))) return "passwordNeedsMix";
  const lower = password.toLowerCase();
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password) || (local.length >= 4 && lower.includes(local))) {
    return "passwordTooCommon";
  }
  return null;
}

const email = z.string().trim().toLowerCase().max(254, "emailInvalid").pipe(z.email("emailInvalid"));

export const ZSignIn = z.object({
  email,
  password: z.string().min(1, "passwordRequired").max(200, "passwordTooLong"),
});
export type SignIn = z.infer<typeof ZSignIn>;

const optionalText = (max: number) =>
  z.string().trim().max(max, "tooLong").optional().transform((v) => (v ? v : undefined));

export const ZSignUp = z
  .object({
    name: z.string().trim().min(2, "nameRequired").max(100, "tooLong"),
    email,
    password: z.string().superRefine((p, ctx) => {
      const weak = passwordWeakness(p);
      if (weak) ctx.addIssue({ code: "custom", message: weak });
    }),
    orgMode: z.enum(["create", "join"], "orgModeRequired"),
    orgName: optionalText(200),
    orgKind: z.enum(ORGANIZATION_KINDS, "orgKindRequired").optional(),
    orgProvince: z.enum(PROVINCE_CODES, "provinceRequired").optional(),
    orgWebsite: optionalText(300).pipe(z.url({ protocol: /^https?$/, error: "websiteInvalid" }).optional()),
    intermediaryType: z.enum(INTERMEDIARY_TYPES, "intermediaryTypeRequired").optional(),
    organizationId: optionalText(50),
  })
  .superRefine((v, ctx) => {
    const weak = passwordWeakness(v.password, v.email); // now also against the email's name
    if (weak) ctx.addIssue({ code: "custom", path: ["password"], message: weak });
    if (v.orgMode === "create") {
      if (!v.orgName || v.orgName.length < 2) ctx.addIssue({ code: "custom", path: ["orgName"], message: "orgNameRequired" });
      if (!v.orgKind) ctx.addIssue({ code: "custom", path: ["orgKind"], message: "orgKindRequired" });
      if (!v.orgProvince) ctx.addIssue({ code: "custom", path: ["orgProvince"], message: "provinceRequired" });
      if (v.orgKind === "INTERMEDIARY" && !v.intermediaryType) {
        ctx.addIssue({ code: "custom", path: ["intermediaryType"], message: "intermediaryTypeRequired" });
      }
    } else if (!v.organizationId) {
      ctx.addIssue({ code: "custom", path: ["organizationId"], message: "organizationRequired" });
    }
  });
export type SignUp = z.infer<typeof ZSignUp>;
