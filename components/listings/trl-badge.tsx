import { useTranslations } from "next-intl";

/** "TRL 7" with its meaning, readable on hover and by screen readers. */
export function TrlBadge({ level, prefix }: { level: number; prefix?: string }) {
  const t = useTranslations("listing");
  const meaning = useTranslations("trl")(String(level) as "1");
  return (
    <span className="inline-flex items-center gap-1 rounded bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-900" title={meaning}>
      {prefix ? `${prefix} ` : ""}
      {t("trlBadge", { level })}
      <span className="sr-only">: {meaning}</span>
    </span>
  );
}
