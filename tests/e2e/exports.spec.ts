import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import fs from "node:fs";
import Papa from "papaparse";
import { parse as parseYaml } from "yaml";
import { createClassApi, expectAccessible, newAccount, signInUi, signUpApi, signedInContext } from "./helpers";

const SLUG = "abe-all-in-2016";
const TITLE = "Shinzo Abe Going All In on Improving Japan-Russia Ties";
const SYNTHESIS = "Synthesis (across readings)";
const FORMULA_START = /^[=+\-@\t\r]/;

// Several downloads and a whole-bank parse per test: more than the default 30 s when the machine is busy.
test.describe.configure({ timeout: 180_000 });

async function download(page: Page, link: string | Locator): Promise<{ file: Download; bytes: Buffer }> {
  const started = page.waitForEvent("download");
  await (typeof link === "string" ? page.getByRole("link", { name: link }) : link).click();
  const file = await started;
  return { file, bytes: fs.readFileSync((await file.path())!) };
}

/** The CSV as a spreadsheet reads it: the byte-order mark first (Excel needs it), then rows keyed by the header. */
function readCsv(bytes: Buffer) {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const { data, errors } = Papa.parse<Record<string, string>>(bytes.toString("utf8"), { header: true, skipEmptyLines: true });
  expect(errors).toEqual([]);
  return data;
}

test("[INSTRUCTOR][BANK] downloads the filtered selection, a whole bank and all banks from the bank page", async ({ page, baseURL }) => {
  const teacher = await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR"));
  await signInUi(page, teacher);
  await page.goto(`/instructor/bank?reading=${SLUG}&type=mcq`);
  const count = Number((await page.getByRole("heading", { name: /^\d+ questions/ }).textContent())!.match(/^\d+/)![0]);
  await page.getByText("Export questions").click();
  await expectAccessible(page);

  const selection = await download(page, "CSV of the filtered questions");
  expect(selection.file.suggestedFilename()).toBe("lectern-selection.csv");
  const rows = readCsv(selection.bytes);
  expect(rows).toHaveLength(count);
  expect(Object.keys(rows[0])).toEqual(["Id", "Reading", "Type", "Kind", "Difficulty", "Tags", "Prompt", "Choices", "Answer", "Explanation", "Quote"]);
  for (const row of rows) {
    expect(row.Type).toBe("Multiple choice");
    expect([TITLE, SYNTHESIS]).toContain(row.Reading);
    expect(["Easy", "Medium", "Hard"]).toContain(row.Difficulty);
    for (const cell of Object.values(row)) expect(cell).not.toMatch(FORMULA_START);
  }
  expect(rows.find((row) => row.Id === "dip-001")).toMatchObject({ Kind: "Dates & timeline", Answer: "May 2016" });

  const anki = (await download(page, `Anki of the bank “${TITLE}”`)).bytes.toString("utf8").trimEnd().split("\n");
  expect(anki.slice(0, 3)).toEqual(["#separator:tab", "#html:true", "#tags column:3"]);
  const [front, back] = anki.find((line) => line.startsWith("<p>According to the 2016 Diplomat article, in which month and year did Abe visit the Russian town of Sochi?"))!.split("\t");
  expect(front).toMatch(/^<p>According to .*Sochi\?<\/p><ol>(<li>[^<]+<\/li>){5}<\/ol>$/);
  expect(back).toMatch(/^<p><b>May 2016<\/b><\/p><p>The article dates .*<\/p><blockquote>“Abe’s visit .*”<br>— <i>Shinzo Abe Going All In on Improving Japan-Russia Ties<\/i><\/blockquote>$/);

  const yaml = await download(page, `YAML of the bank “${TITLE}”`);
  expect(yaml.file.suggestedFilename()).toBe(`${SLUG}-bank.yaml`);
  const bank = parseYaml(yaml.bytes.toString("utf8")) as { reading: string; questions: { id: string }[] };
  expect(bank.reading).toBe(SLUG);
  expect(bank.questions.map((q) => q.id)).toContain("dip-001");

  const all = await download(page, "CSV of all banks");
  expect(all.file.suggestedFilename()).toBe("lectern-all-banks.csv");
  const everything = readCsv(all.bytes);
  expect(everything.length).toBeGreaterThan(300);
  expect(new Set(everything.map((row) => row.Reading))).toContain(SYNTHESIS);
});

test("[INSTRUCTOR][READINGS] downloads a reading's bank from the readings page, described in a teacher's words", async ({ page, baseURL }) => {
  const teacher = await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR"));
  await signInUi(page, teacher);
  await page.goto("/readings");
  const about = page.getByRole("region", { name: "About the exports" });
  await expect(about).toContainText("keep it as a backup");
  await expect(about).not.toContainText(/commit|questions\//);
  // The links take their purpose from the reading they sit under.
  const csv = await download(page, page.getByRole("listitem").filter({ hasText: TITLE }).getByRole("link", { name: "CSV", exact: true }));
  expect(csv.file.suggestedFilename()).toBe(`${SLUG}.csv`);
  const rows = readCsv(csv.bytes);
  expect(rows.every((row) => row.Reading === TITLE)).toBe(true);
  await expectAccessible(page);
});

test("[STUDENT][READINGS] sees no export links, and the export endpoints refuse students and malformed requests", async ({ page, baseURL }) => {
  const anon = await signedInContext(baseURL!);
  const teacher = await signUpApi(anon, newAccount("INSTRUCTOR"));
  const klass = await createClassApi(await signedInContext(baseURL!, teacher));
  const student = await signUpApi(anon, newAccount("STUDENT"), klass.joinCode);
  await signInUi(page, student);
  await page.goto("/readings");
  await expect(page.getByRole("heading", { name: "Readings", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /^CSV/ })).toHaveCount(0);
  const studentApi = await signedInContext(baseURL!, student);
  expect((await studentApi.get("/api/exports?format=csv")).status()).toBe(403);
});
