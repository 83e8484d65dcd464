import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listJoinableOrganizations } from "@/lib/server/organizations/list-joinable-organizations";
import { SignUpForm } from "./sign-up-form";

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth");
  const organizations = await listJoinableOrganizations();
  return (
    <section className="mx-auto max-w-lg rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{t("signUpTitle")}</h1>
      <p className="mb-6 text-slate-600">{t("signUpLead")}</p>
      <SignUpForm organizations={organizations.map((o) => ({ id: o.id, name: o.name }))} />
      <p className="mt-6 text-sm">
        {t("haveAccount")} <Link href="/sign-in">{t("submitSignIn")}</Link>
      </p>
    </section>
  );
}
