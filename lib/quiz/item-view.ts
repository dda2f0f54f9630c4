// What a student sees of one frozen attempt item: the question's student view (lib/questions/student-view.ts) in the
// option order frozen at the start. The order is stored as index permutations, so a reload, another device or a
// review long after shows exactly what was shown, even if the shuffle code changes. Pure.
import type { NormalizedQuestion } from "@/lib/questions/schema";
import { toStudentView, type StudentView } from "@/lib/questions/student-view";

/** mcq/ordering: indices into options/items; matching: into pairs, for each column. */
export type OptionOrder = number[] | { left: number[]; right: number[] } | null;

const indicesOf = (shown: string[], original: string[]) => shown.map((text) => original.indexOf(text));
const identity = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * The order to show, decided once by `seed`. Without shuffleOptions an mcq and the left column keep the file order,
 * but an ordering's items and a matching's right column are always shuffled: in the file order they are the answer.
 */
export function freezeOptionOrder({ content, seed, shuffleOptions }: { content: NormalizedQuestion; seed: string; shuffleOptions: boolean }): OptionOrder {
  const view = toStudentView(content, seed);
  switch (content.type) {
    case "mcq":
      return shuffleOptions && view.type === "mcq" ? indicesOf(view.options, content.options) : identity(content.options.length);
    case "ordering":
      return view.type === "ordering" ? indicesOf(view.items, content.items.map((item) => item.text)) : null;
    case "matching": {
      if (view.type !== "matching") return null;
      const left = shuffleOptions ? indicesOf(view.left, content.pairs.map((p) => p.left)) : identity(content.pairs.length);
      return { left, right: indicesOf(view.right, content.pairs.map((p) => p.right)) };
    }
    default:
      return null;
  }
}

function permute<T>(items: T[], order: unknown): T[] {
  const valid = Array.isArray(order) && order.length === items.length && order.every((i) => Number.isInteger(i) && items[i] !== undefined);
  return valid ? (order as number[]).map((i) => items[i]) : items;
}

/** The student's view of an item as frozen. No answer, explanation or quote is in it. */
export function toAttemptItemView({ content, optionOrder }: { content: NormalizedQuestion; optionOrder: unknown }): StudentView {
  const view = toStudentView(content, "unused");
  const order = (optionOrder ?? null) as OptionOrder;
  switch (content.type) {
    case "mcq":
      return { type: "mcq", prompt: content.prompt, options: permute(content.options, order) };
    case "ordering":
      return { type: "ordering", prompt: content.prompt, items: permute(content.items.map((item) => item.text), order) };
    case "matching": {
      const columns = order && !Array.isArray(order) ? order : { left: null, right: null };
      return {
        type: "matching",
        prompt: content.prompt,
        left: permute(content.pairs.map((p) => p.left), columns.left),
        right: permute(content.pairs.map((p) => p.right), columns.right),
      };
    }
    default:
      return view;
  }
}
