import { createTranslator } from "use-intl/core";
import { messagesFor, type Locale } from "@/i18n/messages";
import { provinceName } from "@/lib/geo/provinces";
import { SECTORS } from "@/lib/taxonomy/data";
import type { Glossary } from "./glossary";
import type { Reason } from "./score";

export type { Locale };

/**
 * Reasons as short sentences in a language: the UI's locale on pages, the matched item's
 * language in the batch output. Same messages (messages/*.json) in both places.
 */
const dedupe = (xs: string[]) => [...new Set(xs)];

export function renderReasons(reasons: Reason[], locale: Locale, glossary: Glossary): string[] {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "matching.reasons" });
  const td = createTranslator({ locale, messages: messagesFor(locale), namespace: "dealTypes" });
  const list = (xs: string[]) => xs.join(", ");
  const deals = (xs: string[]) => list(xs.map((d) => td(d as "LICENSE")));
  const sector = (code: string) => {
    const s = SECTORS.find((x) => x.code === code);
    return s ? (locale === "en" ? s.en : s.vi) : code;
  };
  return reasons.map((r) => {
    switch (r.code) {
      case "concepts":
        // the query's own words where the reader reads its language ("phân loại nhân", not the
        // glossary's first term "phân loại trái cây"), else the concept's name in the reader's
        return t("concepts", { list: list(dedupe(r.concepts.map((id, i) => (r.termsLanguage === locale && r.terms?.[i]) || glossary.label(id, locale)))) });
      case "words":
        return t("words", { list: list(r.words) });
      case "trlMeets":
      case "trlBelow":
        return t(r.code, { trl: r.trl, minTrl: r.minTrl });
      case "dealMatch":
        return t("dealMatch", { list: deals(r.dealTypes) });
      case "dealMismatch":
        return t("dealMismatch", { offered: deals(r.offered), accepted: deals(r.accepted) });
      case "priceWithin":
      case "priceAbove":
        return t(r.code);
      case "sameSector":
        return t("sameSector", { list: list(r.sectors.map(sector)) });
      case "sameProvince":
        return t("sameProvince", { province: provinceName(r.province, locale) });
    }
  });
}
