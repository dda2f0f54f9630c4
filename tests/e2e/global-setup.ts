import { execFileSync } from "node:child_process";
import path from "node:path";

// One administrator for the whole run, made as a person installing Lectern makes one (`npm run admin:create`), against
// the e2e database. Its address and password reach the tests (and their workers) through the environment.
export default function globalSetup() {
  const root = path.resolve(import.meta.dirname, "../..");
  const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/admin-create.ts", `e2e-admin-${Date.now()}@example.com`, "E2E Admin", "--json"], {
    cwd: root,
    env: process.env,
    encoding: "utf8",
  });
  const { email, password } = JSON.parse(out.trim().split("\n").pop()!);
  process.env.E2E_ADMIN_EMAIL = email;
  process.env.E2E_ADMIN_PASSWORD = password;
}
