import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { DirectionBadge } from "@/components/contracts/direction-badge";
import { Link } from "@/i18n/navigation";
import { formatVnd } from "@/lib/listings/money";
import { requireActor } from "@/lib/server/auth/session";
import { listContracts } from "@/lib/server/contracts/list-contracts";

/** The contracts the actor's organisations are party to, and the milestones due within 30 days or overdue. */
export default async function ContractsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "/contracts");
  const [{ items, due }, t, tt, format] = await Promise.all([listContracts({ actor }), getTranslations("contracts"), getTranslations("contracts.types"), getFormatter()]);
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <section className="mx-auto max-w-5xl space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="text-slate-600">{t("lead")}</p>
        </div>
        <Link href="/contracts/new" className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm no-underline" data-testid="contract-new-direct">
          {t("newDirect")}
        </Link>
      </header>

      <section className="space-y-3" data-testid="milestones-due">
        <h2 className="text-xl font-semibold">{t("dueTitle")}</h2>
        {due.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noneDue")}</p>
        ) : (
          <ul className="space-y-2">
            {due.map((m) => (
              <li
                key={m.id}
                className={`flex flex-wrap items-baseline gap-3 rounded border p-3 text-sm ${m.overdue ? "border-red-300 bg-red-50" : "border-slate-200 bg-white"}`}
                data-testid="milestone-due"
                data-overdue={m.overdue ? "true" : "false"}
              >
                <span className={`font-semibold ${m.overdue ? "text-red-900" : ""}`}>{m.overdue ? t("overdueOn", { date: date(m.dueDate) }) : t("dueOn", { date: date(m.dueDate) })}</span>
                <span>{m.title}</span>
                {m.amountVnd ? <span>{formatVnd(m.amountVnd, locale)}</span> : null}
                <Link href={`/contracts/${m.contractId}`}>{m.contractTitle}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t("allTitle")}</h2>
        {items.length === 0 ? <p className="rounded border border-slate-200 bg-white p-5">{t("none")}</p> : null}
        <ul className="space-y-3" data-testid="contract-list">
          {items.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="contract-item">
              <div className="flex flex-wrap items-baseline gap-2">
                <Link href={`/contracts/${c.id}`} className="text-lg font-semibold">
                  {c.title}
                </Link>
                <DirectionBadge direction={c.direction} />
                <span className="text-sm text-slate-600">{tt(c.type as "KNOW_HOW")}</span>
              </div>
              <p className="text-sm">
                {c.supplierName} ({c.supplierCountry}) → {c.recipientName} ({c.recipientCountry}) · {formatVnd(c.valueVnd, locale)} · {t("signedOn", { date: date(c.signedAt) })}
              </p>
              <p className="text-sm text-slate-600">
                {t("milestonesProgress", { done: c.milestonesDone, total: c.milestonesTotal })}
                {c.nextMilestone ? (
                  <span className={c.nextMilestone.overdue ? "font-semibold text-red-800" : ""}>
                    {" · "}
                    {t("next", { title: c.nextMilestone.title, date: date(c.nextMilestone.dueDate) })}
                  </span>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
