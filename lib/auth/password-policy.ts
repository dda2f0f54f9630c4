import { dictionary } from "@zxcvbn-ts/language-common";

// OWASP ASVS 5.0 V6.2: at least 8 characters, at least 64 allowed, no composition rules, refuse common passwords.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

// zxcvbn-ts ships the ~49k most common passwords from real breaches, ranked; we use it as a block list.
const common = new Set<string>(dictionary["passwords-common"] as string[]);

export function checkPasswordPolicy(password: string): string | null {
  const length = [...password].length; // count code points, not UTF-16 units
  if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  if (common.has(password.toLowerCase())) return "This password is too common. Choose one that is harder to guess.";
  return null;
}
