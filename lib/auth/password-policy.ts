import { dictionary } from "@zxcvbn-ts/language-common";

// OWASP ASVS 5.0 V6.2: at least 8 characters, at least 64 allowed, no composition rules, refuse common passwords and
// context-specific words (the site's name, the person's own email and name, the password printed in the README).
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** The demo accounts' password (`LECTERN_DEMO=1`, printed on screen and in the README): never a real account's. */
export const DEMO_PASSWORD = "lectern-demo-2026";

// zxcvbn-ts ships the ~49k most common passwords from real breaches, ranked; we use it as a block list.
const common = new Set<string>(dictionary["passwords-common"] as string[]);

const TOO_SIMPLE = "This password is too easy to guess (a repeated character, a pattern or a sequence). Choose another.";
const PERSONAL = "Do not use your email address, your name or the site's name as your password.";

// Rows a finger runs along, and the alphabet: "abcdefgh", "87654321", "asdfghjk" are guessed first.
const RUNS = ["abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"];

function isSequence(lower: string): boolean {
  return RUNS.some((run) => run.includes(lower) || [...run].reverse().join("").includes(lower));
}

/** "aaaaaaaa", "abababab", "abcabcabc", "12121212": one short unit repeated, or hardly any different characters. */
function isRepetitive(password: string): boolean {
  return new Set(password).size < 3 || /^(.{1,4})\1+$/su.test(password);
}

/** Lower-cased letters and digits only, with trailing digits and symbols dropped: "Ada.Teacher99!" → "adateacher". */
function core(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+$/u, "").replace(/\d+$/, "").replace(/[^\p{L}\p{N}]/gu, "");
}

function personalWords({ email, name }: { email?: string; name?: string }): string[] {
  const local = email?.split("@")[0];
  return ["lectern", DEMO_PASSWORD, email, local, name].map((w) => (w ? core(w) : "")).filter((w) => w.length >= 3);
}

/** The reason a password is refused, or null. `context`: the account's email and name, which are not passwords. */
export function checkPasswordPolicy(password: string, context: { email?: string; name?: string } = {}): string | null {
  const length = [...password].length; // count code points, not UTF-16 units
  if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  if (!password.trim()) return "A password cannot be only spaces.";
  const lower = password.toLowerCase();
  if (common.has(lower)) return "This password is too common. Choose one that is harder to guess.";
  if (isRepetitive(password) || isSequence(lower)) return TOO_SIMPLE;
  if (lower === DEMO_PASSWORD || personalWords(context).includes(core(password))) return PERSONAL;
  return null;
}
