// Turns YAML syntax errors and zod issues into `file:line` problems (see STACK.md #8).
import { isMap, isNode, isScalar, type Document, type LineCounter } from "yaml";
import type { z } from "zod";

export type Problem = { file: string; line: number; message: string };
export type Path = readonly PropertyKey[];

export type YamlSource = { file: string; doc: Document; lineCounter: LineCounter; lineOffset: number };

/** The node's start; for a map entry, its key's, so `quote:` is reported on its own line, not on its first item. */
function startOf(source: YamlSource, path: Path): number | null {
  const parent = path.length > 0 ? source.doc.getIn(path.slice(0, -1), true) : null;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
    if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
  }
  const node = path.length > 0 ? source.doc.getIn(path, true) : source.doc.contents;
  return isNode(node) && node.range ? node.range[0] : null;
}

export function lineOfPath(source: YamlSource, path: Path): number {
  // A missing key is reported on its parent's line, which is where the author has to add it.
  for (let at = [...path]; ; at = at.slice(0, -1)) {
    const offset = startOf(source, at);
    if (offset !== null) return source.lineCounter.linePos(offset).line + source.lineOffset;
    if (at.length === 0) return 1 + source.lineOffset;
  }
}

export function syntaxProblems(source: YamlSource): Problem[] {
  return source.doc.errors.map((error) => ({
    file: source.file,
    line: (error.linePos?.[0].line ?? 1) + source.lineOffset,
    message: `YAML syntax: ${error.message.split("\n")[0]}`,
  }));
}

/**
 * Zod reports a failed union as one vague issue; when exactly one branch got further into the value than the others
 * (e.g. a `{ reading, text }` quote missing its text), that branch's issues are the useful ones.
 */
export function flattenIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code === "unrecognized_keys")
    return issue.keys.map((key) => ({ ...issue, path: [...issue.path, key], message: `unknown field "${key}"` }));
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return [issue];
  const depth = (branch: z.core.$ZodIssue[]) => Math.max(...branch.map((i) => i.path.length));
  const depths = issue.errors.map(depth);
  const deepest = Math.max(...depths);
  if (deepest === 0 || depths.filter((d) => d === deepest).length > 1) return [issue];
  const branch = issue.errors[depths.indexOf(deepest)];
  return branch.flatMap((inner) => flattenIssue({ ...inner, path: [...issue.path, ...inner.path] }));
}

export function formatPath(path: Path): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
}

export function zodProblems(
  source: YamlSource,
  issues: z.core.$ZodIssue[],
  { prefix = [], label }: { prefix?: Path; label?: string } = {},
): Problem[] {
  return issues.flatMap(flattenIssue).map((issue) => {
    const where = [label, formatPath(issue.path)].filter(Boolean).join(" ");
    const isMissing = issue.code === "invalid_type" && issue.message.endsWith("received undefined");
    const message = isMissing ? `is required (${issue.message})` : issue.message;
    const line = lineOfPath(source, [...prefix, ...issue.path]);
    return { file: source.file, line, message: where ? `${where}: ${message}` : message };
  });
}
