// Test data with unique names, built through the same lib functions the app and the seed use.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { createClass } from "@/lib/classes/mutations";
import { createAdmin } from "@/lib/users/create-admin";
import { createInvitation } from "@/lib/users/invitations";
import { signUp } from "@/lib/users/sign-up";

export const TEST_PASSWORD = "correct-battery-staple-42";

export function uniq(prefix = "t") {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;
}

export function uniqueEmail(prefix = "user") {
  return `${uniq(prefix)}@example.com`;
}

export async function createAdminUser(db: Db, overrides: { email?: string; name?: string } = {}) {
  const { user, password } = await createAdmin({ db, email: overrides.email ?? uniqueEmail("admin"), name: overrides.name ?? "Test Admin" });
  return { ...user, role: "ADMIN" as const, password };
}

/** An instructor as the app makes one: invited (by a fresh admin unless `invitedBy` is given), then signed up. */
export async function createInstructor(db: Db, overrides: { email?: string; name?: string; invitedBy?: { id: string; role: "ADMIN" | "INSTRUCTOR" } } = {}) {
  const email = overrides.email ?? uniqueEmail("teacher");
  const inviter = overrides.invitedBy ?? (await createAdminUser(db));
  const { token } = await createInvitation({ db, inviter, email: email.trim().toLowerCase(), now: new Date() });
  return signUp({ db, input: { name: overrides.name ?? "Test Instructor", email: email.trim().toLowerCase(), password: TEST_PASSWORD, invitation: token } });
}

export async function createClassFor(db: Db, instructorId: string, name = uniq("class")) {
  return createClass({ db, instructorId, name });
}

export async function createStudent(db: Db, joinCode: string, overrides: { email?: string; name?: string } = {}) {
  return signUp({ db, input: { name: overrides.name ?? "Test Student", email: overrides.email ?? uniqueEmail("student"), password: TEST_PASSWORD, joinCode } });
}

type QuizSettings = {
  title?: string; timeLimitSeconds?: number | null; opensAt?: Date | null; closesAt?: Date | null; extraTimePastClose?: boolean;
  attemptsAllowed?: number; gradingMethod?: string; minGapSeconds?: number; shuffleQuestions?: boolean; shuffleOptions?: boolean;
  layout?: "one_per_page" | "all_on_one"; reviewOptions?: Record<string, string>; expiryPolicy?: "auto_submit" | "grace";
  graceSeconds?: number; published?: boolean;
};

/**
 * A quiz written straight to the database (the quiz editor is another module's): fixed questions in the given order
 * (`points` each, default 1) and optional pools, on `readingIds`. Published unless `published: false`.
 * Named apart from the app's own quiz functions on purpose.
 */
export async function createQuizForTest(db: Db, input: QuizSettings & {
  classId: string; readingIds?: string[]; questionIds?: string[]; points?: number;
  pools?: { filter: Record<string, unknown>; count: number; points?: number }[];
}) {
  const { classId, readingIds = [], questionIds = [], points = 1, pools = [], published = true, reviewOptions, ...settings } = input;
  return db.quiz.create({
    data: {
      classId,
      title: settings.title ?? uniq("Quiz"),
      ...settings,
      reviewOptions: reviewOptions ?? { score: "immediately", correctness: "immediately", answer: "immediately", explanation: "immediately" },
      publishedAt: published ? new Date() : null,
      readings: { create: readingIds.map((readingId) => ({ readingId })) },
      slots: {
        create: [
          ...questionIds.map((questionId, i) => ({ position: i + 1, questionId, points })),
          ...pools.map((pool, i) => ({ position: questionIds.length + i + 1, poolFilter: pool.filter as object, count: pool.count, points: pool.points ?? points })),
        ],
      },
    },
  });
}

/** A reading written straight to the database (unique slug), for tests that need their own questions. */
export async function createReadingForTest(db: Db, title = uniq("Reading")) {
  const slug = uniq("reading").toLowerCase();
  return db.reading.create({
    data: { slug, title, titleInferred: false, authorInferred: false, venueInferred: false, published: "2016-05-06", publishedInferred: false, body: "One sentence. Another sentence.", contentHash: slug },
    select: { id: true, slug: true, title: true },
  });
}

/**
 * A question with one version, written straight to the database: `fields` are the type's own (options/answer,
 * answer/accept, …) plus optional explanation and quote text. Returns its id and version id.
 */
export async function createQuestionForTest(db: Db, input: { reading: { id: string; slug: string }; type: string; prompt: string; fields: Record<string, unknown>; explanation?: string; quote?: string; quizOnly?: boolean }) {
  const id = `t${randomBytes(4).toString("hex")}-001`;
  const content = {
    id, type: input.type, kind: "event", difficulty: 1, tags: ["test"], prompt: input.prompt, ...input.fields,
    explanation: input.explanation ?? "Because the reading says so.", reading: input.reading.slug,
    sources: [{ reading: input.reading.slug, text: input.quote ?? "One sentence quoted from the reading here." }],
  };
  await db.question.create({ data: { id, type: input.type, readingId: input.reading.id, quizOnly: input.quizOnly ?? false } });
  const version = await db.questionVersion.create({
    data: { questionId: id, number: 1, contentHash: randomBytes(8).toString("hex"), content, kind: "event", difficulty: 1, tags: ["test"], prompt: input.prompt, createdBy: "import" },
  });
  await db.question.update({ where: { id }, data: { currentVersionId: version.id } });
  return { id, versionId: version.id };
}
