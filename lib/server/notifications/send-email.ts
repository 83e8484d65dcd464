import "server-only";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db/client";

const FROM = "Helix <no-reply@helix.vn>";

/** Sends one outbox mail over SMTP_URL (nodemailer); without SMTP the mail stays in the outbox. */
export async function sendQueuedEmail({ id }: { id: string }) {
  const url = env().SMTP_URL;
  const mail = await db().emailOutbox.findUnique({ where: { id } });
  if (!url || !mail || mail.sentAt) return;
  const { createTransport } = await import("nodemailer");
  try {
    await createTransport(url).sendMail({ from: env().SMTP_FROM ?? FROM, to: mail.to, subject: mail.subject, text: mail.body });
    await db().emailOutbox.update({ where: { id }, data: { sentAt: new Date(), error: null } });
  } catch (err) {
    await db().emailOutbox.update({ where: { id }, data: { error: err instanceof Error ? err.message.slice(0, 500) : String(err) } });
    throw err; // the queue retries with backoff
  }
}
