// What the page reports about its connection, for the instructor's timeline. The client says when the connection
// was lost (it could not tell anyone then); the server keeps its own receipt time and clamps the reported one to the
// attempt's span, so a wrong client clock cannot move an event outside it.
import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const eventBodySchema = z.strictObject({
  kind: z.enum(["connection_lost", "connection_regained"]),
  /** When the page noticed, by the server's clock as the page estimates it (its clock offset applied). */
  at: z.iso.datetime().optional(),
});

export async function recordConnectionEvent({ attemptId, studentId, kind, at, now = new Date() }: {
  attemptId: string; studentId: string; kind: "connection_lost" | "connection_regained"; at?: string; now?: Date;
}) {
  const attempt = await prisma.attempt.findFirst({ where: { id: attemptId, studentId }, select: { startedAt: true, state: true } });
  if (!attempt) throw new AppError("NOT_FOUND", "This attempt does not exist.");
  const reported = at ? new Date(at) : now;
  const clamped = new Date(Math.min(now.getTime(), Math.max(attempt.startedAt.getTime(), reported.getTime())));
  await prisma.attemptEvent.create({ data: { attemptId, kind, at: clamped, data: { receivedAt: now.toISOString(), reportedAt: at ?? null } } });
  return { ok: true };
}
