import { describe, expect, it } from "vitest";
import { throttleKeys } from "@/lib/auth/throttle-rules";
import { prisma } from "@/lib/db";
import { signUp, signUpFrom } from "@/lib/users/sign-up";
import { signUpSchema } from "@/lib/users/schemas";
import { TEST_PASSWORD, createClassFor, createInstructor, createStudent, uniq, uniqueEmail } from "@/tests/factories";

const T0 = new Date("2026-11-22T10:00:00Z");

describe("sign-up", () => {
  it("allows one account per email under concurrent sign-ups, whatever the case", async () => {
    const teacher = await createInstructor(prisma);
    const { joinCode } = await createClassFor(prisma, teacher.id);
    const email = uniqueEmail("race");
    const variants = [email, email.toUpperCase(), ` ${email} `, email.replace(/^./, (c) => c.toUpperCase()), email, email];
    const results = await Promise.allSettled(
      variants.map((e) => signUp({ db: prisma, input: signUpSchema.parse({ name: "Racer", email: e, password: TEST_PASSWORD, joinCode }) })),
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

  it("reports a taken email and an unknown join code together", async () => {
    const taken = await createStudent(prisma, (await createClassFor(prisma, (await createInstructor(prisma)).id)).joinCode);
    await expect(createStudent(prisma, "ZZZZ-ZZZZ", { email: taken.email })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { email: "An account with this email already exists.", joinCode: expect.stringMatching(/No open class/) },
    });
  });

  it("makes a student of a sign-up that claims to be an instructor", async () => {
    const { joinCode } = await createClassFor(prisma, (await createInstructor(prisma)).id);
    const input = signUpSchema.parse({ role: "INSTRUCTOR", name: "Sneaky", email: uniqueEmail("sneaky"), password: TEST_PASSWORD, joinCode });
    expect((await signUp({ db: prisma, input })).role).toBe("STUDENT");
  });

  it("enrolls a student who signs up with a valid code", async () => {
    const teacher = await createInstructor(prisma);
    const klass = await createClassFor(prisma, teacher.id);
    const student = await createStudent(prisma, klass.joinCode.toLowerCase());
    expect(await prisma.enrollment.count({ where: { classId: klass.id, studentId: student.id } })).toBe(1);
  });

  it("limits how many existing emails one address can discover (decision 005)", async () => {
    const { joinCode } = await createClassFor(prisma, (await createInstructor(prisma)).id);
    const taken = await createStudent(prisma, joinCode);
    const ip = uniq("198.19");
    const attempt = () => signUpFrom({ input: signUpSchema.parse({ name: "Probe", email: taken.email, password: TEST_PASSWORD, joinCode }), ip, now: T0, maxPerHour: 1000 });
    for (let i = 0; i < 20; i++) await expect(attempt()).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(attempt()).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await prisma.loginThrottle.findUnique({ where: { key: throttleKeys.emailTaken(ip) }, select: { failures: true } })).toEqual({ failures: 20 });
  });
});
