import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatVnd } from "@/lib/listings/money";
import { requireActor } from "@/lib/server/auth/session";
import { getDeal, type DealView } from "@/lib/server/deals/get-deal";
import type { ProposalView } from "@/lib/server/deals/deal-thread";
import { orNotFound } from "@/lib/server/errors/or-not-found";
import { StageBadge } from "../stage-badge";
import { MessageForm } from "./message-form";
import { AcceptNdaForm } from "./nda-panel";
import { StageActions } from "./stage-actions";
import { AgreeForm, ProposalForm, type ProposalDefaults } from "./term-sheet-forms";

function Panel({ title, testId, children }: { title: string; testId: string; children: React.ReactNode }) {
  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" data-testid={testId}>
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

const defaultsFrom = (p: ProposalView | undefined, dealType: string | null): ProposalDefaults =>
  p
    ? {
        dealType: p.dealType,
        exclusive: p.exclusive ? "on" : "",
        priceVnd: p.priceVnd ?? "",
        royaltyPct: p.royaltyPct ?? "",
        territory: p.territory,
        durationMonths: p.durationMonths?.toString() ?? "",
        milestones: p.milestones.map((m) => [m.title, m.dueInMonths, m.amountVnd ?? ""].join(" | ").replace(/ \| $/, "")).join("\n"),
      }
    : { dealType: dealType ?? "", territory: "Việt Nam" };

/** One deal: header and stage actions, NDA, thread, term sheet, timeline. Parties only (others get the 404 page). */
export default async function DealPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, `/deals/${encodeURIComponent(id)}`);
  const deal: DealView = await orNotFound(getDeal({ actor, id }));
  const [t, tt] = await Promise.all([getTranslations("deals"), getTranslations("dealTypes")]);
  const dateFmt = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", { dateStyle: "medium" });
  const timeFmt = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", { dateStyle: "medium", timeStyle: "short" });
  const latest = deal.proposals.at(-1);
  const isPartner = deal.myRoles.includes("partner");
  const money = (v: string | null) => (v === null ? "—" : formatVnd(v, locale));
  return (
    <article className="mx-auto max-w-4xl space-y-5">
      <p className="text-sm">
        <Link href="/deals">← {t("backToDeals")}</Link>
      </p>
      <header className="space-y-2 rounded-lg border border-slate-200 bg-white p-5">
        <div className="flex flex-wrap items-center gap-2">
          <StageBadge stage={deal.stage} label={t(`stages.${deal.stage}`)} />
          {deal.overdue ? (
            <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800" data-testid="overdue-badge">
              {t("overdue")}
            </span>
          ) : null}
        </div>
        <h1 className="text-2xl font-bold">
          <Link href={deal.listing.href}>{deal.listing.title}</Link>
        </h1>
        {deal.challenge ? <p className="text-sm text-slate-600">{t("forChallenge", { title: deal.challenge.title })}</p> : null}
        <p className="line-clamp-3 text-sm text-slate-700">{deal.listing.teaser}</p>
        <dl className="grid gap-1 text-sm sm:grid-cols-3" data-testid="deal-parties">
          <div>
            <dt className="text-xs uppercase text-slate-500">{t("roles.owner")}</dt>
            <dd>{deal.owner.name}</dd>
          </div>
          <div>
            <dt className="text-xs uppercase text-slate-500">{t("roles.partner")}</dt>
            <dd>{deal.partner.name}</dd>
          </div>
          {deal.intermediary ? (
            <div>
              <dt className="text-xs uppercase text-slate-500">{t("roles.intermediary")}</dt>
              <dd>{deal.intermediary.name}</dd>
            </div>
          ) : null}
        </dl>
        <p className="text-sm text-slate-600">{t("yourRoles", { roles: deal.myRoles.map((r) => t(`roles.${r}`)).join(", ") })}</p>
        {deal.stage === "INTEREST" ? (
          <p className={`text-sm ${deal.overdue ? "font-semibold text-red-800" : "text-slate-700"}`} data-testid="respond-by">
            {t("answerBy", { date: dateFmt.format(new Date(deal.respondBy)) })}
          </p>
        ) : deal.respondedAt ? (
          <p className="text-sm text-slate-600">{t("answeredOn", { date: dateFmt.format(new Date(deal.respondedAt)) })}</p>
        ) : null}
        {deal.closed ? (
          <p className="rounded bg-slate-100 p-2 text-sm" data-testid="deal-closed">
            {t("closedBy", { org: deal.closed.byOrganization ?? "—", reason: deal.closed.reason ? t(`reasons.${deal.closed.reason as "OTHER"}`) : "—" })}
            {deal.closed.note ? ` — ${deal.closed.note}` : ""}
          </p>
        ) : null}
        <div className="rounded bg-slate-50 p-3 text-sm">
          <p className="font-medium">{t("interestLabel")}</p>
          <p className="whitespace-pre-line">{deal.interest.message || "—"}</p>
          <p className="text-slate-600">
            {deal.interest.dealType ? `${t("dealType")}: ${tt(deal.interest.dealType as "LICENSE")}` : ""}
            {deal.interest.timing ? ` · ${t("timing")}: ${deal.interest.timing}` : ""}
          </p>
        </div>
        {deal.allowedEvents.some((e) => e === "accept" || e === "decline" || e === "withdraw") ? (
          <StageActions dealId={deal.id} version={deal.version} events={deal.allowedEvents} ndaChoice={deal.ndaChoice} />
        ) : null}
        {deal.stage === "AGREED" ? (
          <p className="text-sm text-slate-700">
            {t("agreedNext")}{" "}
            {deal.canRecordContract ? (
              <Link href={`/contracts/new?deal=${deal.id}`} className="font-medium" data-testid="record-contract">
                {t("recordContract")}
              </Link>
            ) : null}
          </p>
        ) : null}
        {deal.contractId ? (
          <p className="text-sm">
            <Link href={`/contracts/${deal.contractId}`} className="font-medium" data-testid="contract-link">
              {t("seeContract")}
            </Link>
          </p>
        ) : null}
      </header>

      <Panel title={t("nda.title")} testId="nda-panel">
        {!deal.nda ? (
          <p className="text-sm text-slate-600">{t("nda.notYet")}</p>
        ) : (
          <>
            <p className="text-sm text-slate-600">
              {deal.nda.title} · {deal.nda.standard ? t("nda.standard") : t("nda.own", { org: deal.owner.name })} · <span className="font-mono text-xs">{deal.nda.ndaVersion}</span>
            </p>
            <pre className="max-h-96 overflow-auto whitespace-pre-wrap rounded border border-slate-200 bg-slate-50 p-3 font-sans text-sm" data-testid="nda-text">
              {deal.nda.text}
            </pre>
            {deal.ndaAcceptance ? (
              <p className="rounded bg-emerald-50 p-2 text-sm text-emerald-900" data-testid="nda-accepted">
                {t("nda.accepted", { user: deal.ndaAcceptance.user, org: deal.ndaAcceptance.organization, date: timeFmt.format(new Date(deal.ndaAcceptance.acceptedAt)) })}{" "}
                <span className="font-mono text-xs">SHA-256 {deal.ndaAcceptance.textSha256.slice(0, 16)}…</span>
              </p>
            ) : deal.stage === "NDA" && isPartner ? (
              <AcceptNdaForm dealId={deal.id} version={deal.version} textSha256={deal.nda.textSha256} />
            ) : (
              <p className="text-sm text-slate-600">{t("nda.waiting", { org: deal.partner.name })}</p>
            )}
          </>
        )}
      </Panel>

      <Panel title={t("thread.title")} testId="thread">
        {deal.messages.length === 0 ? <p className="text-sm text-slate-600">{t("thread.empty")}</p> : null}
        <ol className="space-y-3">
          {deal.messages.map((m) => (
            <li key={m.id} className="rounded border border-slate-200 p-3" data-testid="message">
              <p className="text-xs text-slate-500">
                {m.author} · {m.organization.name} · {timeFmt.format(new Date(m.createdAt))}
              </p>
              <p className="whitespace-pre-line text-sm">{m.body}</p>
              {m.attachments.length ? (
                <ul className="mt-2 space-y-1 text-sm">
                  {m.attachments.map((a) => (
                    <li key={a.id}>
                      <a href={a.href} download data-testid="attachment-link">
                        📎 {a.fileName}
                      </a>{" "}
                      <span className="text-slate-500">({Math.max(1, Math.round(a.size / 1024))} KB)</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
        {deal.canMessage ? <MessageForm dealId={deal.id} /> : <p className="text-sm text-slate-600">{t("thread.closed")}</p>}
      </Panel>

      <Panel title={t("terms.title")} testId="term-sheet">
        {deal.proposals.length === 0 ? <p className="text-sm text-slate-600">{t("terms.empty")}</p> : null}
        <ol className="space-y-3">
          {deal.proposals.map((p) => (
            <li key={p.id} className={`rounded border p-3 text-sm ${p.id === deal.agreedProposalId ? "border-emerald-400 bg-emerald-50" : "border-slate-200"}`} data-testid="proposal" data-number={p.number}>
              <p className="font-medium">
                {t("terms.number", { number: p.number })} · {p.organization.name} · {timeFmt.format(new Date(p.createdAt))}
                {p.id === deal.agreedProposalId ? (
                  <span className="ml-2 rounded bg-emerald-200 px-2 py-0.5 text-xs" data-testid="agreed-badge">
                    {t("terms.agreed")}
                  </span>
                ) : null}
              </p>
              <dl className="mt-1 grid gap-x-4 sm:grid-cols-3">
                <div><dt className="text-xs text-slate-500">{t("terms.dealType")}</dt><dd>{tt(p.dealType as "LICENSE")}{p.exclusive ? ` · ${t("terms.exclusive")}` : ""}</dd></div>
                <div><dt className="text-xs text-slate-500">{t("terms.priceVnd")}</dt><dd>{money(p.priceVnd)}</dd></div>
                <div><dt className="text-xs text-slate-500">{t("terms.royaltyPct")}</dt><dd>{p.royaltyPct === null ? "—" : `${Number(p.royaltyPct)}%`}</dd></div>
                <div><dt className="text-xs text-slate-500">{t("terms.territory")}</dt><dd>{p.territory}</dd></div>
                <div><dt className="text-xs text-slate-500">{t("terms.durationMonths")}</dt><dd>{p.durationMonths ?? "—"}</dd></div>
              </dl>
              {p.milestones.length ? (
                <ul className="mt-1 list-disc pl-5">
                  {p.milestones.map((m, i) => (
                    <li key={i}>{t("terms.milestoneLine", { title: m.title, months: m.dueInMonths, amount: m.amountVnd === null ? "—" : formatVnd(m.amountVnd, locale) })}</li>
                  ))}
                </ul>
              ) : null}
              {p.note ? <p className="mt-1 whitespace-pre-line text-slate-700">{p.note}</p> : null}
              {deal.canAgreeTo === p.id ? <AgreeForm dealId={deal.id} version={deal.version} proposalId={p.id} /> : null}
            </li>
          ))}
        </ol>
        {deal.canPropose ? (
          <div className="border-t border-slate-200 pt-3">
            <h3 className="mb-2 font-medium">{latest ? t("terms.counter") : t("terms.first")}</h3>
            <ProposalForm dealId={deal.id} version={deal.version} defaults={defaultsFrom(latest, deal.interest.dealType)} />
          </div>
        ) : deal.stage === "INTEREST" || deal.stage === "NDA" ? (
          <p className="text-sm text-slate-600">{t("terms.afterNda")}</p>
        ) : null}
      </Panel>

      <Panel title={t("timeline.title")} testId="timeline">
        <ol className="space-y-1 text-sm">
          {deal.timeline.map((e) => (
            <li key={e.id} data-testid="timeline-entry" data-action={e.action}>
              <span className="text-slate-500">{timeFmt.format(new Date(e.createdAt))}</span> — {t.has(`timeline.actions.${e.action}`) ? t(`timeline.actions.${e.action}` as "timeline.actions.deal.created") : e.action} · {e.actor.name}
              {e.organization ? ` (${e.organization.name})` : ""}
            </li>
          ))}
        </ol>
      </Panel>
    </article>
  );
}
