"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";

/** Links to the same page, with the same query, in the other language. */
export function LanguageSwitcher({ label, ariaLabel }: { label: string; ariaLabel: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const other = locale === "vi" ? "en" : "vi";
  const query = Object.fromEntries(search.entries());
  return (
    <Link href={{ pathname, query }} locale={other} hrefLang={other} lang={other} title={ariaLabel} data-testid="language-switcher">
      {label}
    </Link>
  );
}
