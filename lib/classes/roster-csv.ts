// Reading a roster CSV (email[,name]) as a spreadsheet writes it: papaparse handles quoting, BOMs and line endings.
// Pure: the rows and their per-row problems; deciding who exists is lib/classes/roster-import.ts's job.
import Papa from "papaparse";
import { z } from "zod";

export const MAX_ROSTER_ROWS = 1000;

export type RosterCsvRow = { line: number; email: string; name: string | null; error: string | null };

const emailSchema = z.email();

/** A first row naming an "email" column is a header; otherwise the first column is the email and the second the name. */
function columnsOf(first: string[]): { email: number; name: number; hasHeader: boolean } {
  const names = first.map((cell) => cell.trim().toLowerCase());
  const email = names.findIndex((n) => n === "email" || n === "e-mail" || n === "email address");
  if (email === -1) return { email: 0, name: 1, hasHeader: false };
  return { email, name: names.findIndex((n) => n === "name" || n === "full name"), hasHeader: true };
}

export function parseRosterCsv(text: string): { rows: RosterCsvRow[]; error: string | null } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const data = parsed.data.filter((cells) => cells.some((c) => c.trim() !== ""));
  if (!data.length) return { rows: [], error: "The file has no rows. Put one email per line (email,name)." };
  const cols = columnsOf(data[0]);
  const body = cols.hasHeader ? data.slice(1) : data;
  if (body.length > MAX_ROSTER_ROWS) return { rows: [], error: `At most ${MAX_ROSTER_ROWS} students per import.` };
  const seen = new Set<string>();
  const rows = body.map((cells, i) => {
    const line = i + (cols.hasHeader ? 2 : 1);
    const email = (cells[cols.email] ?? "").trim().toLowerCase();
    const name = cols.name >= 0 ? (cells[cols.name] ?? "").trim() || null : null;
    let error: string | null = null;
    if (!email) error = "No email address.";
    else if (!emailSchema.safeParse(email).success) error = "Not an email address.";
    else if (seen.has(email)) error = "This email is already on an earlier line.";
    seen.add(email);
    return { line, email, name, error };
  });
  return { rows, error: null };
}
