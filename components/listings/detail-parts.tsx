import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** A labelled block of text; renders nothing when empty. */
export function Field({ label, value }: { label: string; value: React.ReactNode }) {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return null;
  return (
    <div>
      <dt className="text-sm font-medium text-slate-500">{label}</dt>
      <dd className="whitespace-pre-line">{value}</dd>
    </div>
  );
}

export function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" data-testid={testId}>
      <h2 className="text-lg font-semibold">{title}</h2>
      <dl className="space-y-3">{children}</dl>
    </section>
  );
}

/** Why a tier is hidden, and what to do about it. */
export function LockedNotice({ text, signedIn, callbackPath }: { text: string; signedIn: boolean; callbackPath: string }) {
  const t = useTranslations("listing");
  return (
    <p className="rounded border border-dashed border-slate-300 p-3 text-sm text-slate-600" data-testid="locked">
      <svg aria-hidden="true" viewBox="0 0 16 16" className="mr-1 inline h-4 w-4 align-[-2px] text-slate-500" fill="currentColor">
        <path d="M4 7V5a4 4 0 1 1 8 0v2h.5A1.5 1.5 0 0 1 14 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 2 13.5v-5A1.5 1.5 0 0 1 3.5 7H4Zm1.5 0h5V5a2.5 2.5 0 0 0-5 0v2Z" />
      </svg>
      {text}{" "}
      {!signedIn ? <Link href={{ pathname: "/sign-in", query: { callbackUrl: callbackPath } }}>{t("signInToSee")}</Link> : null}
    </p>
  );
}

export function StatusBanner({ text, tone }: { text: string; tone: "amber" | "slate" }) {
  const cls = tone === "amber" ? "border-amber-300 bg-amber-50 text-amber-900" : "border-slate-300 bg-slate-100 text-slate-800";
  return (
    <p role="status" className={`rounded border px-3 py-2 text-sm ${cls}`}>
      {text}
    </p>
  );
}
