// Prisma CLI configuration: offline WASM schema engine through the pg driver adapter.
// Why each line is here: docs/decisions/001-prisma-offline.md.
import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";
import "./prisma/pg-oid-patch"; // must come before the adapter is used
import { PrismaPg } from "@prisma/adapter-pg";

// Without a DATABASE_URL the CLI falls back to downloading a native engine (fails offline),
// even for `prisma generate`; any syntactically valid URL is enough there.
process.env.DATABASE_URL ??= "postgresql://postgres:postgres@127.0.0.1:54329/lectern";
// Discrete fields, not `connectionString`: adapter-pg's connectToShadowDb() spreads this
// config with another database name, and a connectionString would win over it.
const u = new URL(process.env.DATABASE_URL);
const pgConfig = {
  host: u.hostname,
  port: Number(u.port || 5432),
  user: decodeURIComponent(u.username),
  password: decodeURIComponent(u.password),
  database: u.pathname.slice(1),
  idleTimeoutMillis: 200, // let the CLI exit promptly
};

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => new PrismaPg(pgConfig),
});
