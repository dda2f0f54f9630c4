// The attempt endpoints as the taking page calls them.
import { sendJson, type Outcome } from "@/lib/send-json";
import type { AttemptState } from "@/lib/quiz/attempt-state";

const base = (attemptId: string) => `/api/attempts/${encodeURIComponent(attemptId)}`;

export type SaveAck = { applied: boolean; seq: number; flagged?: boolean };

export function saveItem(attemptId: string, position: number, body: { response?: unknown; seq?: number; flagged?: boolean }): Promise<Outcome<SaveAck>> {
  return sendJson<SaveAck>("PUT", `${base(attemptId)}/items/${position}`, body);
}

export function submit(attemptId: string, by: "student" | "timer") {
  return sendJson<{ attemptId: string; finishedBy: string }>("POST", `${base(attemptId)}/submit`, { by });
}

export function reportConnection(attemptId: string, kind: "connection_lost" | "connection_regained", at: string) {
  return sendJson("POST", `${base(attemptId)}/events`, { kind, at });
}

/** The state with a round-trip time, for the clock offset: the server's now is taken as the midpoint of the request. */
export async function fetchState(attemptId: string): Promise<{ state: AttemptState; offsetMs: number } | null> {
  const sent = Date.now();
  const outcome = await sendJson<AttemptState>("GET", base(attemptId));
  const received = Date.now();
  if (!outcome.ok) return null;
  return { state: outcome.data, offsetMs: Date.parse(outcome.data.serverNow) - (sent + received) / 2 };
}
