// Zod schemas of the matching inputs, shared by server actions and the API. Messages are keys under errors.fields.
import { z } from "zod";

export const DISMISS_REASONS = ["NOT_RELEVANT", "TRL_TOO_LOW", "TOO_EXPENSIVE", "WRONG_DEAL_TYPE", "OTHER"] as const;

const id = z.string("idRequired").trim().min(1, "idRequired").max(50, "idRequired");
const note = z.string().trim().max(1000, "tooLong").nullish().transform((v) => v || null);

export const ZMatchFeedback = z
  .object({
    offerId: id,
    challengeId: id,
    action: z.enum(["SHORTLIST", "DISMISS", "CLEAR"], "feedbackActionInvalid"),
    reason: z.preprocess((v) => (v === "" ? undefined : v), z.enum(DISMISS_REASONS, "dismissReasonRequired").optional()),
    note,
  })
  .superRefine((v, ctx) => {
    if (v.action === "DISMISS" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "dismissReasonRequired" });
  });
export type MatchFeedbackInput = z.infer<typeof ZMatchFeedback>;

export const ZIntroduction = z.object({ offerId: id, challengeId: id, message: note });
export type IntroductionInput = z.infer<typeof ZIntroduction>;

export const ZMatchQuery = z.object({
  top: z.coerce.number("topInvalid").int("topInvalid").min(1, "topInvalid").max(50, "topInvalid").default(10),
  lang: z.enum(["vi", "en"]).optional(),
});
