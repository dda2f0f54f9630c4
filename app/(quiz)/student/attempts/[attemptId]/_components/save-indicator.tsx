import type { SaveStatus } from "./use-answer-saver";

const TEXT: Record<SaveStatus, string> = { saved: "Saved", saving: "Saving…", retrying: "Not saved — retrying", refused: "Not saved" };

/** "Saved" only once the server has acknowledged every answer. Polite: a screen reader hears it between questions. */
export function SaveIndicator({ status, online }: { status: SaveStatus; online: boolean }) {
  const text = !online && status !== "saved" ? "Not saved — retrying" : TEXT[status];
  const bad = text.startsWith("Not saved");
  return (
    <p role="status" aria-live="polite" className={`text-sm font-medium ${bad ? "text-red-800" : "text-slate-700"}`}>
      {text}
    </p>
  );
}
