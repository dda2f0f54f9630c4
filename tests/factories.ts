// Test data with unique names, built through the same lib functions the app and the seed use.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { createClass } from "@/lib/classes/mutations";
import { signUp } from "@/lib/users/sign-up";

export const TEST_PASSWORD = "correct-battery-staple-42";

export function uniq(prefix = "t") {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;
}

export function uniqueEmail(prefix = "user") {
  return `${uniq(prefix)}@example.com`;
}

export async function createInstructor(db: Db, overrides: { email?: string; name?: string } = {}) {
  return signUp({ db, input: { role: "INSTRUCTOR", name: overrides.name ?? "Test Instructor", email: overrides.email ?? uniqueEmail("teacher"), password: TEST_PASSWORD } });
}

export async function createClassFor(db: Db, instructorId: string, name = uniq("class")) {
  return createClass({ db, instructorId, name });
}

export async function createStudent(db: Db, joinCode: string, overrides: { email?: string; name?: string } = {}) {
  return signUp({ db, input: { role: "STUDENT", name: overrides.name ?? "Test Student", email: overrides.email ?? uniqueEmail("student"), password: TEST_PASSWORD, joinCode } });
}
