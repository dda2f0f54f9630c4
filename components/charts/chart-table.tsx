// Shared by the student stats page and the class dashboard.
/** A chart is drawn for the eye; the same figures are a table for everyone else. */
export function ChartTable({ caption, head, rows }: { caption: string; head: [string, string]; rows: [string, string | number][] }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-brand-700">Show as a table</summary>
      <table className="mt-2 w-full max-w-sm text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="font-medium">{head[0]}</th>
            <th scope="col" className="font-medium">{head[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([a, b]) => (
            <tr key={a}>
              <td>{a}</td>
              <td>{b}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
