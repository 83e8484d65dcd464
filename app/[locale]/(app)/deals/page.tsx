import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { DEAL_STAGES } from "@/lib/deals/stages";
import { requireActor } from "@/lib/server/auth/session";
import { listDeals, type DealSummary } from "@/lib/server/deals/list-deals";
import { StageBadge } from "./stage-badge";

type Search = { view?: string; stage?: string };

/** The organisation's deals: a board by stage (default) or a list (?view=list), filterable by stage. */
export default async function DealsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  const sp = await searchParams;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "/deals");
  const stage = DEAL_STAGES.find((s) => s === sp.stage);
  const [{ deals, columns }, t] = await Promise.all([listDeals({ actor, query: { stage } }), getTranslations("deals")]);
  const list = sp.view === "list";
  const dateFmt = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", { dateStyle: "medium" });
  const href = (view: string | null, s: string | null) => {
    const q = new URLSearchParams();
    if (view) q.set("view", view);
    if (s) q.set("stage", s);
    return `/deals${q.size ? `?${q}` : ""}`;
  };
  const Overdue = ({ d }: { d: DealSummary }) =>
    d.overdue ? (
      <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800" data-testid="overdue-badge">
        {t("overdue")}
      </span>
    ) : null;
  return (
    <section className="space-y-5">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="text-slate-600">{t("lead")}</p>
          <Link href="/settings/nda" className="text-sm" data-testid="nda-settings-link">
            {t("ndaSettingsLink")}
          </Link>
        </div>
        <nav className="flex gap-2 text-sm" aria-label={t("viewLabel")}>
          <Link href={href(null, stage ?? null)} className={`rounded border px-3 py-1 no-underline ${list ? "border-slate-300" : "border-brand-600 bg-brand-50"}`} data-testid="view-board">
            {t("board")}
          </Link>
          <Link href={href("list", stage ?? null)} className={`rounded border px-3 py-1 no-underline ${list ? "border-brand-600 bg-brand-50" : "border-slate-300"}`} data-testid="view-list">
            {t("list")}
          </Link>
        </nav>
      </header>
      <nav className="flex flex-wrap gap-2 text-sm" aria-label={t("filterLabel")}>
        <Link href={href(list ? "list" : null, null)} className={!stage ? "font-semibold" : ""}>
          {t("allStages")}
        </Link>
        {DEAL_STAGES.map((s) => (
          <Link key={s} href={href(list ? "list" : null, s)} className={stage === s ? "font-semibold" : ""} data-testid={`filter-${s}`}>
            {t(`stages.${s}`)}
          </Link>
        ))}
      </nav>
      {deals.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-5" data-testid="no-deals">
          {t("none")}
        </p>
      ) : list ? (
        <table className="w-full border-collapse bg-white text-sm" data-testid="deals-list">
          <thead>
            <tr className="border-b border-slate-200 text-left">
              <th className="p-2">{t("listing")}</th>
              <th className="p-2">{t("otherParty")}</th>
              <th className="p-2">{t("stage")}</th>
              <th className="p-2">{t("respondBy")}</th>
              <th className="p-2">{t("updated")}</th>
            </tr>
          </thead>
          <tbody>
            {deals.map((d) => (
              <tr key={d.id} className="border-b border-slate-100" data-testid="deal-row">
                <td className="p-2">
                  <Link href={`/deals/${d.id}`}>{d.listingTitle}</Link>
                </td>
                <td className="p-2">{d.otherParty}</td>
                <td className="p-2">
                  <StageBadge stage={d.stage} label={t(`stages.${d.stage}`)} />
                </td>
                <td className="p-2">
                  {d.stage === "INTEREST" ? dateFmt.format(new Date(d.respondBy)) : "—"} <Overdue d={d} />
                </td>
                <td className="p-2">{dateFmt.format(new Date(d.updatedAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div className="grid gap-3 overflow-x-auto md:grid-cols-5" data-testid="deals-board">
          {columns.map((c) => (
            <section key={c.stage} className="min-w-48 rounded-lg bg-slate-100 p-2" data-testid={`deal-column-${c.stage}`}>
              <h2 className="mb-2 px-1 text-sm font-semibold">
                {t(`stages.${c.stage}`)} <span className="text-slate-500">({c.deals.length})</span>
              </h2>
              <ul className="space-y-2">
                {c.deals.map((d) => (
                  <li key={d.id} className="rounded border border-slate-200 bg-white p-2 text-sm" data-testid="deal-card" data-stage={d.stage}>
                    <Link href={`/deals/${d.id}`} className="font-medium">
                      {d.listingTitle}
                    </Link>
                    <p className="text-slate-600">{d.otherParty}</p>
                    {d.stage === "INTEREST" ? <p className="text-xs text-slate-500">{t("answerBy", { date: dateFmt.format(new Date(d.respondBy)) })}</p> : null}
                    <Overdue d={d} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
