import { seedDemoStudy } from "@/lib/srs/demo";
import { seedDemoQuizzes } from "@/lib/quiz/demo-quiz";
import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "@/lib/auth/password-policy";
import { createClass } from "@/lib/classes/mutations";
import type { Role } from "@/generated/prisma/client";

// Local demo data only (LECTERN_DEMO=1, which `npm start` sets for its embedded database): the password is printed on
// screen and in the README, so it is never seeded into a shared server, there is no demo administrator, and sign-up
// refuses it for real accounts. The demo instructor is made directly, as `npm run admin:create` makes an admin.
export { DEMO_PASSWORD };
export const DEMO_CLASS_NAME = "Japan–Russia Relations (demo)";
export const DEMO_INSTRUCTOR = { email: "teacher@example.com", name: "Ada Teacher" };
export const DEMO_STUDENTS = [
  { email: "mika@example.com", name: "Mika Student" },
  { email: "ivan@example.com", name: "Ivan Student" },
  { email: "sam@example.com", name: "Sam Student" },
];

async function ensureUser(db: Db, person: { email: string; name: string }, role: Role, passwordHash: string) {
  return db.user.upsert({
    where: { email: person.email },
    update: {}, // idempotent: an existing demo account keeps whatever its user changed
    create: { ...person, role, passwordHash },
    select: { id: true },
  });
}

/** Creates the demo instructor, three students and one class with them in it; running it again changes nothing. */
export async function seedDemo({ db }: { db: Db }) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const teacher = await ensureUser(db, DEMO_INSTRUCTOR, "INSTRUCTOR", passwordHash);
  const existing = await db.class.findFirst({
    where: { name: DEMO_CLASS_NAME, instructors: { some: { userId: teacher.id } } },
    select: { id: true, name: true, joinCode: true },
  });
  const klass = existing ?? (await createClass({ db, instructorId: teacher.id, name: DEMO_CLASS_NAME }));
  for (const s of DEMO_STUDENTS) {
    const student = await ensureUser(db, s, "STUDENT", passwordHash);
    await db.enrollment.upsert({
      where: { classId_studentId: { classId: klass.id, studentId: student.id } },
      update: {},
      create: { classId: klass.id, studentId: student.id },
    });
  }
  await seedDemoStudy({ db, classId: klass.id, now: new Date() }); // assigned readings, cards and review history
  await seedDemoQuizzes({ db, classId: klass.id, instructorId: teacher.id, now: new Date() }); // an open quiz, a closed one with attempts
  return { className: klass.name, joinCode: klass.joinCode };
}
