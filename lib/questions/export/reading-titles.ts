// Exports are read by people: a question's reading is named by its title, never by its slug.
import { SYNTHESIS_TITLE } from "@/components/reading/question-labels";

/** slug → title, for every reading an export may name. */
export type ReadingTitles = Record<string, string>;

export const titleOf = (titles: ReadingTitles, slug: string) => titles[slug] ?? slug;

/** The bank a question belongs to, as a person calls it. */
export const bankTitleOf = (titles: ReadingTitles, reading: string | null) =>
  reading === null ? SYNTHESIS_TITLE : titleOf(titles, reading);
