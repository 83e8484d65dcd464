import { useTranslations } from "next-intl";

/** A labelled select for a GET filter form, whose first option means "any". */
export function FilterSelect({ label, name, value, options }: { label: string; name: string; value?: string; options: { value: string; label: string }[] }) {
  const t = useTranslations("listing");
  return (
    <label className="text-sm">
      {label}
      <select name={name} defaultValue={value ?? ""} className="mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm">
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
