"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/action-result";

type ServerAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * useActionState plus an attempt counter. Give the form `key={attempt}`: after a failed
 * submission it remounts with the returned values as defaults, so selects and radios keep
 * what the user chose (React's form reset would otherwise clear them).
 */
export function useFormAction(serverAction: ServerAction) {
  const [state, action, pending] = useActionState<{ result: ActionState; attempt: number }, FormData>(
    async (prev, formData) => ({ result: await serverAction(prev.result, formData), attempt: prev.attempt + 1 }),
    { result: null, attempt: 0 },
  );
  const failed = state.result && !state.result.ok ? state.result : null;
  return { state: state.result, failed, action, pending, attempt: state.attempt };
}
