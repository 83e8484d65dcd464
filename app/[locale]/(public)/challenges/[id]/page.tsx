import { getTranslations, setRequestLocale } from "next-intl/server";
import { DealTypeChips, StatusChip } from "@/components/listings/chips";
import { Field, LockedNotice, Section, StatusBanner } from "@/components/listings/detail-parts";
import { taxonomyNames } from "@/components/listings/taxonomy-names";
import { TrlBadge } from "@/components/listings/trl-badge";
import { Link } from "@/i18n/navigation";
import { provinceName } from "@/lib/geo/provinces";
import { formatVnd } from "@/lib/listings/money";
import { getActor } from "@/lib/server/auth/session";
import { getChallenge } from "@/lib/server/challenges/get-challenge";
import { orNotFound } from "@/lib/server/errors/or-not-found";
import { recordListingView } from "@/lib/server/outcomes/record-listing-view";
import { getOwnerPanel } from "@/lib/server/listings/owner-view";
import { listTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";
import { getInterestContext } from "@/lib/server/deals/interest-context";
import { InterestForm } from "../../../(app)/deals/interest-form";
import { OwnerPanel } from "../../../(app)/listings/owner-panel";

export default async function ChallengePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await getActor();
  const challenge = await orNotFound(getChallenge({ actor, id }));
  void recordListingView({ actor, kind: "challenge", id: challenge.id }); // never throws; not awaited so the page does not wait on it
  const [taxonomy, owner, interest, t, tt] = await Promise.all([
    listTaxonomy(),
    getOwnerPanel({ actor, view: challenge }),
    getInterestContext({ actor, kind: "challenge", listing: { id: challenge.id, organizationId: challenge.organization.id, status: challenge.status } }),
    getTranslations("listing"),
    getTranslations("trl"),
  ]);
  const date = (iso: string | null) => (iso ? new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN").format(new Date(iso)) : "");
  const d = challenge.details;
  const budget =
    d && (d.budgetMinVnd || d.budgetMaxVnd)
      ? [d.budgetMinVnd, d.budgetMaxVnd].map((v) => (v ? formatVnd(v, locale) : "…")).join(" – ")
      : null;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-5">
        {challenge.status === "DRAFT" ? <StatusBanner tone="amber" text={t("draftBanner")} /> : null}
        {challenge.status === "ARCHIVED" ? <StatusBanner tone="slate" text={t("archivedBanner")} /> : null}
        {challenge.status === "CLOSED" ? <StatusBanner tone="slate" text={t("closedBanner")} /> : null}
        {owner?.expired && challenge.status === "PUBLISHED" ? <StatusBanner tone="amber" text={t("expiredBanner")} /> : null}
        <header className="space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            <StatusChip status={challenge.status} />
            <TrlBadge level={challenge.minTrl} prefix="≥" />
            <span className="text-sm text-slate-600">{tt(String(challenge.minTrl) as "1")}</span>
            {challenge.stateCommissioned ? <span className="rounded bg-red-50 px-2 py-0.5 text-xs font-medium text-red-900">{t("commissioned")}</span> : null}
          </div>
          <h1 className="text-3xl font-bold" lang={challenge.language}>
            {challenge.title}
          </h1>
          {challenge.titleTranslated ? <p className="text-lg text-slate-600">{challenge.titleTranslated}</p> : null}
          <p className="text-sm text-slate-600">
            <Link href={`/organizations/${challenge.organization.slug}`}>{challenge.organization.name}</Link> · {provinceName(challenge.province, locale)}
            {challenge.deadline ? ` · ${t("deadline")}: ${date(challenge.deadline)}` : ""}
          </p>
        </header>
        <Section title={t("teaserSection")}>
          <Field label={t("problem")} value={<span lang={challenge.language}>{challenge.problem}</span>} />
          {challenge.problemTranslated ? <Field label={t("problemTranslated")} value={challenge.problemTranslated} /> : null}
          <Field label={t("desiredOutcome")} value={challenge.desiredOutcome} />
          <Field label={t("dealTypes")} value={<span className="flex flex-wrap gap-2"><DealTypeChips types={challenge.dealTypes} /></span>} />
          <Field label={t("fields")} value={taxonomyNames(challenge.fieldCodes, taxonomy.fields, locale)} />
          <Field label={t("sectors")} value={taxonomyNames(challenge.sectorCodes, taxonomy.sectors, locale)} />
        </Section>
        <Section title={t("businessSection")} testId="business-section">
          {d ? (
            <>
              <Field label={t("constraints")} value={d.constraints} />
              <Field label={t("budget")} value={budget} />
            </>
          ) : (
            <LockedNotice text={t("teaserNotice")} signedIn={Boolean(actor)} callbackPath={`/${locale}/challenges/${challenge.id}`} />
          )}
        </Section>
        <Section title={t("confidentialSection")} testId="confidential-section">
          {challenge.confidential ? (
            <Field label={t("confidentialDetails")} value={challenge.confidential.confidentialDetails} />
          ) : (
            <LockedNotice text={t("confidentialNotice")} signedIn={Boolean(actor)} callbackPath={`/${locale}/challenges/${challenge.id}`} />
          )}
        </Section>
      </div>
      {owner ? (
        <OwnerPanel kind="challenge" id={challenge.id} status={challenge.status} expired={owner.expired} completeness={owner.completeness} grants={owner.grants} organizations={owner.organizations} />
      ) : interest ? (
        <InterestForm kind="challenge" listingId={challenge.id} dealTypes={challenge.dealTypes} organizations={interest.organizations} openDealId={interest.openDealId} />
      ) : null}
    </div>
  );
}
