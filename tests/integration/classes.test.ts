import { describe, expect, it } from "vitest";
import { joinClass } from "@/lib/classes/join-class";
import { removeStudent, rotateJoinCode, updateClass } from "@/lib/classes/mutations";
import { findClassToJoin } from "@/lib/classes/queries";
import { prisma } from "@/lib/db";
import { createClassFor, createInstructor, createStudent } from "@/tests/factories";

async function classWithStudent() {
  const teacher = await createInstructor(prisma);
  const klass = await createClassFor(prisma, teacher.id);
  const student = await createStudent(prisma, klass.joinCode);
  return { teacher, klass, student };
}

describe("enrollment", () => {
  it("is unique per student and class, also under concurrent joins", async () => {
    const { teacher, student } = await classWithStudent();
    const second = await createClassFor(prisma, teacher.id);
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => joinClass({ db: prisma, studentId: student.id, joinCode: second.joinCode })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.enrollment.count({ where: { classId: second.id, studentId: student.id } })).toBe(1);
    await expect(joinClass({ db: prisma, studentId: student.id, joinCode: second.joinCode })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses an archived class's code until it is unarchived; only its instructor may archive it", async () => {
    const { teacher, student } = await classWithStudent();
    const archived = await createClassFor(prisma, teacher.id);
    const stranger = await createInstructor(prisma);
    await expect(updateClass({ db: prisma, classId: archived.id, instructorId: stranger.id, archived: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await updateClass({ db: prisma, classId: archived.id, instructorId: teacher.id, archived: true });
    await expect(joinClass({ db: prisma, studentId: student.id, joinCode: archived.joinCode })).rejects.toMatchObject({ code: "BAD_INPUT" });
    await updateClass({ db: prisma, classId: archived.id, instructorId: teacher.id, archived: false });
    await expect(joinClass({ db: prisma, studentId: student.id, joinCode: archived.joinCode })).resolves.toEqual({ classId: archived.id, className: archived.name });
  });
});

describe("invite link preview", () => {
  it("names the open class behind a code, says whether the student is in it, and shows nothing for an archived or malformed code", async () => {
    const { teacher, klass, student } = await classWithStudent();
    const other = await createClassFor(prisma, teacher.id);
    const dashed = `${other.joinCode.slice(0, 4)}-${other.joinCode.slice(4).toLowerCase()}`;
    expect(await findClassToJoin({ joinCode: dashed, studentId: student.id })).toEqual({ name: other.name, instructor: teacher.name, isEnrolled: false });
    expect(await findClassToJoin({ joinCode: klass.joinCode, studentId: student.id })).toMatchObject({ name: klass.name, isEnrolled: true });
    await updateClass({ db: prisma, classId: other.id, instructorId: teacher.id, archived: true });
    expect(await findClassToJoin({ joinCode: other.joinCode, studentId: student.id })).toBeNull();
    expect(await findClassToJoin({ joinCode: "not a code", studentId: student.id })).toBeNull();
  });
});

describe("join-code rotation", () => {
  it("replaces the code: the old one stops working, the new one works, students stay", async () => {
    const { teacher, klass, student } = await classWithStudent();
    const { joinCode } = await rotateJoinCode({ db: prisma, classId: klass.id, instructorId: teacher.id });
    expect(joinCode).not.toBe(klass.joinCode);
    await expect(createStudent(prisma, klass.joinCode)).rejects.toMatchObject({ code: "BAD_INPUT" });
    const newcomer = await createStudent(prisma, joinCode);
    expect(await prisma.enrollment.count({ where: { classId: klass.id, studentId: { in: [student.id, newcomer.id] } } })).toBe(2);
    expect(await prisma.auditLog.count({ where: { targetId: klass.id, action: "class.rotate_join_code" } })).toBe(1);
  });

  it("is refused to an instructor who does not teach the class, and changes nothing", async () => {
    const { klass } = await classWithStudent();
    const stranger = await createInstructor(prisma);
    await expect(rotateJoinCode({ db: prisma, classId: klass.id, instructorId: stranger.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await prisma.class.findUniqueOrThrow({ where: { id: klass.id } })).joinCode).toBe(klass.joinCode);
  });
});

describe("removing a student", () => {
  it("deletes the enrollment and writes an audit entry", async () => {
    const { teacher, klass, student } = await classWithStudent();
    await removeStudent({ db: prisma, classId: klass.id, studentId: student.id, instructorId: teacher.id });
    expect(await prisma.enrollment.count({ where: { classId: klass.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { targetId: klass.id, action: "roster.remove_student", actorId: teacher.id } })).toBe(1);
  });

  it("is refused to another instructor and leaves the roster as it was", async () => {
    const { klass, student } = await classWithStudent();
    const stranger = await createInstructor(prisma);
    await expect(removeStudent({ db: prisma, classId: klass.id, studentId: student.id, instructorId: stranger.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.enrollment.count({ where: { classId: klass.id, studentId: student.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { targetId: klass.id, action: "roster.remove_student" } })).toBe(0);
  });
});
