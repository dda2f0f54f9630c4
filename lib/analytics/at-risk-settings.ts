// The instructor's tuning of the at-risk rules, per class (AtRiskSettings; a missing row means the defaults).
import { z } from "zod";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AtRiskSettingsValues } from "./at-risk-rules";

export const atRiskSettingsSchema = z.strictObject(
  {
    inactiveDays: z.int("Inactive days must be a whole number.").min(1, "Inactive days: at least 1.").max(365, "Inactive days: at most 365."),
    overdueCards: z.int("Overdue cards must be a whole number.").min(0, "Overdue cards: 0 or more.").max(100_000, "Overdue cards: at most 100,000."),
    minMeanRecall: z.number("Mean recall must be a number.").min(0, "Mean recall: between 0 and 1.").max(1, "Mean recall: between 0 and 1."),
    minQuizFraction: z.number("Quiz pass mark must be a number.").min(0, "Quiz pass mark: between 0 and 1.").max(1, "Quiz pass mark: between 0 and 1."),
    flagMissedQuiz: z.boolean("flagMissedQuiz must be true or false."),
  },
  { error: "Send inactiveDays, overdueCards, minMeanRecall, minQuizFraction and flagMissedQuiz." },
);

export async function saveAtRiskSettings({ classId, instructorId, settings }: { classId: string; instructorId: string; settings: AtRiskSettingsValues }) {
  return prisma.$transaction(async (tx) => {
    const klass = await tx.class.findFirst({ where: { id: classId, instructors: { some: { userId: instructorId } } }, select: { id: true } });
    if (!klass) throw new AppError("NOT_FOUND", "Class not found.");
    await tx.atRiskSettings.upsert({ where: { classId }, create: { classId, ...settings }, update: settings });
    await tx.auditLog.create({ data: { actorId: instructorId, action: "class.at_risk_settings", targetType: "Class", targetId: classId, data: settings } });
    return { settings };
  });
}
