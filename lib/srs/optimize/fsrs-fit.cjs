// The FSRS optimiser, run in a child process (lib/srs/optimize/optimize-class.ts): @open-spaced-repetition/binding
// aborts the whole process (a Rust panic, SIGABRT) on input it dislikes, so it never runs inside the web server.
// stdin: { train: [[rating, deltaT], …][], test: [[rating, deltaT], …][], current: number[] | null }
// stdout: { w, before: { logLoss, rmse }, after: { logLoss, rmse } }
const { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } = require("@open-spaced-repetition/binding");

const toItems = (list) => list.map((reviews) => new FSRSBindingItem(reviews.map(([rating, deltaT]) => new FSRSBindingReview(rating, deltaT))));
const metrics = (w, items) => {
  const m = (w ? new FSRSBinding(w) : new FSRSBinding()).evaluate(items);
  return { logLoss: m.logLoss, rmse: m.rmseBins };
};

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
  try {
    const { train, test, current } = JSON.parse(input);
    // Items without a review on a later day make the binding panic: never pass one (see STACK.md).
    const trainItems = toItems(train).filter((item) => item.longTermReviewCnt() > 0);
    const testItems = toItems(test).filter((item) => item.longTermReviewCnt() > 0);
    const w = await computeParameters(trainItems, { enableShortTerm: true, numRelearningSteps: 1, timeout: 10 });
    process.stdout.write(JSON.stringify({ w, before: metrics(current, testItems), after: metrics(w, testItems) }));
  } catch (e) {
    process.stderr.write(String(e && e.stack ? e.stack : e));
    process.exitCode = 1;
  }
});
