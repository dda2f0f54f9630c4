import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { revokeSessions } from "@/lib/auth/session";
import type { Db } from "@/lib/db";
import { emailSchema } from "@/lib/users/schemas";
import { textSchema } from "@/lib/text-schema";

const nameSchema = textSchema().trim().min(1).max(100);

/**
 * Makes `email` a site administrator with a fresh random password, returned once for the operator to hand over
 * (`npm run admin:create`, docs/decisions/007-who-may-teach.md). There is no default password. Run again for an
 * existing account, it promotes it, replaces its password and signs it out everywhere (how a lost admin password is
 * recovered by whoever runs the server).
 */
export async function createAdmin({ db, email, name }: { db: Db; email: string; name?: string }) {
  const address = emailSchema.parse(email);
  const displayName = nameSchema.parse(name ?? "Administrator");
  const password = randomBytes(18).toString("base64url"); // 24 characters, 144 bits
  const passwordHash = await hashPassword(password);
  const existing = await db.user.findUnique({ where: { email: address }, select: { id: true } });
  const user = await db.user.upsert({
    where: { email: address },
    update: { role: "ADMIN", passwordHash, ...(name ? { name: displayName } : {}) },
    create: { email: address, name: displayName, role: "ADMIN", passwordHash },
    select: { id: true, email: true, name: true },
  });
  if (existing) await revokeSessions({ db, userId: user.id });
  return { user, password, created: !existing };
}
