// Integration tests run against a real PostgreSQL database that `npm test` creates fresh and migrates for the run.
// Refuse anything else, so a test can never write into a developer's or a student's data.
export default function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Run integration tests with `npm test -- --only=integration`.");
  const name = new URL(url).pathname.slice(1);
  if (!name.startsWith("lectern_test_")) throw new Error(`Refusing to run integration tests against database "${name}" (expected lectern_test_*).`);
}
