import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { prisma } from "@/lib/db";
import { uniqueEmail } from "@/tests/factories";

const ROOT = path.resolve(import.meta.dirname, "../..");

function adminCreate(...args: string[]) {
  return execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/admin-create.ts", ...args], { cwd: ROOT, encoding: "utf8", env: process.env });
}

describe("npm run admin:create", () => {
  it("creates an administrator with a random password printed once, and resets it when run again", { timeout: 60_000 }, async () => {
    const email = uniqueEmail("Admin");
    const out = adminCreate(email, "Grace", "Admin");
    const password = out.match(/Password \(shown only now, stored only as a hash\): (\S+)/)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const row = await prisma.user.findUniqueOrThrow({ where: { email: email.toLowerCase() }, select: { role: true, name: true, passwordHash: true } });
    expect(row).toMatchObject({ role: "ADMIN", name: "Grace Admin" });
    expect(row.passwordHash).not.toContain(password!);
    const now = new Date();
    expect((await authenticate({ db: prisma, email, password: password!, ip: null, now })).ok).toBe(true);

    const { password: second } = JSON.parse(adminCreate(email, "--json"));
    expect(second).not.toBe(password);
    expect(await authenticate({ db: prisma, email, password: password!, ip: "192.0.2.250", now })).toEqual({ ok: false, reason: "INVALID" });
    expect((await authenticate({ db: prisma, email, password: second, ip: null, now })).ok).toBe(true);
  });

  it("refuses to run without an email", () => {
    expect(() => adminCreate()).toThrow(/Usage: npm run admin:create -- <email> \[name\]/);
  });
});
