import { useTranslations } from "next-intl";

export function DealTypeChips({ types }: { types: string[] }) {
  const t = useTranslations("dealTypes");
  return (
    <>
      {types.map((d) => (
        <span key={d} className="whitespace-nowrap rounded border border-slate-200 px-2 py-0.5 text-xs text-slate-700">
          {t(d as "LICENSE")}
        </span>
      ))}
    </>
  );
}

export function StatusChip({ status }: { status: string }) {
  const t = useTranslations("listingStatus");
  const tone = status === "PUBLISHED" ? "bg-green-100 text-green-900" : status === "DRAFT" ? "bg-amber-100 text-amber-900" : "bg-slate-200 text-slate-700";
  return <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${tone}`}>{t(status as "DRAFT")}</span>;
}
