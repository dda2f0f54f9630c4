import { z } from "zod";

// Every variable the app reads, validated once. Documented in .env.example.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set. Start the app with `npm start` (embedded database) or set it to a PostgreSQL URL." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  /** Required by the web app (checked in lib/auth/options.ts); scripts that only touch the database don't need it. */
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Sign-up attempts allowed per client address and hour. */
  SIGNUP_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(100),
  /**
   * Reverse proxies in front of the app that each append the address they received from to X-Forwarded-For
   * (lib/http/client-address.ts). 0: clients connect to the app directly and the socket address is theirs.
   */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** How often each app process sweeps overdue quiz attempts (docs/decisions/010-quizzes.md); 0 turns it off. */
  QUIZ_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  // `next build` imports route modules to collect page data but never queries: it needs no database.
  const building = process.env.NEXT_PHASE === "phase-production-build";
  const parsed = schema.safeParse(building ? { DATABASE_URL: "postgresql://build@localhost/build", ...process.env } : process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}
