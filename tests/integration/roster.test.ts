// Roster and co-instructor changes, read back from the rows: all-or-nothing imports, the owner who cannot be removed,
// the audit trail, and another instructor who only ever gets a 404.
import { describe, expect, it } from "vitest";
import { addCoInstructor, removeCoInstructor } from "@/lib/classes/co-instructors";
import { updateClass } from "@/lib/classes/mutations";
import { addStudentByEmail } from "@/lib/classes/roster";
import { importRoster } from "@/lib/classes/roster-import";
import { prisma } from "@/lib/db";
import { createClassFor, createInstructor, createStudent, uniqueEmail } from "@/tests/factories";

const NOW = new Date("2026-11-29T12:00:00Z");

async function setUp() {
  const teacher = await createInstructor(prisma);
  const klass = await createClassFor(prisma, teacher.id);
  const home = await createClassFor(prisma, teacher.id);
  // Students with accounts (in another class), not yet in `klass`.
  const students = [];
  for (let i = 0; i < 3; i++) students.push(await createStudent(prisma, home.joinCode, { email: uniqueEmail(`roster${i}`) }));
  return { teacher, klass, students };
}

const enrolled = (classId: string) => prisma.enrollment.count({ where: { classId } });

describe("roster import", () => {
  it("previews each row and writes nothing; a commit with one bad row writes nothing either", async () => {
    const { teacher, klass, students } = await setUp();
    const csv = ["email,name", `${students[0].email},A`, `"${students[1].email.toUpperCase()}",B`, "not-an-email,C", `nobody-${Date.now()}@example.com,D`, `${students[0].email},A again`].join("\r\n");
    const preview = await importRoster({ classId: klass.id, instructorId: teacher.id, csv, commit: false, now: NOW });
    expect(preview.rows.map((r) => [r.line, r.status])).toEqual([[2, "enroll"], [3, "enroll"], [4, "error"], [5, "error"], [6, "error"]]);
    expect(preview.rows[3].error).toMatch(/No student account/);
    expect(preview.rows[4].error).toMatch(/earlier line/);
    expect(await enrolled(klass.id)).toBe(0);
    await expect(importRoster({ classId: klass.id, instructorId: teacher.id, csv, commit: true, now: NOW })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { "line 4": "Not an email address.", "line 6": "This email is already on an earlier line." },
    });
    expect(await enrolled(klass.id)).toBe(0);
    expect(await prisma.auditLog.count({ where: { targetId: klass.id, action: "roster.add_student" } })).toBe(0);
  });

  it("commits a clean file (header optional, already-enrolled rows skipped), audited per student", async () => {
    const { teacher, klass, students } = await setUp();
    await addStudentByEmail({ classId: klass.id, instructorId: teacher.id, email: students[2].email, now: NOW });
    const csv = `\uFEFF${students[0].email}\n${students[1].email}\n${students[2].email}\n`;
    const result = await importRoster({ classId: klass.id, instructorId: teacher.id, csv, commit: true, now: NOW });
    expect(result).toMatchObject({ committed: true, counts: { enroll: 2, already: 1, error: 0 } });
    expect(await enrolled(klass.id)).toBe(3);
    expect(await prisma.auditLog.count({ where: { targetId: klass.id, action: "roster.add_student" } })).toBe(3);
  });

  it("refuses an instructor account, an archived class and another instructor's class", async () => {
    const { teacher, klass, students } = await setUp();
    const other = await createInstructor(prisma);
    const csv = `${other.email}\n`;
    const preview = await importRoster({ classId: klass.id, instructorId: teacher.id, csv, commit: false, now: NOW });
    expect(preview.rows[0]).toMatchObject({ status: "error", error: "This account is not a student account." });
    await expect(importRoster({ classId: klass.id, instructorId: other.id, csv: students[0].email, commit: true, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await updateClass({ classId: klass.id, instructorId: teacher.id, archived: true });
    await expect(importRoster({ classId: klass.id, instructorId: teacher.id, csv: students[0].email, commit: true, now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await enrolled(klass.id)).toBe(0);
  });
});

describe("add a student by email", () => {
  it("enrolls an existing student once; unknown emails and strangers are refused", async () => {
    const { teacher, klass, students } = await setUp();
    const stranger = await createInstructor(prisma);
    await expect(addStudentByEmail({ classId: klass.id, instructorId: stranger.id, email: students[0].email, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addStudentByEmail({ classId: klass.id, instructorId: teacher.id, email: "ghost@example.com", now: NOW })).rejects.toMatchObject({ code: "BAD_INPUT" });
    await expect(addStudentByEmail({ classId: klass.id, instructorId: teacher.id, email: ` ${students[0].email.toUpperCase()} `, now: NOW })).resolves.toMatchObject({ student: { id: students[0].id } });
    await expect(addStudentByEmail({ classId: klass.id, instructorId: teacher.id, email: students[0].email, now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await enrolled(klass.id)).toBe(1);
  });
});

describe("co-instructors", () => {
  it("are added by email (instructors only), share the rights, and cannot remove the owner", async () => {
    const { teacher, klass, students } = await setUp();
    const colleague = await createInstructor(prisma);
    const third = await createInstructor(prisma);
    await expect(addCoInstructor({ classId: klass.id, instructorId: teacher.id, email: students[0].email })).rejects.toMatchObject({ code: "BAD_INPUT" });
    await expect(addCoInstructor({ classId: klass.id, instructorId: colleague.id, email: colleague.email })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await addCoInstructor({ classId: klass.id, instructorId: teacher.id, email: colleague.email });
    // The co-instructor: renames, adds a student, adds a third instructor; cannot remove the owner.
    await updateClass({ classId: klass.id, instructorId: colleague.id, name: "Renamed by a co-instructor" });
    await addStudentByEmail({ classId: klass.id, instructorId: colleague.id, email: students[1].email, now: NOW });
    await addCoInstructor({ classId: klass.id, instructorId: colleague.id, email: third.email });
    await expect(removeCoInstructor({ classId: klass.id, instructorId: colleague.id, userId: teacher.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await removeCoInstructor({ classId: klass.id, instructorId: teacher.id, userId: third.id });
    expect(await prisma.class.findUnique({ where: { id: klass.id }, select: { name: true } })).toEqual({ name: "Renamed by a co-instructor" });
    expect(await prisma.classInstructor.count({ where: { classId: klass.id } })).toBe(2);
    expect(await prisma.auditLog.findMany({ where: { targetId: klass.id }, select: { action: true }, orderBy: { createdAt: "asc" } })).toEqual(
      ["class.add_instructor", "class.rename", "roster.add_student", "class.add_instructor", "class.remove_instructor"].map((action) => ({ action })),
    );
  });
});
