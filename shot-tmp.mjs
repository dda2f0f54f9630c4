import { chromium } from "playwright-core";
import { encode } from "next-auth/jwt";
const base = "http://127.0.0.1:3377";
const token = await encode({ token: { uid: "bench-teacher", sv: 0, sub: "bench-teacher" }, secret: process.env.NEXTAUTH_SECRET });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const quizId = process.argv[2];
for (const width of [1280, 390]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  await ctx.addCookies([{ name: "next-auth.session-token", value: token, url: base }]);
  const page = await ctx.newPage();
  for (const [name, path] of [["analysis", `/instructor/classes/benchclass0000000000000a/quizzes/${quizId}/analysis`], ["questions", "/instructor/classes/benchclass0000000000000a/questions"]]) {
    const res = await page.goto(base + path, { waitUntil: "networkidle" });
    console.log(name, width, res.status());
    await page.screenshot({ path: `/tmp/dashitems-${name}-${width}.png`, fullPage: true });
  }
  await ctx.close();
}
await browser.close();
