import { hash, verify } from "@node-rs/argon2";

// argon2id with the library defaults (m=19456 KiB, t=2, p=1: OWASP's minimum recommendation). The policy on what a
// person may choose (lib/auth/password-policy.ts) is checked where they choose it, in the sign-up schema.
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // malformed hash: treat as a mismatch, never as a crash
  }
}

/** A valid hash of a random password: verifying against it costs the same as a real account (no timing oracle). */
let dummyHash: Promise<string> | undefined;
export function getDummyHash(): Promise<string> {
  dummyHash ??= hash(crypto.randomUUID());
  return dummyHash;
}
