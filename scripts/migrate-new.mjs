// `npm run migrate:new -- <name>`: after editing prisma/schema.prisma, write the SQL migration that brings a database
// from the existing migrations to the new schema — offline. It diffs against prisma/migrations/schema.snapshot.prisma
// (the schema the migrations produce, updated here) rather than replaying migrations on a shadow database: Prisma 6.19's
// WASM engine crashes introspecting the embedded PostgreSQL 18 ("RuntimeError: unreachable"), see
// docs/decisions/001-prisma-offline.md. The CLI still wants a reachable database, hence the throwaway server.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT, fail, log, withScratchDatabases } from "./lib/pg.mjs";

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) fail("Name the migration: npm run migrate:new -- add_due_dates");

const SNAPSHOT = "prisma/migrations/schema.snapshot.prisma";
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(ROOT, "prisma/migrations", `${stamp}_${name}`);
// An empty scratch database: the CLI connects even though this diff needs no tables.
await withScratchDatabases(["migrate"], { migrated: false }, async ({ migrate: scratch }) => {
  const sql = execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules/prisma/build/index.js"), "migrate", "diff", "--from-schema-datamodel", SNAPSHOT, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: scratch, CHECKPOINT_DISABLE: "1", NODE_OPTIONS: `--require=${path.join(ROOT, "prisma/unref-long-timers.cjs")}` },
    },
  );
  if (!sql.replace(/--.*$/gm, "").trim()) {
    log("prisma/schema.prisma already matches the migrations: nothing to write.");
  } else {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    fs.copyFileSync(path.join(ROOT, "prisma/schema.prisma"), path.join(ROOT, SNAPSHOT));
    log(`Wrote ${path.relative(ROOT, dir)}/migration.sql — review it, then \`npm run migrate:deploy\` (or just \`npm start\`) applies it.`);
    execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["generate"], { cwd: ROOT, stdio: "inherit" });
  }
});
