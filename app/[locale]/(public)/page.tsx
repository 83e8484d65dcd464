import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function HomePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ signedOut?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { signedOut } = await searchParams;
  const t = await getTranslations("home");
  const ta = await getTranslations("auth");
  const percent = new Intl.NumberFormat(locale === "en" ? "en-US" : "vi-VN", { style: "percent", maximumFractionDigits: 1 });
  const audiences = [
    ["forResearchers", "forResearchersText"],
    ["forEnterprises", "forEnterprisesText"],
    ["forIntermediaries", "forIntermediariesText"],
  ] as const;
  return (
    <div className="space-y-12">
      {signedOut ? (
        <p role="status" className="rounded border border-brand-100 bg-brand-50 px-3 py-2 text-sm">
          {ta("signedOut")}
        </p>
      ) : null}
      <section className="space-y-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-600">{t("eyebrow")}</p>
        <h1 className="text-4xl font-bold leading-tight text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("lead")}</p>
        <div className="flex flex-wrap gap-3 pt-2">
          <Link href="/sign-up" className="rounded bg-brand-600 px-5 py-2.5 font-medium text-white no-underline hover:bg-brand-700">
            {t("ctaStart")}
          </Link>
          <Link href="/sign-in" className="rounded border border-slate-300 bg-white px-5 py-2.5 font-medium no-underline hover:bg-slate-100">
            {t("ctaSignIn")}
          </Link>
        </div>
      </section>
      <section aria-labelledby="gap" className="rounded-lg bg-brand-900 p-6 text-white">
        <h2 id="gap" className="mb-4 text-lg font-semibold">
          {t("gapTitle")}
        </h2>
        <dl className="grid gap-6 sm:grid-cols-2">
          <div>
            <dt className="text-4xl font-bold">{percent.format(0.001)}</dt>
            <dd className="text-brand-100">{t("gapPatents")}</dd>
          </div>
          <div>
            <dt className="text-4xl font-bold">{percent.format(0.85)}</dt>
            <dd className="text-brand-100">{t("gapInbound")}</dd>
          </div>
        </dl>
      </section>
      <section className="grid gap-4 sm:grid-cols-3">
        {audiences.map(([title, text]) => (
          <article key={title} className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="mb-2 font-semibold">{t(title)}</h2>
            <p className="text-sm text-slate-700">{t(text)}</p>
          </article>
        ))}
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t("howTitle")}</h2>
        <p className="text-slate-700">{t("howSteps")}</p>
      </section>
    </div>
  );
}
