// `npm run srs:optimize -- --class <id>`: fits FSRS parameters to the class's pooled reviews, prints log loss and RMSE
// of the current and the new parameters on the held-back latest reviews, and applies the new ones only when better.
import { optimizeClass } from "@/lib/srs/optimize/optimize-class";
import { prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";

const i = process.argv.indexOf("--class");
const classId = i > 0 ? process.argv[i + 1] : undefined;
if (!classId) {
  console.error("usage: npm run srs:optimize -- --class <classId>");
  process.exit(2);
}
try {
  const r = await optimizeClass({ classId, instructorId: null, now: new Date() });
  console.log(`${r.reviews} reviews · held-back log loss ${r.before.logLoss.toFixed(4)} → ${r.logLoss.toFixed(4)} · RMSE ${r.before.rmse.toFixed(4)} → ${r.rmse.toFixed(4)}`);
  console.log(r.applied ? "The new parameters are better: applied." : "The new parameters are not better: the current ones stay.");
} catch (e) {
  console.error(isAppError(e) ? e.message : e);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
