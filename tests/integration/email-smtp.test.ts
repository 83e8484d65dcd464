// With SMTP_URL set, queued mail is sent by the job queue; a tiny SMTP server stands in
// for the mail relay and records what it receives.
import { createServer, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const received: string[] = [];
let failNext = false;
const server = createServer((socket: Socket) => {
  let data = false;
  let body = "";
  socket.write("220 test ESMTP\r\n");
  socket.on("data", (chunk) => {
    for (const line of chunk.toString().split("\r\n")) {
      if (data) {
        if (line === ".") {
          data = false;
          received.push(body);
          body = "";
          socket.write("250 queued\r\n");
        } else body += `${line}\n`;
        continue;
      }
      const verb = line.slice(0, 4).toUpperCase();
      if (!line) continue;
      if (verb === "EHLO" || verb === "HELO") socket.write("250 test\r\n");
      else if (verb === "MAIL") socket.write(failNext ? "451 try later\r\n" : "250 ok\r\n");
      else if (verb === "RCPT") socket.write("250 ok\r\n");
      else if (verb === "DATA") {
        data = true;
        socket.write("354 go\r\n");
      } else if (verb === "QUIT") {
        socket.write("221 bye\r\n");
        socket.end();
      } else socket.write("250 ok\r\n");
    }
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("email alerts over SMTP", () => {
  it("sends the outbox through the job queue, retries a refused mail, and marks sent mail", async () => {
    const { db } = await import("../../lib/server/db/client");
    const { runDueJobs } = await import("../../lib/server/jobs/run-jobs");
    const { notifyOrganizations } = await import("../../lib/server/notifications/notify");
    const { createOwner } = await import("../support/factories");
    const owner = await createOwner({ orgName: "Công ty Thủy sản Cà Mau", kind: "ENTERPRISE" });

    failNext = true;
    await notifyOrganizations({ organizationIds: [owner.organizationId], kind: "match.new", payload: { title: "Vắc-xin cá tra", score: 72, href: "/challenges/x/matches" } });
    await runDueJobs();
    const refused = await db().emailOutbox.findFirstOrThrow({ where: { to: owner.email } });
    expect(refused.sentAt).toBeNull();
    expect(refused.error).toMatch(/451/);
    const job = await db().job.findFirstOrThrow({ where: { kind: "email.send" } });
    expect(job.doneAt).toBeNull(); // waits for its retry
    expect(received).toHaveLength(0);

    failNext = false;
    await db().job.update({ where: { id: job.id }, data: { runAt: new Date() } });
    await runDueJobs();
    const sent = await db().emailOutbox.findFirstOrThrow({ where: { to: owner.email } });
    expect(sent.sentAt).not.toBeNull();
    expect(received).toHaveLength(1);
    expect(received[0]).toContain(owner.email);
    expect(received[0]).toMatch(/Subject: .*Helix/);
  });
});
