import { describe, expect, it } from "vitest";
import { loadSessionUser, revokeSessions } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { createInstructor } from "@/tests/factories";

describe("sessions", () => {
  it("stand for the user until a sign-out bumps the version", async () => {
    const user = await createInstructor(prisma);
    expect(await loadSessionUser({ db: prisma, id: user.id, sessionVersion: 0 })).toMatchObject({ id: user.id, role: "INSTRUCTOR", timeZone: "UTC" });
    await revokeSessions({ db: prisma, userId: user.id });
    expect(await loadSessionUser({ db: prisma, id: user.id, sessionVersion: 0 })).toBeNull();
    expect(await loadSessionUser({ db: prisma, id: user.id, sessionVersion: 1 })).not.toBeNull();
  });

  it("reflect a role change or a deleted account at once", async () => {
    const user = await createInstructor(prisma);
    await prisma.user.update({ where: { id: user.id }, data: { role: "STUDENT" } });
    expect((await loadSessionUser({ db: prisma, id: user.id, sessionVersion: 0 }))?.role).toBe("STUDENT");
    await prisma.user.delete({ where: { id: user.id } });
    expect(await loadSessionUser({ db: prisma, id: user.id, sessionVersion: 0 })).toBeNull();
  });
});
