import type { Role } from "@/generated/prisma/client";

// An administrator can do everything an instructor can, plus vouch for instructors (docs/decisions/007-who-may-teach.md).
const GRANTS: Record<Role, Role[]> = { ADMIN: ["ADMIN", "INSTRUCTOR"], INSTRUCTOR: ["INSTRUCTOR"], STUDENT: ["STUDENT"] };

export function hasRole(user: { role: Role }, role: Role): boolean {
  return GRANTS[user.role].includes(role);
}

/** Where "Lectern" in the header and the home page send a signed-in user. */
export function homePath(role: Role): string {
  return role === "ADMIN" ? "/admin" : role === "INSTRUCTOR" ? "/instructor" : "/student";
}

export const ROLE_NAMES: Record<Role, string> = { ADMIN: "administrators", INSTRUCTOR: "instructors", STUDENT: "students" };
