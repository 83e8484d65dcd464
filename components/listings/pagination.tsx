import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** Previous/next links that keep every filter in the URL. */
export function Pagination({ pathname, params, page, pages }: { pathname: string; params: Record<string, string | string[]>; page: number; pages: number }) {
  const t = useTranslations("listing");
  if (pages <= 1) return null;
  const to = (p: number) => ({ pathname, query: { ...params, page: String(p) } });
  return (
    <nav className="flex items-center justify-between text-sm" aria-label={t("pageOf", { page, pages })}>
      {page > 1 ? <Link href={to(page - 1)}>{t("previous")}</Link> : <span />}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages ? <Link href={to(page + 1)}>{t("next")}</Link> : <span />}
    </nav>
  );
}
