import { getTranslations, setRequestLocale } from "next-intl/server";
import { DealTypeChips, StatusChip } from "@/components/listings/chips";
import { Field, LockedNotice, Section, StatusBanner } from "@/components/listings/detail-parts";
import { taxonomyNames } from "@/components/listings/taxonomy-names";
import { TrlBadge } from "@/components/listings/trl-badge";
import { Link } from "@/i18n/navigation";
import { provinceName } from "@/lib/geo/provinces";
import { formatVnd } from "@/lib/listings/money";
import { getActor } from "@/lib/server/auth/session";
import { orNotFound } from "@/lib/server/errors/or-not-found";
import { recordListingView } from "@/lib/server/outcomes/record-listing-view";
import { getOwnerPanel } from "@/lib/server/listings/owner-view";
import { getOffer } from "@/lib/server/offers/get-offer";
import { listTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";
import { getInterestContext } from "@/lib/server/deals/interest-context";
import { InterestForm } from "../../../(app)/deals/interest-form";
import { OwnerPanel } from "../../../(app)/listings/owner-panel";

export default async function OfferPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await getActor();
  const offer = await orNotFound(getOffer({ actor, id }));
  void recordListingView({ actor, kind: "offer", id: offer.id }); // never throws; not awaited so the page does not wait on it
  const [taxonomy, owner, interest, t, ti, tt] = await Promise.all([
    listTaxonomy(),
    getOwnerPanel({ actor, view: offer }),
    getInterestContext({ actor, kind: "offer", listing: { id: offer.id, organizationId: offer.organization.id, listedByOrganizationId: offer.listedBy?.id, status: offer.status } }),
    getTranslations("listing"),
    getTranslations("ipStatuses"),
    getTranslations("trl"),
  ]);
  const date = (iso: string | null) => (iso ? new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN").format(new Date(iso)) : "");
  const d = offer.details;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-5">
        {offer.status === "DRAFT" ? <StatusBanner tone="amber" text={t("draftBanner")} /> : null}
        {offer.status === "ARCHIVED" ? <StatusBanner tone="slate" text={t("archivedBanner")} /> : null}
        {offer.status === "CLOSED" ? <StatusBanner tone="slate" text={t("closedBanner")} /> : null}
        {owner?.expired && offer.status === "PUBLISHED" ? <StatusBanner tone="amber" text={t("expiredBanner")} /> : null}
        <header className="space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            <StatusChip status={offer.status} />
            <TrlBadge level={offer.trl} />
            <span className="text-sm text-slate-600">{tt(String(offer.trl) as "1")}</span>
          </div>
          <h1 className="text-3xl font-bold" lang={offer.language}>
            {offer.title}
          </h1>
          {offer.titleTranslated ? (
            <p className="text-lg text-slate-600" lang={offer.language === "vi" ? "en" : "vi"}>
              {offer.titleTranslated}
            </p>
          ) : null}
          <p className="text-sm text-slate-600">
            <Link href={`/organizations/${offer.organization.slug}`}>{offer.organization.name}</Link> · {provinceName(offer.province, locale)}
            {offer.listedBy ? ` · ${t("listedBy", { name: offer.listedBy.name })}` : ""}
            {offer.publishedAt ? ` · ${t("publishedOn", { date: date(offer.publishedAt) })}` : ""}
          </p>
        </header>
        <Section title={t("teaserSection")}>
          <Field label={t("summary")} value={<span lang={offer.language}>{offer.summary}</span>} />
          {offer.summaryTranslated ? <Field label={t("summaryTranslated")} value={offer.summaryTranslated} /> : null}
          <Field label={t("application")} value={offer.application} />
          <Field label={t("targetCustomers")} value={offer.targetCustomers} />
          <Field label={t("ipStatus")} value={ti(offer.ipStatus as "NONE")} />
          <Field label={t("dealTypes")} value={<span className="flex flex-wrap gap-2"><DealTypeChips types={offer.dealTypes} /></span>} />
          <Field label={t("fields")} value={taxonomyNames(offer.fieldCodes, taxonomy.fields, locale)} />
          <Field label={t("sectors")} value={taxonomyNames(offer.sectorCodes, taxonomy.sectors, locale)} />
          {offer.stateFunded ? <Field label={t("stateFunded")} value="✓" /> : null}
        </Section>
        <Section title={t("businessSection")} testId="business-section">
          {d ? (
            <>
              <Field label={t("marketSize")} value={d.marketSize} />
              <Field label={t("unitCost")} value={d.unitCost} />
              <Field label={t("efficiencyGain")} value={d.efficiencyGain} />
              <Field label={t("investmentNeeded")} value={d.investmentNeeded} />
              <Field label={t("askingPrice")} value={d.askingPriceVnd ? formatVnd(d.askingPriceVnd, locale) : null} />
              <Field label={t("patentNumbers")} value={d.patentNumbers.join(", ")} />
            </>
          ) : (
            <LockedNotice text={t("teaserNotice")} signedIn={Boolean(actor)} callbackPath={`/${locale}/offers/${offer.id}`} />
          )}
        </Section>
        <Section title={t("confidentialSection")} testId="confidential-section">
          {offer.confidential ? (
            <Field label={t("confidentialDetails")} value={offer.confidential.confidentialDetails} />
          ) : (
            <LockedNotice text={t("confidentialNotice")} signedIn={Boolean(actor)} callbackPath={`/${locale}/offers/${offer.id}`} />
          )}
        </Section>
      </div>
      {owner ? (
        <OwnerPanel kind="offer" id={offer.id} status={offer.status} expired={owner.expired} completeness={owner.completeness} grants={owner.grants} organizations={owner.organizations} />
      ) : interest ? (
        <InterestForm kind="offer" listingId={offer.id} dealTypes={offer.dealTypes} organizations={interest.organizations} openDealId={interest.openDealId} />
      ) : null}
    </div>
  );
}
