/** A headline figure: the number large, what it counts below, an optional note (comparison, target). */
export function StatTile({ label, value, note, testId, tone = "plain" }: { label: string; value: React.ReactNode; note?: React.ReactNode; testId?: string; tone?: "plain" | "highlight" }) {
  return (
    <div className={`rounded-lg border p-4 ${tone === "highlight" ? "border-sky-300 bg-sky-50" : "border-slate-200 bg-white"}`} data-testid={testId}>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className={`mt-1 text-2xl font-bold tabular-nums ${tone === "highlight" ? "text-sky-900" : "text-slate-900"}`} data-testid={testId ? `${testId}-value` : undefined}>
        {value}
      </dd>
      {note ? <dd className="mt-1 text-xs text-slate-600">{note}</dd> : null}
    </div>
  );
}
