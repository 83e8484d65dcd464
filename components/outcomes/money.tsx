import { useTranslations } from "next-intl";
import { MIN_GROUP_FOR_VALUE } from "@/lib/outcomes/filters";
import { formatMoney } from "@/lib/outcomes/format";
import type { Money } from "@/lib/outcomes/types";

/** A contract value, or the "hidden" marker (with the rule as its tooltip) when the group is too small to show it. */
export function MoneyValue({ value, locale, exact = false }: { value: Money; locale: string; exact?: boolean }) {
  const t = useTranslations("outcomes");
  const text = formatMoney(value, locale, exact ? "exact" : "compact");
  if (text !== null) return <span className="whitespace-nowrap">{text}</span>;
  return (
    <span className="cursor-help whitespace-nowrap text-slate-500 italic" title={t("hiddenRule", { min: MIN_GROUP_FOR_VALUE })} data-testid="hidden-value">
      {t("hidden", { min: MIN_GROUP_FOR_VALUE })}
      <sup aria-hidden>*</sup>
    </span>
  );
}

/** The footnote under a figure that has hidden values. */
export function HiddenFootnote({ show }: { show: boolean }) {
  const t = useTranslations("outcomes");
  if (!show) return null;
  return (
    <p className="text-xs text-slate-500">
      <sup aria-hidden>*</sup> {t("hiddenRule", { min: MIN_GROUP_FOR_VALUE })}
    </p>
  );
}
