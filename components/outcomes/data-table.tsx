export type Column = { label: string; numeric?: boolean };
export type Row = { key: string; cells: React.ReactNode[]; emphasis?: boolean };

/** A compact table of one figure's numbers; numeric columns right-aligned with tabular figures. */
export function DataTable({ caption, columns, rows, empty, testId }: { caption: string; columns: Column[]; rows: Row[]; empty: string; testId?: string }) {
  return (
    <table className="w-full border-collapse text-sm" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-left text-slate-600">
          {columns.map((c) => (
            <th key={c.label} scope="col" className={`px-2 py-1.5 font-medium ${c.numeric ? "text-right" : ""}`}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columns.length} className="px-2 py-3 text-slate-500">
              {empty}
            </td>
          </tr>
        ) : null}
        {rows.map((r) => (
          <tr key={r.key} className={`border-b border-slate-100 ${r.emphasis ? "bg-sky-50 font-medium" : ""}`} data-key={r.key}>
            {r.cells.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row" className="px-2 py-1.5 text-left font-normal">
                  {cell}
                </th>
              ) : (
                <td key={i} className={`px-2 py-1.5 ${columns[i]?.numeric ? "text-right tabular-nums" : ""}`}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
