import { randomUUID } from "node:crypto";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { todayIso } from "@/lib/contracts/dates";
import { isAppError } from "@/lib/errors";
import { requireActor } from "@/lib/server/auth/session";
import { getContractDraftFromDeal, getDirectEntryOptions, type ContractDraft } from "@/lib/server/contracts/contract-draft-from-deal";
import { orNotFound } from "@/lib/server/errors/or-not-found";
import { ContractForm } from "../contract-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ deal?: string }> };

/** Record a contract: `?deal=<id>` prefilled from the deal's agreed terms, or direct entry of one signed elsewhere. */
export default async function NewContractPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { deal: dealId } = await searchParams;
  setRequestLocale(locale);
  const actor = await requireActor(locale, dealId ? `/contracts/new?deal=${encodeURIComponent(dealId)}` : "/contracts/new");
  const t = await getTranslations("contracts");
  const te = await getTranslations("errors.fields");
  const key = randomUUID();

  if (dealId) {
    let draft: ContractDraft | null = null;
    let blocked: { reason: string; contractId: string | null } | null = null;
    try {
      draft = await orNotFound(getContractDraftFromDeal({ actor, dealId }));
    } catch (err) {
      if (!isAppError(err) || err.code !== "CONFLICT") throw err;
      const reason = err.fields.form ?? "dealNotAgreed";
      blocked = { reason, contractId: reason === "dealAlreadyContracted" && err.message !== "CONFLICT" ? err.message : null };
    }
    return (
      <section className="mx-auto max-w-3xl space-y-6">
        <h1 className="text-3xl font-bold">{t("newFromDeal")}</h1>
        {blocked ? (
          <div className="rounded border border-amber-300 bg-amber-50 p-3" role="alert" data-testid="contract-blocked">
            <p>{te(blocked.reason as "dealNotAgreed")}</p>
            <p className="mt-2 text-sm">
              {blocked.contractId ? <Link href={`/contracts/${blocked.contractId}`}>{t("openContract")}</Link> : <Link href={`/deals/${dealId}`}>{t("backToDeal")}</Link>}
            </p>
          </div>
        ) : draft ? (
          <>
            <p className="text-slate-600">{t("fromDealLead", { listing: draft.deal.listingTitle })}</p>
            {draft.intermediary ? <p className="text-sm text-slate-600">{t("intermediaryIs", { name: draft.intermediary.name })}</p> : null}
            <div className="rounded-lg border border-slate-200 bg-white p-6">
              <ContractForm idempotencyKey={key} initial={draft.values} milestones={draft.milestones} deal={{ id: draft.deal.id, version: draft.deal.version, supplier: draft.supplier, recipient: draft.recipient }} />
            </div>
          </>
        ) : null}
      </section>
    );
  }

  const options = await getDirectEntryOptions({ actor });
  return (
    <section className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("newDirect")}</h1>
      {!options.allowed ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-3" role="alert" data-testid="contract-direct-not-allowed">
          {te("directEntryNotAllowed")}
        </p>
      ) : (
        <>
          <p className="text-slate-600">{t("directLead")}</p>
          <div className="rounded-lg border border-slate-200 bg-white p-6">
            <ContractForm
              idempotencyKey={key}
              initial={{ signedAt: todayIso(), supplierCountry: "VN", recipientCountry: "VN" }}
              milestones={[]}
              organizations={options.organizations}
              intermediaries={options.isAdmin ? options.organizations.filter((o) => o.kind === "INTERMEDIARY") : options.intermediaries}
              intermediaryOptional={options.isAdmin}
            />
          </div>
        </>
      )}
    </section>
  );
}
