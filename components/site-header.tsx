import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { signOutAction } from "@/app/[locale]/(auth)/actions";
import { LanguageSwitcher } from "./language-switcher";

type Props = { actor: { name: string; isAdmin: boolean } | null };
type NavLink = { href: string; label: string; testId?: string };

export async function SiteHeader({ actor }: Props) {
  const t = await getTranslations("nav");
  const to = await getTranslations("outcomes");
  const locale = await getLocale();
  const publicLinks: NavLink[] = [
    { href: "/offers", label: t("offers") },
    { href: "/challenges", label: t("challenges") },
    { href: "/organizations", label: t("organizations") },
    { href: "/intermediaries", label: t("intermediaries") },
    { href: "/outcomes", label: to("navLink"), testId: "nav-outcomes" },
  ];
  const workspaceLinks: NavLink[] = [
    { href: "/dashboard", label: t("dashboard") },
    { href: "/matches", label: t("matches") },
    { href: "/deals", label: t("deals"), testId: "nav-deals" },
    { href: "/contracts", label: t("contracts"), testId: "nav-contracts" },
    { href: "/import", label: t("import") },
    { href: "/settings/tokens", label: t("tokens") },
    ...(actor?.isAdmin ? [{ href: "/admin/organizations", label: t("admin") }] : []),
  ];
  return (
    <header className="border-b border-slate-200 bg-white">
      {/* Two rows: the public site and the account on top, the signed-in workspace below, so
          neither row has to wrap at laptop widths. */}
      <nav className="mx-auto max-w-5xl px-4" aria-label="Helix">
        <div className="flex flex-wrap items-center gap-4 py-3">
          <Link href="/" className="text-xl font-bold text-brand-700 no-underline">
            Helix
          </Link>
          {publicLinks.map((l) => (
            <Link key={l.href} href={l.href} className="text-sm" data-testid={l.testId}>
              {l.label}
            </Link>
          ))}
          <div className="ml-auto flex flex-wrap items-center gap-4 text-sm">
            {actor ? (
              <>
                <span className="text-slate-500" data-testid="signed-in-as">
                  {actor.name}
                </span>
                <form action={signOutAction}>
                  <input type="hidden" name="locale" value={locale} />
                  <button type="submit" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100">
                    {t("signOut")}
                  </button>
                </form>
              </>
            ) : (
              <>
                <Link href="/sign-in">{t("signIn")}</Link>
                <Link href="/sign-up" className="rounded bg-brand-600 px-3 py-1 text-white no-underline hover:bg-brand-700">
                  {t("signUp")}
                </Link>
              </>
            )}
            <Suspense>
              <LanguageSwitcher label={t("switchTo")} ariaLabel={t("language")} />
            </Suspense>
          </div>
        </div>
        {actor ? (
          <div className="flex flex-wrap items-center gap-x-5 gap-y-1 border-t border-slate-100 py-2 text-sm">
            {workspaceLinks.map((l) => (
              <Link key={l.href} href={l.href} data-testid={l.testId}>
                {l.label}
              </Link>
            ))}
          </div>
        ) : null}
      </nav>
    </header>
  );
}
