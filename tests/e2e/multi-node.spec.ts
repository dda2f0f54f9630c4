import { expect, test } from "@playwright/test";
import { newAccount, signUpApi, signedInContext } from "./helpers";

// Two `next start` processes share one PostgreSQL (playwright.config.ts): a load balancer may send any request to
// either, so sessions and sign-in throttling must hold across both.
const baseB = `http://localhost:${process.env.E2E_PORT_B ?? Number(process.env.E2E_PORT ?? 3100) + 1}`;

test("[SCALE] a session made on one app node is honoured by another", async ({ baseURL }) => {
  const teacher = await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR"));
  const onA = await signedInContext(baseURL!, teacher);
  const { cookies } = await onA.storageState();
  const onB = await signedInContext(baseB);
  const session = await onB.get("/api/auth/session", {
    headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") },
  });
  expect((await session.json()).user?.email).toBe(teacher.email);
});

test("[SCALE] failed sign-ins spread over two nodes still lock the account", async ({ baseURL }) => {
  const teacher = await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR"));
  const attempt = async (base: string, password: string) => {
    const ctx = await signedInContext(base);
    const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
    const res = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email: teacher.email, password, json: "true" }, maxRedirects: 0 });
    return decodeURIComponent(res.headers()["location"] ?? (await res.text()));
  };
  for (let i = 0; i < 5; i++) expect(await attempt(i % 2 ? baseB : baseURL!, "wrong-password-here")).toContain("Invalid email or password");
  // the sixth try, with the right password, is refused on either node
  expect(await attempt(baseB, teacher.password)).toMatch(/Too many failed sign-ins/);
  expect(await attempt(baseURL!, teacher.password)).toMatch(/Too many failed sign-ins/);
});
