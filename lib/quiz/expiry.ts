// A quiz row's expiry policy as the timing rules take it.
import type { ExpiryPolicy } from "./timing";

export const expiryOf = (row: { expiryPolicy: string; graceSeconds: number }): ExpiryPolicy =>
  row.expiryPolicy === "grace" ? { kind: "grace", graceSeconds: row.graceSeconds } : { kind: "auto_submit" };
