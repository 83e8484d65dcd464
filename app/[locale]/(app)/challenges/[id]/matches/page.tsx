import { setRequestLocale } from "next-intl/server";
import { MatchesPage } from "../../../matches/matches-page";

export default async function Page({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  return <MatchesPage kind="challenge" id={id} locale={locale} />;
}
