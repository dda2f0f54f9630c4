// Decides whether `npm start` must (re)build: no build yet, or a source file newer than the last build.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./pg.mjs";

const SOURCES = ["app", "components", "lib", "types", "prisma/schema.prisma", "next.config.js", "package-lock.json", "proxy.ts", "postcss.config.mjs"];

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

export function needsBuild(distDir = process.env.LECTERN_DIST_DIR ?? ".next") {
  const buildId = path.join(ROOT, distDir, "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built);
}
