"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-result";
import { getActor } from "@/lib/server/auth/session";
import { completeMilestone } from "@/lib/server/contracts/complete-milestone";
import { correctContract } from "@/lib/server/contracts/correct-contract";
import { createContract } from "@/lib/server/contracts/create-contract";
import { formInput, formLocale, runFormAction } from "@/lib/server/forms/form-action";

export async function createContractAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  // A repeated submission (double click, retry) carries the same idempotency key and
  // lands on the contract the first one made.
  return runFormAction(formData, async () => createContract({ actor: await getActor(), input: formInput(formData) }), ({ id }) =>
    redirect(`/${formLocale(formData)}/contracts/${id}`),
  );
}

export async function correctContractAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(
    formData,
    async () => correctContract({ actor: await getActor(), id: String(formData.get("contractId") ?? ""), input: formInput(formData) }),
    { ok: true, message: "corrected" },
  );
}

export async function completeMilestoneAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(
    formData,
    async () =>
      completeMilestone({
        actor: await getActor(),
        contractId: String(formData.get("contractId") ?? ""),
        milestoneId: String(formData.get("milestoneId") ?? ""),
        input: { evidence: formData.get("evidence") },
      }),
    { ok: true, message: "done" },
  );
}
