import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <section className="space-y-3">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p>{t("NOT_FOUND")}</p>
      <Link href="/">{t("backHome")}</Link>
    </section>
  );
}
