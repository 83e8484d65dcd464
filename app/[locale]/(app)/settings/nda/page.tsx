import { getTranslations, setRequestLocale } from "next-intl/server";
import { STANDARD_NDA_TEXT } from "@/lib/deals/standard-nda";
import { requireActor } from "@/lib/server/auth/session";
import { listNdaTemplates } from "@/lib/server/deals/nda-templates";
import { orNotFound } from "@/lib/server/errors/or-not-found";
import { NdaForm } from "./nda-form";

/** The organisation's own NDA text (versions newest first); the platform's standard text applies until one is saved. */
export default async function NdaSettingsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ org?: string }> }) {
  const { locale } = await params;
  const { org } = await searchParams;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "/settings/nda");
  const t = await getTranslations("deals.ndaSettings");
  if (!actor.memberships.length) return <p className="rounded border border-slate-200 bg-white p-5">{t("noOrganization")}</p>;
  const list = await orNotFound(listNdaTemplates({ actor, organizationId: org }));
  const latest = list.templates[0];
  const fmt = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", { dateStyle: "medium", timeStyle: "short" });
  return (
    <section className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-slate-600">{t("lead")}</p>
      </header>
      <div className="rounded-lg border border-slate-200 bg-white p-5">
        {list.canEdit ? (
          <NdaForm organizationId={list.organizationId} defaults={{ title: latest?.title ?? "", body: latest?.body ?? "" }} />
        ) : (
          <p className="text-sm text-slate-600">{t("ownersOnly")}</p>
        )}
      </div>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("versions")}</h2>
        {list.templates.length === 0 ? <p className="text-sm text-slate-600">{t("usingStandard")}</p> : null}
        <ol className="space-y-2">
          {list.templates.map((v) => (
            <li key={v.id} className="rounded border border-slate-200 bg-white p-3 text-sm" data-testid="nda-version">
              <p className="font-medium">
                {t("versionLine", { version: v.version, title: v.title, date: fmt.format(new Date(v.createdAt)) })}
                {v.fileName ? ` · ${v.fileName}` : ""}
              </p>
              <p className="font-mono text-xs text-slate-500">SHA-256 {v.textSha256}</p>
            </li>
          ))}
        </ol>
      </section>
      <details className="rounded border border-slate-200 bg-white p-3 text-sm">
        <summary className="cursor-pointer font-medium">{t("standardText")}</summary>
        <pre className="mt-2 whitespace-pre-wrap font-sans">{STANDARD_NDA_TEXT}</pre>
      </details>
    </section>
  );
}
