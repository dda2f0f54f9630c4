// Readings and questions made directly in the database for the flashcard tests (unique slugs and ids per test), and
// a class with students: small and fast, independent of the shipped banks.
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import { createClassFor, createInstructor, createStudent } from "@/tests/factories";

const tag = () => randomBytes(4).toString("hex");
const created = { readings: [] as string[], questions: [] as string[] };

/** Removes this file's readings and questions (with their cards and logs), so other tests' counts of readings and
 * questions are not disturbed; call from afterAll. */
export async function removeCreatedContent() {
  await prisma.card.deleteMany({ where: { questionId: { in: created.questions } } });
  await prisma.assignment.deleteMany({ where: { readingId: { in: created.readings } } });
  await prisma.question.updateMany({ where: { id: { in: created.questions } }, data: { currentVersionId: null, forkOfId: null } });
  await prisma.questionVersion.deleteMany({ where: { questionId: { in: created.questions } } });
  await prisma.question.deleteMany({ where: { id: { in: created.questions } } });
  await prisma.reading.deleteMany({ where: { id: { in: created.readings } } });
}

export async function createReading(title = "A test reading") {
  const slug = `srs-${tag()}`;
  const reading = await prisma.reading.create({
    data: { slug, title, titleInferred: false, authorInferred: false, venueInferred: false, published: "2016-05-06", publishedInferred: false, body: "One sentence. Another sentence.", contentHash: tag() },
    select: { id: true, slug: true, title: true },
  });
  created.readings.push(reading.id);
  return reading;
}

/** An MCQ whose answer is "Alpha"; `cites` (synthesis) makes it cite several readings and have no reading of its own. */
type QuestionOptions = { reading?: { id: string; slug: string }; cites?: { slug: string }[]; quizOnly?: boolean; ownerId?: string; forkOfId?: string };

export async function createQuestion({ reading, cites, quizOnly = false, ownerId, forkOfId }: QuestionOptions) {
  const id = `t${tag()}-001`;
  const sources = (cites ?? [reading!]).map((r) => ({ reading: r.slug, text: "One sentence quoted from the reading here." }));
  const content = {
    id, type: "mcq", kind: "event", difficulty: 1, tags: ["test"], prompt: "Which one does the article name?",
    options: ["Alpha", "Beta", "Gamma"], answer: "Alpha", explanation: "The article says Alpha.", reading: cites ? null : reading!.slug, sources,
  };
  await prisma.question.create({ data: { id, type: "mcq", readingId: cites ? null : reading!.id, quizOnly, ownerId, forkOfId } });
  created.questions.push(id);
  const version = await prisma.questionVersion.create({
    data: { questionId: id, number: 1, contentHash: tag(), content, kind: "event", difficulty: 1, tags: ["test"], prompt: content.prompt, createdBy: "import" },
  });
  await prisma.question.update({ where: { id }, data: { currentVersionId: version.id } });
  return { id };
}

export async function classWithStudents(n: number) {
  const teacher = await createInstructor(prisma);
  const klass = await createClassFor(prisma, teacher.id);
  const students = [];
  for (let i = 0; i < n; i++) students.push(await createStudent(prisma, klass.joinCode));
  return { teacher, klass, students };
}

