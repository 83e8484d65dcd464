import { getTranslations, setRequestLocale } from "next-intl/server";
import { challengeFormValues } from "@/lib/listings/form-values";
import { requireActor } from "@/lib/server/auth/session";
import { getChallengeForEdit } from "@/lib/server/listings/get-for-edit";
import { orNotFound } from "@/lib/server/errors/or-not-found";
import { listTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";
import { ChallengeForm } from "../../../listings/challenge-form";

export default async function EditChallengePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, `/challenges/${encodeURIComponent(id)}/edit`);
  const challenge = await orNotFound(getChallengeForEdit({ actor, id }));
  const [taxonomy, t] = await Promise.all([listTaxonomy(), getTranslations("listing")]);
  return (
    <section className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("editChallenge")}</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <ChallengeForm id={challenge.id} initial={challengeFormValues(challenge)} taxonomy={taxonomy} />
      </div>
    </section>
  );
}
