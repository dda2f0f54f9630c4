import "server-only";
import { normalizeJoinCode } from "@/lib/classes/join-code";
import { prisma } from "@/lib/db";

export async function listTeachingClasses({ instructorId }: { instructorId: string }) {
  return prisma.class.findMany({
    where: { instructors: { some: { userId: instructorId } } },
    select: { id: true, name: true, joinCode: true, archived: true, createdAt: true, _count: { select: { enrollments: true } } },
    orderBy: [{ archived: "asc" }, { createdAt: "desc" }],
  });
}

export async function getTeachingClass({ classId, instructorId }: { classId: string; instructorId: string }) {
  return prisma.class.findFirst({
    where: { id: classId, instructors: { some: { userId: instructorId } } },
    select: {
      id: true,
      name: true,
      joinCode: true,
      archived: true,
      enrollments: {
        select: {
          createdAt: true,
          student: {
            select: {
              id: true, name: true, email: true,
              accommodations: { where: { classId }, select: { timeMultiplier: true, extraSeconds: true, extraAttempts: true, note: true } },
            },
          },
        },
        orderBy: { student: { name: "asc" } },
      },
    },
  });
}

/**
 * What an invite link shows a signed-in student before they join: the open class behind the code, or null (an unknown,
 * malformed or archived code looks the same). Anonymous visitors are not shown it: a code reveals no class name to
 * someone who has not signed in.
 */
export async function findClassToJoin({ joinCode, studentId }: { joinCode: string; studentId: string }) {
  const code = normalizeJoinCode(joinCode);
  if (!code) return null;
  const found = await prisma.class.findFirst({
    where: { joinCode: code, archived: false },
    select: {
      name: true,
      instructors: { where: { isOwner: true }, select: { user: { select: { name: true } } } },
      enrollments: { where: { studentId }, select: { studentId: true } },
    },
  });
  return found && { name: found.name, instructor: found.instructors[0]?.user.name ?? "", isEnrolled: found.enrollments.length > 0 };
}

/** A student's classes; the join code is not theirs to see. */
export async function listStudentClasses({ studentId }: { studentId: string }) {
  const rows = await prisma.enrollment.findMany({
    where: { studentId },
    select: {
      createdAt: true,
      class: { select: { id: true, name: true, archived: true, instructors: { where: { isOwner: true }, select: { user: { select: { name: true } } } } } },
    },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((r) => ({ id: r.class.id, name: r.class.name, archived: r.class.archived, instructor: r.class.instructors[0]?.user.name ?? "", joinedAt: r.createdAt }));
}
