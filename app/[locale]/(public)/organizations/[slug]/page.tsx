import { getTranslations, setRequestLocale } from "next-intl/server";
import { TrlBadge } from "@/components/listings/trl-badge";
import { Link } from "@/i18n/navigation";
import { provinceName } from "@/lib/geo/provinces";
import { getActor } from "@/lib/server/auth/session";
import { orNotFound } from "@/lib/server/errors/or-not-found";
import { getOrganizationPage } from "@/lib/server/organizations/get-organization-page";

export default async function OrganizationPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const actor = await getActor();
  const org = await orNotFound(getOrganizationPage({ actor, slug }));
  const [t, tk, tv, ti, tl, tr] = await Promise.all([
    getTranslations("orgPage"),
    getTranslations("orgKinds"),
    getTranslations("verification"),
    getTranslations("intermediaryTypes"),
    getTranslations("listing"),
    getTranslations("roles"),
  ]);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">
          {tk(org.kind as "UNIVERSITY")}
          {org.intermediaryType ? ` · ${ti(org.intermediaryType as "INCUBATOR")}` : ""} · {provinceName(org.province, locale)} ·{" "}
          <span data-testid="verification">{tv(org.verificationStatus as "PENDING")}</span>
        </p>
        <h1 className="text-3xl font-bold">{org.name}</h1>
        {org.website ? (
          <a href={org.website} rel="noopener noreferrer nofollow" target="_blank" className="text-sm">
            {org.website}
          </a>
        ) : null}
        {org.description ? <p className="max-w-3xl pt-2 text-slate-700">{org.description}</p> : null}
      </header>
      {org.kind === "INTERMEDIARY" && org.servedRegions.length ? (
        <p className="text-sm">
          <span className="font-medium">{t("servedRegions")}: </span>
          {org.servedRegions.map((r) => provinceName(r, locale)).join(", ")}
        </p>
      ) : null}
      {org.private ? (
        <section className="rounded-lg border border-slate-200 bg-white p-5 text-sm" data-testid="org-private">
          <h2 className="mb-2 font-semibold">{t("membersOnly")}</h2>
          <p>
            {org.private.contactEmail ?? "—"} · {org.private.contactPhone ?? "—"} · {t("taxCode")}: {org.private.taxCode ?? "—"}
          </p>
          <ul className="mt-2 list-disc pl-5">
            {org.private.members.map((m) => (
              <li key={m.email}>
                {m.name} — {tr(m.role as "OWNER")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {org.brokered.length ? (
        <section>
          <h2 className="mb-2 text-lg font-semibold">{t("brokeredTitle")}</h2>
          <ul className="space-y-2">
            {org.brokered.map((o) => (
              <li key={o.id} className="flex items-start gap-2">
                <TrlBadge level={o.trl} />
                <Link href={`/offers/${o.id}`}>{o.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="grid gap-6 md:grid-cols-2">
        <div>
          <h2 className="mb-2 text-lg font-semibold">{tl("offersTitle")}</h2>
          {org.offers.length === 0 ? <p className="text-sm text-slate-600">{tl("noListings")}</p> : null}
          <ul className="space-y-2">
            {org.offers.map((o) => (
              <li key={o.id} className="flex items-start gap-2">
                <TrlBadge level={o.trl} />
                <Link href={`/offers/${o.id}`}>{o.title}</Link>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className="mb-2 text-lg font-semibold">{tl("challengesTitle")}</h2>
          {org.challenges.length === 0 ? <p className="text-sm text-slate-600">{tl("noListings")}</p> : null}
          <ul className="space-y-2">
            {org.challenges.map((c) => (
              <li key={c.id} className="flex items-start gap-2">
                <TrlBadge level={c.minTrl} prefix="≥" />
                <Link href={`/challenges/${c.id}`}>{c.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      </section>
    </div>
  );
}
