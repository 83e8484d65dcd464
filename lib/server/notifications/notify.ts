import "server-only";
import { createTranslator } from "use-intl/core";
import { messagesFor } from "@/i18n/messages";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import { enqueueJob } from "@/lib/server/jobs/queue";

type Tx = Prisma.TransactionClient;
/** Each kind has messages under notifications.<kind> (subject, body, and the dashboard line). */
export type NotificationKind = "match.new" | "match.introduced" | `deal.${string}` | `contract.${string}`;
/** Values for the notification's message (messages.notifications.<kind>.*). */
export type NotificationPayload = Record<string, string | number> & { href: string };

/**
 * Tells every active member of the organisations: an in-app notification, and an email in
 * the member's language. The email waits in the outbox; it is sent when SMTP is configured.
 */
export async function notifyOrganizations({ tx, organizationIds, kind, payload }: { tx?: Tx; organizationIds: string[]; kind: NotificationKind; payload: NotificationPayload }) {
  const client = tx ?? db();
  const members = await client.membership.findMany({
    where: { organizationId: { in: [...new Set(organizationIds)] }, status: "ACTIVE" },
    select: { user: { select: { id: true, email: true, locale: true } } },
  });
  const users = [...new Map(members.map((m) => [m.user.id, m.user])).values()];
  if (!users.length) return;
  await client.notification.createMany({ data: users.map((u) => ({ userId: u.id, kind, payload })) });
  const { SMTP_URL, PUBLIC_URL, PORT } = env();
  const base = (PUBLIC_URL ?? `http://localhost:${PORT}`).replace(/\/$/, "");
  for (const u of users) {
    const locale = u.locale === "en" ? "en" : "vi";
    const t = createTranslator({ locale, messages: messagesFor(locale), namespace: `notifications.${kind}` as "notifications.match.new" });
    const mail = await client.emailOutbox.create({
      data: { to: u.email, subject: t("subject", payload), body: `${t("body", payload)}\n\n${base}/${locale}${payload.href}` },
      select: { id: true },
    });
    if (SMTP_URL) await enqueueJob("email.send", { id: mail.id }, { tx });
  }
}

export type NotificationView = { id: string; kind: string; payload: NotificationPayload; createdAt: string; read: boolean };

/** The actor's newest notifications. */
export async function listNotifications({ actor, take = 20 }: { actor: { userId: string } | null; take?: number }): Promise<NotificationView[]> {
  if (!actor) return [];
  const rows = await db().notification.findMany({ where: { userId: actor.userId }, orderBy: { createdAt: "desc" }, take });
  return rows.map((r) => ({ id: r.id, kind: r.kind, payload: r.payload as NotificationPayload, createdAt: r.createdAt.toISOString(), read: r.readAt !== null }));
}

export async function markNotificationsRead({ actor }: { actor: { userId: string } | null }) {
  if (!actor) return;
  await db().notification.updateMany({ where: { userId: actor.userId, readAt: null }, data: { readAt: new Date() } });
}
