/** Title, lead and optional links of an outcome view. */
export function ViewHeader({ title, lead, children }: { title: string; lead: string; children?: React.ReactNode }) {
  return (
    <header className="space-y-2">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="max-w-3xl text-slate-600">{lead}</p>
      {children ? <p className="flex flex-wrap gap-4 text-sm">{children}</p> : null}
    </header>
  );
}

/** Shown instead of the figures when the filters do not parse (the form above keeps what was typed). */
export function FixFiltersNotice({ text }: { text: string }) {
  return (
    <p className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-900" data-testid="fix-filters">
      {text}
    </p>
  );
}

/** Why a signed-in user cannot see a view, translated, with a way on. */
export function RefusedNotice({ title, text, children }: { title: string; text: string; children?: React.ReactNode }) {
  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-6" data-testid="outcomes-refused">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p>{text}</p>
      {children}
    </section>
  );
}
