// Flashcard settings: the instructor's per class, and the student's own override of retention and new cards a day.
import type { z } from "zod";
import { prisma, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { srsSettingsSchema, studentOverrideSchema } from "./schemas";

export async function updateClassSrsSettings({ db = prisma, classId, instructorId, input }: {
  db?: Db; classId: string; instructorId: string; input: z.infer<typeof srsSettingsSchema>;
}) {
  const klass = await db.class.findFirst({ where: { id: classId, instructors: { some: { userId: instructorId } } }, select: { id: true } });
  if (!klass) throw new AppError("NOT_FOUND", "Class not found.");
  await db.srsSettings.upsert({ where: { classId }, create: { classId, ...input }, update: input });
  return input;
}

export async function updateStudentSrsOverride({ db = prisma, studentId, input }: { db?: Db; studentId: string; input: z.infer<typeof studentOverrideSchema> }) {
  const data = {
    ...(input.desiredRetention !== undefined ? { desiredRetention: input.desiredRetention } : {}),
    ...(input.newPerDay !== undefined ? { newPerDay: input.newPerDay } : {}),
  };
  const { count } = await db.enrollment.updateMany({ where: { classId: input.classId, studentId }, data });
  if (count === 0) throw new AppError("NOT_FOUND", "You are not in this class.");
  return { classId: input.classId, desiredRetention: input.desiredRetention ?? null, newPerDay: input.newPerDay ?? null };
}
