import { useTranslations } from "next-intl";

/** A match score (0–1) as a percentage with a bar. */
export function ScoreBar({ score }: { score: number }) {
  const t = useTranslations("matching");
  const pct = Math.round(score * 100);
  return (
    <div className="w-28 shrink-0 text-right" data-testid="match-score">
      <p className="text-sm font-semibold text-brand-800">{t("score", { score: pct })}</p>
      <div className="mt-1 h-1.5 rounded bg-slate-200" aria-hidden>
        <div className="h-1.5 rounded bg-brand-600" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
