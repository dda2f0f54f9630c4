import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { fileSlug, rosterCsv } from "@/lib/analytics/students-csv";
import { MAX_ROSTER_ROWS, parseRosterCsv } from "@/lib/classes/roster-csv";

describe("roster CSV", () => {
  it("reads a spreadsheet's export: BOM, header in any column order, quotes, CRLF, blank lines, case", () => {
    const text = '\uFEFFName,E-mail\r\n"Doe, Jane",Jane@Example.com\r\n\r\n,bob@example.com\r\n';
    expect(parseRosterCsv(text)).toEqual({
      error: null,
      rows: [
        { line: 2, email: "jane@example.com", name: "Doe, Jane", error: null },
        { line: 3, email: "bob@example.com", name: null, error: null },
      ],
    });
  });

  it("without a header, the first column is the email and the second the name", () => {
    expect(parseRosterCsv("a@example.com,Ann\nb@example.com").rows.map((r) => [r.line, r.email, r.name])).toEqual([
      [1, "a@example.com", "Ann"],
      [2, "b@example.com", null],
    ]);
  });

  it("names each bad row: not an email, missing, repeated", () => {
    const { rows } = parseRosterCsv("email\nnope\n\" \",x\na@example.com\nA@example.com");
    expect(rows.map((r) => r.error)).toEqual(["Not an email address.", "No email address.", null, "This email is already on an earlier line."]);
  });

  it("refuses an empty file and more than the limit", () => {
    expect(parseRosterCsv("\n\n").error).toMatch(/no rows/);
    const many = Array.from({ length: MAX_ROSTER_ROWS + 1 }, (_, i) => `s${i}@example.com`).join("\n");
    expect(parseRosterCsv(many).error).toMatch(/At most/);
  });

  it("the roster export reads back through the import, formula-looking names neutralised", () => {
    const csv = rosterCsv([{ email: "a@example.com", name: "=HYPERLINK(\"x\")", joinedAt: new Date("2026-11-01T10:00:00Z") }]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data).toEqual([["Email", "Name", "Joined"], ["a@example.com", "'=HYPERLINK(\"x\")", "2026-11-01"]]);
    expect(parseRosterCsv(csv).rows).toEqual([{ line: 2, email: "a@example.com", name: "'=HYPERLINK(\"x\")", error: null }]);
  });

  it("file names are plain ASCII", () => {
    expect(fileSlug("Japan–Russia Relations (demo)")).toBe("japan-russia-relations-demo");
    expect(fileSlug("日本")).toBe("class");
  });
});
