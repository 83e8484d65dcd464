import { useTranslations } from "next-intl";
import { formatCount, formatPercent } from "@/lib/outcomes/format";
import type { Rate } from "@/lib/outcomes/types";

/** "12 of 340" under a rate, so a 50% of 2 is not mistaken for a 50% of 2,000. */
export function RateBasis({ rate, locale }: { rate: Rate; locale: string }) {
  const t = useTranslations("outcomes.tiles");
  return <>{t("ofTotal", { numerator: formatCount(rate.numerator, locale), denominator: formatCount(rate.denominator, locale) })}</>;
}

export const ratePercent = (rate: Rate, locale: string) => formatPercent(rate.rate, locale);
