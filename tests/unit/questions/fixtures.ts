// Inline question files for the validation tests: a small reading with page clutter and a reader comment in its
// source, and a bank whose questions all pass. Each test breaks one thing.
import type { QuestionFiles } from "@/lib/questions/question-files";

export const READING_MD = `---
slug: test-reading
title: Test Reading
titleInferred: false
author: Jane Doe
authorInferred: false
venue: Test Venue
venueInferred: true
published: 2016-12
publishedInferred: false
---
Abe visited the Russian town of Sochi in May 2016. It was a “thaw”.

## The islands

Russia annexed Crimea in March 2014 — a shock to Tokyo. Putin visited Nagato on December 15, 2016.
`;

export const SOURCE_TXT = `Home | World | Asia
Abe visited the Russian town of Sochi in May 2016. It was a "thaw".
Advertisement
The islands
Russia annexed Crimea in March 2014 - a shock to Tokyo. Putin visited Nagato on December 15, 2016.
Comments
Reader42: Abe will get all four islands back by 2018, mark my words.
`;

export const BANK_YAML = `reading: test-reading
questions:
  - id: tst-001
    type: mcq
    kind: date
    difficulty: 1
    tags: [sochi]
    prompt: When did Abe visit Sochi?
    options: [May 2016, March 2014, December 2016, May 2015]
    answer: May 2016
    explanation: The article dates the visit to May 2016.
    quote: "Abe visited the Russian town of Sochi in May 2016."

  - id: tst-002
    type: ordering
    kind: event
    difficulty: 2
    tags: [timeline]
    prompt: Put these events in order.
    items:
      - text: Russia annexes Crimea
        date: "2014-03"
      - text: Abe visits Sochi
        date: "2016-05"
      - text: Putin visits Nagato
        date: "2016-12-15"
    explanation: Crimea first, then Sochi, then Nagato.
    quote:
      - "Abe visited the Russian town of Sochi in May 2016."
      - "Russia annexed Crimea in March 2014 — a shock to Tokyo. Putin visited Nagato on December 15, 2016."
`;

export const SYNTHESIS_YAML = `reading: null
questions:
  - id: syn-001
    type: true_false
    kind: event
    difficulty: 3
    tags: [crimea]
    prompt: Both readings mention Crimea.
    answer: true
    explanation: They do.
    quote:
      - reading: test-reading
        text: Russia annexed Crimea in March 2014
      - reading: other-reading
        text: Crimea was annexed.
`;

export const OTHER_READING_MD = READING_MD.replace("slug: test-reading", "slug: other-reading").replace(
  "Abe visited the Russian town of Sochi in May 2016. It was a “thaw”.",
  "Crimea was annexed.",
);
export const OTHER_SOURCE_TXT = "Crimea was annexed.\n" + SOURCE_TXT;

export type FixtureOverrides = Partial<{ reading: string; source: string; bank: string; synthesis: string | null }>;

export function fixtureFiles(overrides: FixtureOverrides = {}): QuestionFiles {
  const folder = (dir: string, reading: string | null, source: string | null) => ({
    dir,
    reading: { file: `questions/${dir}/reading.md`, text: reading },
    source: { file: `questions/${dir}/source.txt`, text: source },
  });
  const synthesis = overrides.synthesis === undefined ? SYNTHESIS_YAML : overrides.synthesis;
  return {
    readings: [
      folder("other-reading", OTHER_READING_MD, OTHER_SOURCE_TXT),
      folder("test-reading", overrides.reading ?? READING_MD, overrides.source ?? SOURCE_TXT),
    ],
    banks: [
      { dir: "test-reading", file: "questions/test-reading/bank.yaml", text: overrides.bank ?? BANK_YAML },
      ...(synthesis === null ? [] : [{ dir: "synthesis", file: "questions/synthesis/bank.yaml", text: synthesis }]),
    ],
  };
}

/** The 1-based line of the first line containing `needle`. */
export function lineContaining(text: string, needle: string): number {
  const index = text.split("\n").findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`fixture has no line containing ${needle}`);
  return index + 1;
}
