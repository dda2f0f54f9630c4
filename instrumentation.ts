// Runs once per server process, as it starts (Next's instrumentation hook):
// - stamps every later request with its TCP peer address for the per-address limits (docs/decisions/005-auth.md,
//   "Client address");
// - opens the fast lane for the hot paths (lib/http/fast-lane.ts);
// - starts this process's quiz sweep (docs/decisions/010-quizzes.md: every process sweeps; SKIP LOCKED keeps them
//   apart; reads finish overdue attempts lazily too, so the timer is never the only guarantee).
//   QUIZ_SWEEP_INTERVAL_MS=0 turns it off.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerStamp } = await import("@/lib/http/peer-stamp");
  installPeerStamp();
  const { installFastLane } = await import("@/lib/http/fast-lane");
  installFastLane();
  const [{ startQuizSweep }, { env }] = await Promise.all([import("@/lib/quiz/sweep"), import("@/lib/env")]);
  startQuizSweep({ intervalMs: env().QUIZ_SWEEP_INTERVAL_MS });
}
