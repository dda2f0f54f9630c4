// Test data with unique names, built through the same lib functions the app and the seed use.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { createClass } from "@/lib/classes/mutations";
import { createAdmin } from "@/lib/users/create-admin";
import { createInvitation } from "@/lib/users/invitations";
import { signUp } from "@/lib/users/sign-up";

export const TEST_PASSWORD = "correct-battery-staple-42";

export function uniq(prefix = "t") {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;
}

export function uniqueEmail(prefix = "user") {
  return `${uniq(prefix)}@example.com`;
}

export async function createAdminUser(db: Db, overrides: { email?: string; name?: string } = {}) {
  const { user, password } = await createAdmin({ db, email: overrides.email ?? uniqueEmail("admin"), name: overrides.name ?? "Test Admin" });
  return { ...user, role: "ADMIN" as const, password };
}

/** An instructor as the app makes one: invited (by a fresh admin unless `invitedBy` is given), then signed up. */
export async function createInstructor(db: Db, overrides: { email?: string; name?: string; invitedBy?: { id: string; role: "ADMIN" | "INSTRUCTOR" } } = {}) {
  const email = overrides.email ?? uniqueEmail("teacher");
  const inviter = overrides.invitedBy ?? (await createAdminUser(db));
  const { token } = await createInvitation({ db, inviter, email: email.trim().toLowerCase(), now: new Date() });
  return signUp({ db, input: { name: overrides.name ?? "Test Instructor", email: email.trim().toLowerCase(), password: TEST_PASSWORD, invitation: token } });
}

export async function createClassFor(db: Db, instructorId: string, name = uniq("class")) {
  return createClass({ db, instructorId, name });
}

export async function createStudent(db: Db, joinCode: string, overrides: { email?: string; name?: string } = {}) {
  return signUp({ db, input: { name: overrides.name ?? "Test Student", email: overrides.email ?? uniqueEmail("student"), password: TEST_PASSWORD, joinCode } });
}
