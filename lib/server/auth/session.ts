import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth/auth";
import type { Actor } from "@/lib/auth/permissions";
import { loadActor } from "./load-actor";

/** The signed-in actor for this request, or null (loaded once per request). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? loadActor(id) : null;
});

/** The actor, or a redirect to sign-in that comes back to `path` afterwards. */
export async function requireActor(locale: string, path: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}${path}`)}`);
  return actor;
}
