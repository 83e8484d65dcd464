const TONE: Record<string, string> = {
  INTEREST: "bg-sky-100 text-sky-900",
  NDA: "bg-amber-100 text-amber-900",
  NEGOTIATION: "bg-violet-100 text-violet-900",
  AGREED: "bg-emerald-100 text-emerald-900",
  CONTRACTED: "bg-emerald-200 text-emerald-950",
  WITHDRAWN: "bg-slate-200 text-slate-700",
  DECLINED: "bg-slate-200 text-slate-700",
};

/** A deal's stage as a coloured chip (the label is translated by the caller). */
export function StageBadge({ stage, label }: { stage: string; label: string }) {
  return (
    <span className={`rounded px-2 py-0.5 text-xs font-semibold ${TONE[stage] ?? ""}`} data-testid="deal-stage" data-stage={stage}>
      {label}
    </span>
  );
}
