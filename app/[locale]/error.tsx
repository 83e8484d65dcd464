"use client";

import { useTranslations } from "next-intl";

/** Unexpected errors: a generic message with the digest Next logs on the server. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <section role="alert" className="space-y-3">
      <p>{t("unexpected", { requestId: error.digest ?? "-" })}</p>
      <button onClick={reset} className="rounded border border-slate-300 px-3 py-1">
        ↻
      </button>
    </section>
  );
}
