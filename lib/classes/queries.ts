import "server-only";
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
        select: { createdAt: true, student: { select: { id: true, name: true, email: true } } },
        orderBy: { student: { name: "asc" } },
      },
    },
  });
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
