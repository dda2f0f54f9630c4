import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createInvitation, listPendingInvitations, revokeInvitation, INVITATION_TTL_MS } from "@/lib/users/invitations";
import { hashInvitationToken } from "@/lib/users/invitations";
import { signUp } from "@/lib/users/sign-up";
import { TEST_PASSWORD, createAdminUser, createClassFor, createInstructor, createStudent, uniqueEmail } from "@/tests/factories";

const now = () => new Date();

async function invite(inviter: { id: string; role: "ADMIN" | "INSTRUCTOR" }, email = uniqueEmail("invitee")) {
  const { token, invitation } = await createInvitation({ db: prisma, inviter, email, now: now() });
  return { token, invitation, email };
}

const signUpWith = (token: string, email: string) => signUp({ db: prisma, input: { name: "Invitee", email, password: TEST_PASSWORD, invitation: token } });

describe("invitations (decision 007)", () => {
  it("make an instructor, once: the second use of the link is refused and writes nothing", async () => {
    const admin = await createAdminUser(prisma);
    const { token, email } = await invite(admin);
    expect((await signUpWith(token, email)).role).toBe("INSTRUCTOR");
    const other = uniqueEmail("second");
    await expect(signUpWith(token, other)).rejects.toMatchObject({ code: "BAD_INPUT", fields: { invitation: expect.stringMatching(/already used/) } });
    expect(await prisma.user.count({ where: { email: other } })).toBe(0);
  });

  it("make one instructor when two sign-ups race with the same link", async () => {
    const { token, email } = await invite(await createAdminUser(prisma));
    const results = await Promise.allSettled([signUpWith(token, email), signUpWith(token, email), signUpWith(token, email)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it("store only a hash of the token", async () => {
    const { token, invitation } = await invite(await createAdminUser(prisma));
    const row = await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("work only for the address they were sent to, and not after they expire", async () => {
    const { token, email } = await invite(await createAdminUser(prisma));
    await expect(signUpWith(token, uniqueEmail("someone-else"))).rejects.toMatchObject({ fields: { email: expect.stringMatching(new RegExp(email)) } });
    const expired = await invite(await createAdminUser(prisma));
    await prisma.invitation.update({ where: { id: expired.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(signUpWith(expired.token, expired.email)).rejects.toMatchObject({ fields: { invitation: expect.stringMatching(/expired/) } });
    expect(expired.invitation.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(INVITATION_TTL_MS);
  });

  it("can be issued by an instructor, who sees and revokes only their own; an admin sees and revokes all", async () => {
    const admin = await createAdminUser(prisma);
    const alice = await createInstructor(prisma);
    const bob = await createInstructor(prisma);
    const fromAlice = await invite({ id: alice.id, role: "INSTRUCTOR" });
    const fromBob = await invite({ id: bob.id, role: "INSTRUCTOR" });
    const seenByAlice = await listPendingInvitations({ db: prisma, actor: { id: alice.id, role: "INSTRUCTOR" }, now: now() });
    expect(seenByAlice.map((i) => i.email)).toEqual([fromAlice.email]);
    await expect(revokeInvitation({ db: prisma, actor: { id: alice.id, role: "INSTRUCTOR" }, id: fromBob.invitation.id, now: now() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const seenByAdmin = (await listPendingInvitations({ db: prisma, actor: admin, now: now() })).map((i) => i.email);
    expect(seenByAdmin).toEqual(expect.arrayContaining([fromAlice.email, fromBob.email]));
    await revokeInvitation({ db: prisma, actor: admin, id: fromBob.invitation.id, now: now() });
    await expect(signUpWith(fromBob.token, fromBob.email)).rejects.toMatchObject({ fields: { invitation: expect.stringMatching(/revoked/) } });
  });

  it("cannot be issued by a student, nor for an address that already has an account", async () => {
    const { joinCode } = await createClassFor(prisma, (await createInstructor(prisma)).id);
    const student = await createStudent(prisma, joinCode);
    await expect(createInvitation({ db: prisma, inviter: { id: student.id, role: "STUDENT" }, email: uniqueEmail("x"), now: now() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createInvitation({ db: prisma, inviter: await createAdminUser(prisma), email: student.email, now: now() })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
