// Prisma 6.19's WASM schema engine leaves a 10 s timer pending after `migrate deploy`/`migrate dev`;
// don't let it hold the CLI process open (see docs/decisions/001-prisma-offline.md).
const orig = global.setTimeout;
global.setTimeout = function (fn, ms, ...args) {
  const t = orig.call(this, fn, ms, ...args);
  if (ms >= 10000 && t && t.unref) t.unref();
  return t;
};
