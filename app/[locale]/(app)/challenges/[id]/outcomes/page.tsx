import { setRequestLocale } from "next-intl/server";
import { ListingOutcomesPage } from "../../../listings/listing-outcomes-page";

export default async function Page({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  return <ListingOutcomesPage kind="challenge" id={id} locale={locale} searchParams={await searchParams} />;
}
