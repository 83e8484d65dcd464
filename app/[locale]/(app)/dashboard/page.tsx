import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { provinceName } from "@/lib/geo/provinces";
import { requireActor } from "@/lib/server/auth/session";
import { countMilestonesDue } from "@/lib/server/contracts/count-milestones-due";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { countDealTasks } from "@/lib/server/deals/count-deal-tasks";
import { getListingContext } from "@/lib/server/listings/listing-context";
import { listMyListings } from "@/lib/server/listings/list-my-listings";
import { StatusChip } from "@/components/listings/chips";
import { listNotifications } from "@/lib/server/notifications/notify";
import { markReadAction } from "../matches/actions";
import { reviewMembershipAction } from "./actions";

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "/dashboard");
  const [data, listings, context, notifications, dealTasks, milestones] = await Promise.all([
    getDashboard({ actor }),
    listMyListings({ actor }),
    getListingContext({ actor }),
    listNotifications({ actor }),
    countDealTasks({ actor }),
    countMilestonesDue({ actor }),
  ]);
  const tasks = [
    { key: "awaitingAnswer", count: dealTasks.awaitingMyAnswer, href: "/deals?view=list&stage=INTEREST", urgent: false },
    { key: "overdueInterests", count: dealTasks.overdue, href: "/deals?view=list&stage=INTEREST", urgent: true },
    { key: "milestonesDue", count: milestones.dueSoon, href: "/contracts", urgent: false },
    { key: "milestonesOverdue", count: milestones.overdue, href: "/contracts", urgent: true },
  ] as const;
  const tn = await getTranslations("notifications");
  const tl = await getTranslations("listing");
  const dateFmt = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN");
  const t = await getTranslations("dashboard");
  const tk = await getTranslations("orgKinds");
  const tr = await getTranslations("roles");
  const tv = await getTranslations("verification");
  const ti = await getTranslations("intermediaryTypes");
  const to = await getTranslations("outcomes");
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-slate-600">{t("greeting", { name: data.user.name })}</p>
        {data.user.platformRole === "ADMIN" ? (
          <p className="mt-2 text-sm">
            <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-900">{tr("ADMIN")}</span>{" "}
            <Link href="/admin/organizations">{t("adminLink")}</Link>
          </p>
        ) : null}
      </header>
      <section aria-labelledby="tasks" className="space-y-3">
        <h2 id="tasks" className="text-xl font-semibold">
          {t("tasks.title")}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {tasks.map((task) => (
            <li key={task.key}>
              <Link
                href={task.href}
                data-testid={`task-${task.key}`}
                className={`block rounded-lg border bg-white p-4 no-underline ${task.urgent && task.count > 0 ? "border-red-300 bg-red-50" : "border-slate-200"}`}
              >
                <span className={`block text-3xl font-bold ${task.urgent && task.count > 0 ? "text-red-800" : "text-slate-900"}`} data-testid="task-count">
                  {task.count}
                </span>
                <span className="text-sm text-slate-700">{t(`tasks.${task.key}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {/* Outcome views: the state view for verified agencies and admins, brokerage outcomes for verified intermediaries. */}
      <nav aria-label={to("dashboard.title")} className="flex flex-wrap items-baseline gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="outcome-links">
        <span className="font-semibold">{to("dashboard.title")}</span>
        {data.user.platformRole === "ADMIN" || data.memberships.some((m) => m.status === "ACTIVE" && m.organization.kind === "GOVERNMENT_AGENCY" && m.organization.verificationStatus === "VERIFIED") ? (
          <Link href="/outcomes/state" data-testid="dashboard-outcomes-state">{to("dashboard.state")}</Link>
        ) : null}
        {data.user.platformRole === "ADMIN" || data.memberships.some((m) => m.status === "ACTIVE" && m.organization.kind === "INTERMEDIARY" && m.organization.verificationStatus === "VERIFIED") ? (
          <Link href="/outcomes/intermediary" data-testid="dashboard-outcomes-intermediary">{to("dashboard.intermediary")}</Link>
        ) : null}
        <Link href="/outcomes">{to("dashboard.market")}</Link>
      </nav>
      <section aria-labelledby="notifications" className="space-y-3" data-testid="notifications">
        <div className="flex items-center gap-3">
          <h2 id="notifications" className="flex-1 text-xl font-semibold">
            {t("notifications")}
          </h2>
          {notifications.some((n) => !n.read) ? (
            <form action={markReadAction}>
              <button className="text-sm underline">{t("markRead")}</button>
            </form>
          ) : null}
        </div>
        {notifications.length === 0 ? <p className="text-slate-600">{t("noNotifications")}</p> : null}
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {notifications.map((n) => (
            <li key={n.id} className={`p-3 text-sm ${n.read ? "" : "bg-brand-50 font-medium"}`} data-testid="notification">
              <Link href={n.payload.href}>{tn(`${n.kind as "match.new"}.body`, n.payload)}</Link>
              <span className="ml-2 text-xs text-slate-500">{dateFmt.format(new Date(n.createdAt))}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="orgs" className="space-y-4">
        <h2 id="orgs" className="text-xl font-semibold">
          {t("yourOrganizations")}
        </h2>
        {data.memberships.length === 0 ? <p>{t("noOrganization")}</p> : null}
        {data.memberships.map((m) => (
          <article key={m.organization.id} className="rounded-lg border border-slate-200 bg-white p-5" data-testid="membership">
            <h3 className="text-lg font-semibold">
              <Link href={`/organizations/${m.organization.slug}`}>{m.organization.name}</Link>
            </h3>
            <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="text-slate-500">{t("role")}</dt>
              <dd data-testid="role">{tr(m.role as "OWNER")}</dd>
              <dt className="text-slate-500">{t("kind")}</dt>
              <dd>
                {tk(m.organization.kind as "UNIVERSITY")}
                {m.organization.intermediaryType ? ` · ${ti(m.organization.intermediaryType as "TECHNOLOGY_EXCHANGE")}` : ""}
              </dd>
              <dt className="text-slate-500">{t("province")}</dt>
              <dd>{provinceName(m.organization.province, locale)}</dd>
              <dt className="text-slate-500">{t("verification")}</dt>
              <dd>{tv(m.organization.verificationStatus as "PENDING")}</dd>
            </dl>
            {m.status === "ACTIVE" && m.role === "OWNER" ? (
              <p className="mt-3 text-sm">
                <Link href={`/settings/organizations/${m.organization.id}`}>{t("editProfile")}</Link>
              </p>
            ) : null}
            {m.status === "PENDING" ? <p className="mt-3 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("pendingMembership")}</p> : null}
            {m.status === "ACTIVE" && m.organization.verificationStatus === "PENDING" ? (
              <p className="mt-3 text-sm text-slate-600">{t("unverifiedNote")}</p>
            ) : null}
            {m.pendingRequests.length > 0 ? (
              <div className="mt-4">
                <h4 className="font-medium">{t("joinRequests")}</h4>
                <ul className="mt-2 divide-y divide-slate-100">
                  {m.pendingRequests.map((r) => (
                    <li key={r.membershipId} className="flex flex-wrap items-center gap-3 py-2 text-sm">
                      <span>
                        {r.name} &lt;{r.email}&gt;
                      </span>
                      <form action={reviewMembershipAction} className="ml-auto flex gap-2">
                        <input type="hidden" name="membershipId" value={r.membershipId} />
                        <button name="decision" value="approve" className="rounded bg-brand-600 px-3 py-1 text-white">
                          {t("approve")}
                        </button>
                        <button name="decision" value="reject" className="rounded border border-slate-300 px-3 py-1">
                          {t("reject")}
                        </button>
                      </form>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </article>
        ))}
      </section>
      <section aria-labelledby="listings" className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="listings" className="flex-1 text-xl font-semibold">
            {tl("myListings")}
          </h2>
          {context.offer.mode !== "none" ? (
            <Link href="/offers/new" className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white no-underline">
              {tl("newOffer")}
            </Link>
          ) : null}
          {context.challenge.mode !== "none" ? (
            <Link href="/challenges/new" className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white no-underline">
              {tl("newChallenge")}
            </Link>
          ) : null}
        </div>
        {listings.length === 0 ? <p className="text-slate-600">{tl("noListings")}</p> : null}
        {listings.length > 0 ? (
          <table className="w-full border-collapse bg-white text-sm" data-testid="my-listings">
            <thead>
              <tr className="border-b border-slate-200 text-left">
                <th className="p-2">{tl("title")}</th>
                <th className="p-2">{tl("statusLabel")}</th>
                <th className="p-2">{tl("colCompleteness")}</th>
                <th className="p-2">{tl("colExpires")}</th>
                <th className="p-2">
                  <span className="sr-only">{t("seeMatches")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {listings.map((l) => (
                <tr key={l.id} className="border-b border-slate-100">
                  <td className="p-2">
                    <Link href={l.kind === "offer" ? `/offers/${l.id}` : `/challenges/${l.id}`}>{l.title}</Link>
                    <div className="text-xs text-slate-500">{l.organizationName}</div>
                  </td>
                  <td className="p-2">
                    <StatusChip status={l.status} />
                    {l.expiry === "soon" ? <span className="ml-2 text-xs font-medium text-amber-800">{tl("expiringSoon")}</span> : null}
                    {l.expiry === "expired" ? <span className="ml-2 text-xs font-medium text-red-800">{tl("expired")}</span> : null}
                  </td>
                  <td className="p-2">{l.completeness}%</td>
                  <td className="p-2">{l.expiresAt ? dateFmt.format(l.expiresAt) : "—"}</td>
                  <td className="p-2">
                    {l.status === "PUBLISHED" || l.status === "DRAFT" ? <Link href={`/${l.kind === "offer" ? "offers" : "challenges"}/${l.id}/matches`}>{t("seeMatches")}</Link> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </div>
  );
}
