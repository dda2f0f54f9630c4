import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { signUp } from "@/lib/users/sign-up";
import { signUpSchema } from "@/lib/users/schemas";
import { TEST_PASSWORD, createClassFor, createInstructor, createStudent, uniqueEmail } from "@/tests/factories";

describe("sign-up", () => {
  it("allows one account per email under concurrent sign-ups, whatever the case", async () => {
    const email = uniqueEmail("race");
    const variants = [email, email.toUpperCase(), ` ${email} `, email.replace(/^./, (c) => c.toUpperCase()), email, email];
    const results = await Promise.allSettled(
      variants.map((e) => signUp({ db: prisma, input: signUpSchema.parse({ role: "INSTRUCTOR", name: "Racer", email: e, password: TEST_PASSWORD }) })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    }
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it("stores an argon2id hash, never the password", async () => {
    const user = await createInstructor(prisma);
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it("writes nothing when a student's join code is unknown", async () => {
    const email = uniqueEmail("nocode");
    await expect(createStudent(prisma, "ZZZZ-ZZZZ", { email })).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });

  it("refuses a common password and writes nothing", async () => {
    const email = uniqueEmail("common");
    await expect(signUp({ db: prisma, input: { role: "INSTRUCTOR", name: "X", email, password: "password123" } })).rejects.toBeInstanceOf(AppError);
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });

  it("enrolls a student who signs up with a valid code", async () => {
    const teacher = await createInstructor(prisma);
    const klass = await createClassFor(prisma, teacher.id);
    const student = await createStudent(prisma, klass.joinCode.toLowerCase());
    expect(await prisma.enrollment.count({ where: { classId: klass.id, studentId: student.id } })).toBe(1);
  });
});
