import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireActor } from "@/lib/server/auth/session";
import { listAccessTokens } from "@/lib/server/tokens/access-tokens";
import { revokeTokenAction } from "./actions";
import { TokenForm } from "./token-form";

export default async function TokensPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "/settings/tokens");
  const [tokens, t] = await Promise.all([listAccessTokens({ actor }), getTranslations("tokens")]);
  const fmt = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", { dateStyle: "medium", timeStyle: "short" });
  return (
    <section className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-slate-600">
          {t("lead")}{" "}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the API docs are a route handler, outside the localised pages */}
          <a href="/api/docs">{t("docs")}</a>
        </p>
      </header>
      <div className="rounded-lg border border-slate-200 bg-white p-5">
        <TokenForm />
      </div>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left">
            <th className="p-2">{t("name")}</th>
            <th className="p-2">{t("prefix")}</th>
            <th className="p-2">{t("lastUsed")}</th>
            <th className="p-2" />
          </tr>
        </thead>
        <tbody>
          {tokens.map((k) => (
            <tr key={k.id} className="border-b border-slate-100">
              <td className="p-2">{k.name}</td>
              <td className="p-2 font-mono">{k.prefix}…</td>
              <td className="p-2">{k.lastUsedAt ? fmt.format(k.lastUsedAt) : "—"}</td>
              <td className="p-2">
                {k.revokedAt ? (
                  <span className="text-slate-500">{t("revoked")}</span>
                ) : (
                  <form action={revokeTokenAction}>
                    <input type="hidden" name="id" value={k.id} />
                    <button className="text-red-800 underline">{t("revoke")}</button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
