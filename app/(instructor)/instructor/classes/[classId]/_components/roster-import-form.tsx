"use client";
// Roster import: choose a CSV, see what each row would do, then import — or nothing, if any row is bad.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { useApi } from "@/components/use-api";

type Row = { line: number; email: string; name: string | null; status: "enroll" | "already" | "error"; error: string | null };
type Result = { committed: boolean; rows: Row[]; counts: Record<Row["status"], number> };

const STATUS: Record<Row["status"], string> = { enroll: "Will be added", already: "Already in the class", error: "Problem" };

export function RosterImportForm({ classId }: { classId: string }) {
  const { send, error, pending, setError } = useApi();
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<Result | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const url = `/api/classes/${classId}/roster-import`;

  async function onFile(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    setPreview(null);
    setDone(null);
    setError(null);
    if (!file) return;
    const text = await file.text();
    setCsv(text);
    setPreview(await send<Result>("POST", url, { mode: "preview", csv: text }));
  }

  async function commit() {
    const result = await send<Result>("POST", url, { mode: "commit", csv });
    if (result) {
      setDone(`${result.counts.enroll} student${result.counts.enroll === 1 ? "" : "s"} added.`);
      setPreview(null);
    }
  }

  const bad = preview?.counts.error ?? 0;
  return (
    <div className="space-y-3">
      <div>
        <label htmlFor="roster-file" className="block text-sm font-medium text-slate-800">Import students from a CSV file</label>
        <input id="roster-file" type="file" accept=".csv,text/csv" onChange={onFile} aria-describedby="roster-file-hint" className="mt-1 block text-sm" />
        <p id="roster-file-hint" className="mt-1 text-sm text-slate-600">
          One student per line: email, then optionally name (a header row is allowed). Only students who already have an account are added;
          send the others the join code.
        </p>
      </div>
      {preview && (
        <div className="space-y-2">
          <p className="text-sm" role="status">
            Preview: {preview.counts.enroll} to add, {preview.counts.already} already in the class, {bad} with a problem.
          </p>
          <div className="max-h-72 overflow-auto rounded ring-1 ring-slate-200">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Import preview, one row per line of the file</caption>
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-2 py-1 font-medium">Line</th>
                  <th scope="col" className="px-2 py-1 font-medium">Email</th>
                  <th scope="col" className="px-2 py-1 font-medium">Result</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {preview.rows.map((r) => (
                  <tr key={r.line} className={r.status === "error" ? "bg-red-50" : undefined}>
                    <td className="px-2 py-1">{r.line}</td>
                    <td className="px-2 py-1 break-all">{r.email || "—"}</td>
                    <td className="px-2 py-1">{r.status === "error" ? `${STATUS.error}: ${r.error}` : STATUS[r.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {bad > 0 ? (
            <p className="text-sm font-medium text-red-800">Fix the {bad === 1 ? "row" : `${bad} rows`} with a problem and choose the file again: nothing is imported while a row is bad.</p>
          ) : (
            <Button onClick={commit} disabled={pending || preview.counts.enroll === 0}>
              Import {preview.counts.enroll} student{preview.counts.enroll === 1 ? "" : "s"}
            </Button>
          )}
        </div>
      )}
      {done && <p role="status" className="text-sm font-medium text-green-800">{done}</p>}
      <FormError message={error?.message} />
    </div>
  );
}
