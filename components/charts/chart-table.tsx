// Shared by the student stats page and the class dashboard.
/** A chart is drawn for the eye; the same figures are a table for everyone else. */
export function ChartTable({ caption, head, rows }: { caption: string; head: [string, ...string[]]; rows: [string, ...(string | number)[]][] }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-brand-700">Show as a table</summary>
      <table className={`mt-2 w-full text-left ${head.length > 2 ? "" : "max-w-sm"}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="font-medium">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, ...cells]) => (
            <tr key={label}>
              <th scope="row" className="font-normal">{label}</th>
              {cells.map((c, i) => (
                <td key={i} className="tabular-nums">{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
