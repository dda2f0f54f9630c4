// Fits FSRS parameters to a class's pooled review logs and applies them only when they predict the held-back
// (latest) reviews better than the current ones. The binding runs in a child process (fsrs-fit.cjs): a crash there
// is an error message here, never a dead server.
import { spawn } from "node:child_process";
import path from "node:path";
import { prisma, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { timeSeriesSplit, toFitItems } from "./fit-items";

/** Reviews a class needs before fitting means anything (Anki's FSRS asks for a few hundred). */
export const MIN_REVIEWS = 400;
const MIN_ITEMS = 100;

type Metrics = { logLoss: number; rmse: number };
type FitOutput = { w: number[]; before: Metrics; after: Metrics };

function runFit(input: unknown): Promise<FitOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(process.cwd(), "lib/srs/optimize/fsrs-fit.cjs")], { stdio: ["pipe", "pipe", "pipe"], cwd: process.cwd() });
    let out = "";
    let err = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(out));
      else reject(new Error(`the FSRS optimiser failed (${signal ?? `exit ${code}`}): ${err.slice(0, 500)}`));
    });
    child.stdin.end(JSON.stringify(input));
  });
}

export type OptimizeResult = { status: "applied" | "kept"; applied: boolean; logLoss: number; rmse: number; before: Metrics; reviews: number };

/** `instructorId` null: the command line (`npm run srs:optimize`), which an operator runs. */
export async function optimizeClass({ db = prisma, classId, instructorId, now }: { db?: Db; classId: string; instructorId: string | null; now: Date }): Promise<OptimizeResult> {
  const klass = await db.class.findFirst({ where: { id: classId, ...(instructorId ? { instructors: { some: { userId: instructorId } } } : {}) }, select: { id: true, srsSettings: { select: { params: true } } } });
  if (!klass) throw new AppError("NOT_FOUND", "Class not found.");
  const logs = await db.reviewLog.findMany({ where: { classId }, select: { cardId: true, reviewedAt: true, rating: true } });
  const items = toFitItems(logs);
  if (logs.length < MIN_REVIEWS || items.length < MIN_ITEMS) {
    throw new AppError("BAD_INPUT", `Not enough reviews yet (${logs.length} of ${MIN_REVIEWS}; ${items.length} of ${MIN_ITEMS} with a later-day review).`);
  }
  const { train, test } = timeSeriesSplit(items);
  const current = (klass.srsSettings?.params as number[] | null) ?? null;
  let fit: FitOutput;
  try {
    fit = await runFit({ train, test, current });
  } catch (e) {
    console.error("[srs-optimize]", e);
    throw new AppError("CONFLICT", "The optimiser could not fit these reviews; the current parameters stay.");
  }
  const better = fit.after.logLoss < fit.before.logLoss;
  if (better) {
    await db.srsSettings.upsert({ where: { classId }, create: { classId, params: fit.w, paramsFittedAt: now }, update: { params: fit.w, paramsFittedAt: now } });
  }
  return { status: better ? "applied" : "kept", applied: better, logLoss: fit.after.logLoss, rmse: fit.after.rmse, before: fit.before, reviews: logs.length };
}
