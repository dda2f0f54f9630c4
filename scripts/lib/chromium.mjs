// Where the e2e tier finds a browser. `npx playwright install` cannot download here, so we use a system Chromium.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

function playwrightCacheChromium() {
  const cache = path.join(os.homedir(), ".cache/ms-playwright");
  if (!fs.existsSync(cache)) return null;
  for (const dir of fs.readdirSync(cache).filter((d) => d.startsWith("chromium-")).sort().reverse()) {
    const bin = path.join(cache, dir, "chrome-linux/chrome");
    if (fs.existsSync(bin)) return bin;
  }
  return null;
}

export function findChromium() {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", playwrightCacheChromium()];
  return candidates.find((p) => p && fs.existsSync(p)) ?? null;
}

export const CHROMIUM_HELP =
  "No Chromium found for the browser tests. Install one:\n" +
  "  Debian/Ubuntu:            sudo apt-get install -y chromium\n" +
  "  with internet access:     npx playwright install chromium\n" +
  "  or point at any Chromium: PLAYWRIGHT_CHROMIUM_PATH=/path/to/chrome npm test";
