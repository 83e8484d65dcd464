import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { SignInForm } from "./sign-in-form";

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { callbackUrl } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <section className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{t("signInTitle")}</h1>
      <p className="mb-6 text-slate-600">{t("signInLead")}</p>
      <SignInForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
      <p className="mt-6 text-sm">
        {t("noAccount")} <Link href="/sign-up">{t("submitSignUp")}</Link>
      </p>
    </section>
  );
}
