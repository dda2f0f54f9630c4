/** True for a unique-constraint violation (Prisma P2002), whichever driver adapter raised it. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
}
