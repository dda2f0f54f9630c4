import { expect, test, type APIRequestContext } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { prisma } from "@/lib/db";
import { createQuestionForTest, createQuizForTest, createReadingForTest } from "@/tests/factories";
import pg from "pg";
import { insertAttempt, insertQuiz } from "../fixtures/quiz-attempts";
import { adminAccount, createClassApi, newAccount, signUpApi, signedInContext } from "./helpers";

// Every page and endpoint, walked as every kind of user. A new route without a row here fails the first test.
type Persona = "anonymous" | "student" | "otherStudent" | "instructor" | "otherInstructor" | "admin";
type World = {
  classA: { id: string; joinCode: string };
  classB: { id: string; joinCode: string };
  victimId: string;
  /** The student of classA (stays enrolled). */
  studentId: string;
  invitationId: string;
  /** The instructor's own copy of a shipped question (decision 008): only they may reach it. */
  copyA: string;
  /** A shipped question as the editor loads it, to PUT back with a change. */
  shipped: { id: string; version: number; question: Record<string, unknown> };
  /** Flashcards: classA has a reading assigned; `cardId` is the student's card, rated once (`reviewLogId`). */
  study: { assignmentId: string; cardId: string; reviewLogId: string };
  /** Quiz building (issue 8): classA's published quiz with the student's submitted attempt, and a draft. */
  quizBuild: { quizId: string; draftId: string; attemptId: string; studentId: string };
  /** Quizzes (issue 8): the student's open attempt on `quizId`, and a finished one (on another quiz) to review. */
  quiz: { quizId: string; attemptId: string; finishedAttemptId: string };
  /** Dashboard (issue 9): a quiz of classA with one finished attempt by the student, written into the database. */
  dashboard: { quizId: string };
};
type Expect = number | `redirect:${string}`;
type Row = { route: string; method: string; path: (w: World) => string; body?: (w: World) => unknown; expect: Partial<Record<Persona, Expect>> };

const PERSONAS: Persona[] = ["anonymous", "student", "otherStudent", "instructor", "otherInstructor", "admin"];
const everyone = (e: Expect) => Object.fromEntries(PERSONAS.map((p) => [p, e])) as Record<Persona, Expect>;

// Rows run in order; within a row, personas run in the order above, so denials come before the allowed write.
const TABLE: Row[] = [
  { route: "/", method: "GET", path: () => "/", expect: { anonymous: 200, student: "redirect:/student", instructor: "redirect:/instructor", admin: "redirect:/admin" } },
  { route: "/login", method: "GET", path: () => "/login", expect: { anonymous: 200, student: "redirect:/", instructor: "redirect:/" } },
  { route: "/signup", method: "GET", path: () => "/signup", expect: { anonymous: 200, student: "redirect:/", instructor: "redirect:/" } },
  { route: "/instructor", method: "GET", path: () => "/instructor", expect: { anonymous: "redirect:/login", student: 404, otherStudent: 404, instructor: 200, otherInstructor: 200, admin: 200 } },
  // Who may teach (decision 007): an admin vouches for instructors and can teach; instructors invite colleagues.
  { route: "/admin", method: "GET", path: () => "/admin", expect: { anonymous: "redirect:/login", student: 404, otherStudent: 404, instructor: 404, otherInstructor: 404, admin: 200 } },
  {
    route: "/instructor/invitations",
    method: "GET",
    path: () => "/instructor/invitations",
    expect: { anonymous: "redirect:/login", student: 404, otherStudent: 404, instructor: 200, otherInstructor: 200, admin: 200 },
  },
  {
    route: "/api/invitations",
    method: "POST",
    path: () => "/api/invitations",
    body: () => ({ email: `authz-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com` }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, instructor: 201, otherInstructor: 201, admin: 201 },
  },
  {
    route: "/api/invitations/[invitationId]",
    method: "DELETE",
    path: (w) => `/api/invitations/${w.invitationId}`,
    body: () => ({}),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, instructor: 200 },
  },
  {
    route: "/instructor/classes/[classId]",
    method: "GET",
    path: (w) => `/instructor/classes/${w.classA.id}`,
    expect: { anonymous: "redirect:/login", student: 404, otherStudent: 404, instructor: 200, otherInstructor: 404 },
  },
  // The invite link: a page for everyone (anonymous: sign in or sign up; student: join; instructor: "this is for students").
  { route: "/join", method: "GET", path: (w) => `/join?code=${w.classB.joinCode}`, expect: everyone(200) },
  { route: "/student", method: "GET", path: () => "/student", expect: { anonymous: "redirect:/login", student: 200, otherStudent: 200, instructor: 404, otherInstructor: 404, admin: 404 } },
  { route: "/student/study", method: "GET", path: () => "/student/study", expect: { anonymous: "redirect:/login", student: 200, otherStudent: 200, instructor: 404, otherInstructor: 404, admin: 404 } },
  { route: "/student/stats", method: "GET", path: () => "/student/stats", expect: { anonymous: "redirect:/login", student: 200, otherStudent: 200, instructor: 404, otherInstructor: 404, admin: 404 } },
  { route: "/readings", method: "GET", path: () => "/readings", expect: { anonymous: "redirect:/login", student: 200, otherStudent: 200, instructor: 200, otherInstructor: 200 } },
  {
    route: "/readings/[slug]",
    method: "GET",
    path: () => "/readings/abe-all-in-2016",
    expect: { anonymous: "redirect:/login", student: 200, otherStudent: 200, instructor: 200, otherInstructor: 200 },
  },
  { route: "/instructor/bank", method: "GET", path: () => "/instructor/bank", expect: { anonymous: "redirect:/login", student: 404, otherStudent: 404, instructor: 200, otherInstructor: 200 } },
  { route: "/instructor/questions/new", method: "GET", path: () => "/instructor/questions/new", expect: { anonymous: "redirect:/login", student: 404, otherStudent: 404, instructor: 200, otherInstructor: 200 } },
  // Decision 008: shipped questions are every instructor's to read (and to copy); an instructor's own questions and
  // copies are theirs alone — another instructor gets the 404 of a missing id.
  {
    route: "/instructor/questions/[questionId]/edit",
    method: "GET",
    path: () => "/instructor/questions/dip-001/edit",
    expect: { anonymous: "redirect:/login", student: 404, otherStudent: 404, instructor: 200, otherInstructor: 200 },
  },
  {
    route: "/instructor/questions/[questionId]/edit",
    method: "GET",
    path: (w) => `/instructor/questions/${w.copyA}/edit`,
    expect: { anonymous: "redirect:/login", student: 404, otherStudent: 404, instructor: 200, otherInstructor: 404 },
  },
  {
    route: "/instructor/questions/[questionId]/versions/[number]",
    method: "GET",
    path: (w) => `/instructor/questions/${w.copyA}/versions/1`,
    expect: { anonymous: "redirect:/login", student: 404, otherStudent: 404, instructor: 200, otherInstructor: 404 },
  },
  { route: "/api/questions", method: "POST", path: () => "/api/questions", body: () => ({}), expect: { anonymous: 401, student: 403, otherStudent: 403, instructor: 400, otherInstructor: 400 } },
  { route: "/api/questions/[questionId]", method: "GET", path: () => "/api/questions/dip-001", expect: { anonymous: 401, student: 403, otherStudent: 403, instructor: 200, otherInstructor: 200 } },
  { route: "/api/questions/[questionId]", method: "GET", path: (w) => `/api/questions/${w.copyA}`, expect: { anonymous: 401, student: 403, otherStudent: 403, instructor: 200, otherInstructor: 404 } },
  {
    route: "/api/questions/[questionId]",
    method: "PUT",
    path: (w) => `/api/questions/${w.copyA}`,
    body: () => ({ expectedVersion: 1, question: {} }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, instructor: 400 },
  },
  // An instructor's save of a shipped question makes their own copy (201); the shipped question is untouched.
  {
    route: "/api/questions/[questionId]",
    method: "PUT",
    path: (w) => `/api/questions/${w.shipped.id}`,
    body: (w) => ({ expectedVersion: w.shipped.version, question: { ...w.shipped.question, prompt: `${w.shipped.question.prompt} (our wording)` } }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, instructor: 201, otherInstructor: 201 },
  },
  { route: "/api/questions/[questionId]/copy", method: "POST", path: () => "/api/questions/dip-004/copy", body: () => ({ expectedVersion: 1 }), expect: { anonymous: 401, student: 403, otherStudent: 403, instructor: 201, otherInstructor: 201 } },
  { route: "/api/questions/[questionId]/copy", method: "POST", path: (w) => `/api/questions/${w.copyA}/copy`, body: () => ({ expectedVersion: 1 }), expect: { otherInstructor: 404 } },
  {
    route: "/api/questions/[questionId]/quiz-only",
    method: "PUT",
    path: (w) => `/api/questions/${w.copyA}/quiz-only`,
    body: () => ({ quizOnly: true }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, instructor: 200 },
  },
  {
    route: "/api/questions/[questionId]/retired",
    method: "PUT",
    path: (w) => `/api/questions/${w.copyA}/retired`,
    body: () => ({ retired: false }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, instructor: 200 },
  },
  // Shipped questions retire through the files: an instructor is told so (403 with the reason).
  { route: "/api/questions/[questionId]/retired", method: "PUT", path: () => "/api/questions/dip-001/retired", body: () => ({ retired: true }), expect: { instructor: 403, otherInstructor: 403 } },
  {
    route: "/api/questions/[questionId]/restore",
    method: "POST",
    path: (w) => `/api/questions/${w.copyA}/restore`,
    body: () => ({ version: 1, expectedVersion: 1 }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, instructor: 200 },
  },
  {
    route: "/api/readings/[slug]/export",
    method: "GET",
    path: () => "/api/readings/abe-all-in-2016/export?format=csv",
    expect: { anonymous: 401, student: 403, otherStudent: 403, instructor: 200, otherInstructor: 200 },
  },
  {
    route: "/api/exports",
    method: "GET",
    path: () => "/api/exports?format=csv&reading=abe-all-in-2016&type=mcq",
    expect: { anonymous: 401, student: 403, otherStudent: 403, instructor: 200, otherInstructor: 200 },
  },
  { route: "/api/health", method: "GET", path: () => "/api/health", expect: everyone(200) },
  { route: "/api/auth/[...nextauth]", method: "GET", path: () => "/api/auth/csrf", expect: everyone(200) },
  // Claiming a role is no way in: without a join code or an invitation, every sign-up is refused.
  { route: "/api/signup", method: "POST", path: () => "/api/signup", body: () => ({ role: "INSTRUCTOR", name: "Probe", email: "probe@example.com", password: "correct-battery-staple-42" }), expect: everyone(400) },
  {
    route: "/api/classes",
    method: "POST",
    path: () => "/api/classes",
    body: () => ({ name: "Authz probe" }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, instructor: 201, otherInstructor: 201 },
  },
  {
    route: "/api/classes/[classId]",
    method: "PATCH",
    path: (w) => `/api/classes/${w.classA.id}`,
    body: () => ({ archived: false }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, instructor: 200 },
  },
  {
    route: "/api/classes/[classId]/join-code",
    method: "POST",
    path: (w) => `/api/classes/${w.classA.id}/join-code`,
    body: () => ({}), // bodyless writes are JSON too (lib/http/handler.ts)
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, instructor: 200 },
  },
  {
    route: "/api/classes/[classId]/students/[studentId]",
    method: "DELETE",
    path: (w) => `/api/classes/${w.classA.id}/students/${w.victimId}`,
    body: () => ({}),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, instructor: 200 },
  },
  {
    route: "/api/enrollments",
    method: "POST",
    path: () => "/api/enrollments",
    body: (w) => ({ joinCode: w.classB.joinCode }),
    expect: { anonymous: 401, instructor: 403, otherInstructor: 403, student: 201 },
  },
  // Flashcards (issue 7). A card, a rating or an assignment that is not the caller's is a 404.
  { route: "/api/study/queue", method: "GET", path: () => "/api/study/queue", expect: { anonymous: 401, instructor: 403, otherInstructor: 403, student: 200, otherStudent: 200 } },
  {
    route: "/api/study/cards/[cardId]/reveal",
    method: "POST",
    path: (w) => `/api/study/cards/${w.study.cardId}/reveal`,
    body: () => ({ response: "x" }),
    expect: { anonymous: 401, instructor: 403, otherInstructor: 403, otherStudent: 404, student: 200 },
  },
  // The setup rated the card once (version 1); this undoes it (version 2), then the rate row rates at version 2.
  {
    route: "/api/study/undo",
    method: "POST",
    path: () => "/api/study/undo",
    body: (w) => ({ reviewLogId: w.study.reviewLogId }),
    expect: { anonymous: 401, instructor: 403, otherInstructor: 403, otherStudent: 404, student: 200 },
  },
  {
    route: "/api/study/cards/[cardId]/rate",
    method: "POST",
    path: (w) => `/api/study/cards/${w.study.cardId}/rate`,
    body: () => ({ rating: 3, expectedVersion: 2, idempotencyKey: `authz-${Date.now()}`, durationMs: 1200 }),
    expect: { anonymous: 401, instructor: 403, otherInstructor: 403, otherStudent: 404, student: 200 },
  },
  {
    route: "/api/study/settings",
    method: "PUT",
    path: () => "/api/study/settings",
    body: (w) => ({ classId: w.classA.id, desiredRetention: 0.85 }),
    expect: { anonymous: 401, instructor: 403, otherInstructor: 403, otherStudent: 404, student: 200 },
  },
  {
    route: "/api/classes/[classId]/assignments",
    method: "POST",
    path: (w) => `/api/classes/${w.classA.id}/assignments`,
    body: () => ({ readingSlug: "abe-courts-putin-2016", dueAt: null }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, instructor: 200 },
  },
  {
    route: "/api/classes/[classId]/assignments/[assignmentId]",
    method: "PATCH",
    path: (w) => `/api/classes/${w.classA.id}/assignments/${w.study.assignmentId}`,
    body: () => ({ dueAt: "2030-01-01T09:00:00+01:00" }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, instructor: 200 },
  },
  {
    route: "/api/classes/[classId]/assignments/[assignmentId]",
    method: "DELETE",
    path: (w) => `/api/classes/${w.classA.id}/assignments/${w.study.assignmentId}`,
    body: () => ({}), // bodyless writes still say they are JSON (lib/http/handler.ts)
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, instructor: 200 },
  },
  {
    route: "/api/classes/[classId]/srs-settings",
    method: "PUT",
    path: (w) => `/api/classes/${w.classA.id}/srs-settings`,
    body: () => ({ desiredRetention: 0.9, newPerDay: 15, learningSteps: ["1m", "10m"], relearningSteps: ["10m"], maximumInterval: 365 }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, instructor: 200 },
  },
  // A new class has one rating: the owner is told how many reviews are missing.
  {
    route: "/api/classes/[classId]/srs-optimize",
    method: "POST",
    path: (w) => `/api/classes/${w.classA.id}/srs-optimize`,
    body: () => ({}),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, instructor: 400 },
  },
  // Quiz building (issue 8, instructor side): a class's instructors only; anyone else's id is a 404, the admin's too.
  ...[
    "/instructor/classes/[classId]/quizzes",
    "/instructor/classes/[classId]/quizzes/new",
    "/instructor/classes/[classId]/quizzes/[quizId]",
    "/instructor/classes/[classId]/quizzes/[quizId]/preview",
    "/instructor/classes/[classId]/quizzes/[quizId]/attempts",
    "/instructor/classes/[classId]/quizzes/[quizId]/attempts/[attemptId]",
  ].map((route): Row => ({
    route,
    method: "GET",
    path: (w) => route.replace("[classId]", w.classA.id).replace("[quizId]", w.quizBuild.quizId).replace("[attemptId]", w.quizBuild.attemptId),
    expect: { anonymous: "redirect:/login", student: 404, otherStudent: 404, otherInstructor: 404, admin: 404, instructor: 200 },
  })),
  { route: "/api/classes/[classId]/quizzes", method: "GET", path: (w) => `/api/classes/${w.classA.id}/quizzes`, expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 200 } },
  {
    route: "/api/classes/[classId]/quizzes",
    method: "POST",
    path: (w) => `/api/classes/${w.classA.id}/quizzes`,
    body: () => ({ title: "Authz quiz", readings: ["abe-all-in-2016"] }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 201 },
  },
  { route: "/api/quizzes/[quizId]", method: "GET", path: (w) => `/api/quizzes/${w.quizBuild.quizId}`, expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 200 } },
  {
    route: "/api/quizzes/[quizId]",
    method: "PATCH",
    path: (w) => `/api/quizzes/${w.quizBuild.quizId}`,
    body: () => ({ title: "Authz quiz, renamed" }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 200 },
  },
  {
    route: "/api/quizzes/[quizId]",
    method: "DELETE",
    path: (w) => `/api/quizzes/${w.quizBuild.draftId}`,
    body: () => ({}),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 200 },
  },
  {
    route: "/api/quizzes/[quizId]/publish",
    method: "POST",
    path: (w) => `/api/quizzes/${w.quizBuild.quizId}/publish`,
    body: () => ({}),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 200 },
  },
  {
    route: "/api/quizzes/[quizId]/preview-check",
    method: "POST",
    path: (w) => `/api/quizzes/${w.quizBuild.quizId}/preview-check`,
    body: () => ({ answers: [{ questionId: "dip-010", response: "x" }] }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 200 },
  },
  {
    route: "/api/classes/[classId]/accommodations/[studentId]",
    method: "PUT",
    path: (w) => `/api/classes/${w.classA.id}/accommodations/${w.quizBuild.studentId}`,
    body: () => ({ timeMultiplier: 1.5, extraMinutes: 0, extraAttempts: 1, note: null }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 200 },
  },
  {
    route: "/api/classes/[classId]/accommodations/[studentId]",
    method: "DELETE",
    path: (w) => `/api/classes/${w.classA.id}/accommodations/${w.quizBuild.studentId}`,
    body: () => ({}),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 200 },
  },
  {
    route: "/api/quizzes/[quizId]/overrides/[studentId]",
    method: "PUT",
    path: (w) => `/api/quizzes/${w.quizBuild.quizId}/overrides/${w.quizBuild.studentId}`,
    body: () => ({ opensAt: null, closesAt: null, attemptsAllowed: 3 }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 200 },
  },
  {
    route: "/api/quizzes/[quizId]/overrides/[studentId]",
    method: "DELETE",
    path: (w) => `/api/quizzes/${w.quizBuild.quizId}/overrides/${w.quizBuild.studentId}`,
    body: () => ({}),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 200 },
  },
  {
    route: "/api/quizzes/[quizId]/regrade",
    method: "POST",
    path: (w) => `/api/quizzes/${w.quizBuild.quizId}/regrade`,
    body: () => ({ questionId: "dip-010", scope: "all" }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 200 },
  },
  {
    route: "/api/attempts/[attemptId]/items/[position]/mark",
    method: "PUT",
    path: (w) => `/api/attempts/${w.quizBuild.attemptId}/items/1/mark`,
    body: () => ({ mark: 0.5, comment: "Authz probe" }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 200 },
  },
  {
    route: "/api/attempts/[attemptId]/reviewed",
    method: "POST",
    path: (w) => `/api/attempts/${w.quizBuild.attemptId}/reviewed`,
    body: () => ({ reviewed: true }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 200 },
  },
  // Quizzes, the student's side (issue 8). Another student's attempt or quiz is a 404; only students take quizzes.
  { route: "/student/quizzes/[quizId]", method: "GET", path: (w) => `/student/quizzes/${w.quiz.quizId}`, expect: { anonymous: "redirect:/login", student: 200, otherStudent: 404, instructor: 404, otherInstructor: 404, admin: 404 } },
  { route: "/student/attempts/[attemptId]", method: "GET", path: (w) => `/student/attempts/${w.quiz.attemptId}`, expect: { anonymous: "redirect:/login", student: 200, otherStudent: 404, instructor: 404, otherInstructor: 404, admin: 404 } },
  { route: "/student/attempts/[attemptId]/review", method: "GET", path: (w) => `/student/attempts/${w.quiz.finishedAttemptId}/review`, expect: { anonymous: "redirect:/login", student: 200, otherStudent: 404, instructor: 404, otherInstructor: 404, admin: 404 } },
  // Starting again while an attempt is open resumes it (200, resumed: true).
  { route: "/api/quizzes/[quizId]/attempts", method: "POST", path: (w) => `/api/quizzes/${w.quiz.quizId}/attempts`, body: () => ({}), expect: { anonymous: 401, instructor: 403, otherInstructor: 403, admin: 403, otherStudent: 404, student: 200 } },
  { route: "/api/attempts/[attemptId]", method: "GET", path: (w) => `/api/attempts/${w.quiz.attemptId}`, expect: { anonymous: 401, instructor: 403, otherInstructor: 403, admin: 403, otherStudent: 404, student: 200 } },
  {
    route: "/api/attempts/[attemptId]/items/[position]",
    method: "PUT",
    path: (w) => `/api/attempts/${w.quiz.attemptId}/items/1`,
    body: () => ({ response: "Sochi", seq: 1 }),
    expect: { anonymous: 401, instructor: 403, otherInstructor: 403, admin: 403, otherStudent: 404, student: 200 },
  },
  {
    route: "/api/attempts/[attemptId]/events",
    method: "POST",
    path: (w) => `/api/attempts/${w.quiz.attemptId}/events`,
    body: () => ({ kind: "connection_lost" }),
    expect: { anonymous: 401, instructor: 403, otherInstructor: 403, admin: 403, otherStudent: 404, student: 200 },
  },
  // Submitting the finished attempt again is the same answer (idempotent).
  {
    route: "/api/attempts/[attemptId]/submit",
    method: "POST",
    path: (w) => `/api/attempts/${w.quiz.finishedAttemptId}/submit`,
    body: () => ({}),
    expect: { anonymous: 401, instructor: 403, otherInstructor: 403, admin: 403, otherStudent: 404, student: 200 },
  },
  // Class dashboard (issue 9): the class's instructors only; an administrator who does not teach it gets the 404 too.
  {
    route: "/instructor/classes/[classId]/students/[studentId]",
    method: "GET",
    path: (w) => `/instructor/classes/${w.classA.id}/students/${w.studentId}`,
    expect: { anonymous: "redirect:/login", student: 404, otherStudent: 404, otherInstructor: 404, admin: 404, instructor: 200 },
  },
  {
    route: "/api/classes/[classId]/instructors",
    method: "POST",
    path: (w) => `/api/classes/${w.classA.id}/instructors`,
    body: () => ({ email: "nobody-authz@example.com" }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 400 },
  },
  {
    route: "/api/classes/[classId]/instructors/[userId]",
    method: "DELETE",
    path: (w) => `/api/classes/${w.classA.id}/instructors/${w.victimId}`,
    body: () => ({}),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 404 },
  },
  {
    route: "/api/classes/[classId]/students",
    method: "POST",
    path: (w) => `/api/classes/${w.classA.id}/students`,
    body: () => ({ email: "nobody-authz@example.com" }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 400 },
  },
  {
    route: "/api/classes/[classId]/roster-import",
    method: "POST",
    path: (w) => `/api/classes/${w.classA.id}/roster-import`,
    body: () => ({ mode: "preview", csv: "email\nnobody-authz@example.com\n" }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 200 },
  },
  {
    route: "/api/classes/[classId]/at-risk-settings",
    method: "PUT",
    path: (w) => `/api/classes/${w.classA.id}/at-risk-settings`,
    body: () => ({ inactiveDays: 5, overdueCards: 50, minMeanRecall: 0.7, minQuizFraction: 0.5, flagMissedQuiz: true }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 200 },
  },
  {
    route: "/api/classes/[classId]/exports/roster.csv",
    method: "GET",
    path: (w) => `/api/classes/${w.classA.id}/exports/roster.csv`,
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 200 },
  },
  {
    route: "/api/classes/[classId]/exports/students.csv",
    method: "GET",
    path: (w) => `/api/classes/${w.classA.id}/exports/students.csv`,
    expect: { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, admin: 404, instructor: 200 },
  },
  // Dashboard: item analysis, question insights and their exports (issue 9). Only the class's instructors; an admin
  // who does not teach the class gets the 404 of a missing one.
  {
    route: "/instructor/classes/[classId]/quizzes/[quizId]/analysis",
    method: "GET",
    path: (w) => `/instructor/classes/${w.classA.id}/quizzes/${w.dashboard.quizId}/analysis?attempts=all`,
    expect: { anonymous: "redirect:/login", student: 404, otherStudent: 404, instructor: 200, otherInstructor: 404, admin: 404 },
  },
  {
    route: "/instructor/classes/[classId]/questions",
    method: "GET",
    path: (w) => `/instructor/classes/${w.classA.id}/questions`,
    expect: { anonymous: "redirect:/login", student: 404, otherStudent: 404, instructor: 200, otherInstructor: 404, admin: 404 },
  },
  {
    route: "/api/classes/[classId]/exports/gradebook.csv",
    method: "GET",
    path: (w) => `/api/classes/${w.classA.id}/exports/gradebook.csv`,
    expect: { anonymous: 401, student: 403, otherStudent: 403, instructor: 200, otherInstructor: 404, admin: 404 },
  },
  {
    route: "/api/quizzes/[quizId]/exports/item-analysis.csv",
    method: "GET",
    path: (w) => `/api/quizzes/${w.dashboard.quizId}/exports/item-analysis.csv`,
    expect: { anonymous: 401, student: 403, otherStudent: 403, instructor: 200, otherInstructor: 404, admin: 404 },
  },
];

/** classA gets a published quiz (dip-010 fixed) the student has taken and submitted, and a draft to delete. */
async function setUpQuizBuild(instructor: APIRequestContext, student: APIRequestContext, classId: string): Promise<World["quizBuild"]> {
  const body = { title: "Authz quiz", readings: ["abe-all-in-2016"], slots: [{ questionId: "dip-010", points: 1 }] };
  const created = await instructor.post(`/api/classes/${classId}/quizzes`, { data: body });
  expect(created.status(), await created.text()).toBe(201);
  const quizId: string = (await created.json()).quiz.id;
  expect((await instructor.post(`/api/quizzes/${quizId}/publish`, { data: {} })).status()).toBe(200);
  const draft = await instructor.post(`/api/classes/${classId}/quizzes`, { data: { title: "Authz draft", readings: ["abe-all-in-2016"] } });
  const started = await student.post(`/api/quizzes/${quizId}/attempts`, { data: {} });
  expect(started.status(), await started.text()).toBe(200);
  const { attemptId } = await started.json();
  const submitted = await student.post(`/api/attempts/${attemptId}/submit`, { data: {} });
  expect(submitted.status(), await submitted.text()).toBe(200);
  const session = await (await student.get("/api/auth/session")).json();
  return { quizId, draftId: (await draft.json()).quiz.id, attemptId, studentId: session.user.id };
}


/** A quiz of classA with one question; the student has an attempt open on it, and a finished one on a second quiz. */
async function setUpQuiz(student: APIRequestContext, classId: string): Promise<World["quiz"]> {
  const reading = await createReadingForTest(prisma);
  const question = await createQuestionForTest(prisma, { reading, type: "mcq", prompt: "Which city?", fields: { options: ["Sochi", "Nagato", "Tokyo", "Kyoto"], answer: "Sochi" } });
  const [open, done] = await Promise.all([0, 1].map(() => createQuizForTest(prisma, { classId, readingIds: [reading.id], questionIds: [question.id], timeLimitSeconds: 3600 })));
  const start = async (quizId: string) => {
    const res = await student.post(`/api/quizzes/${quizId}/attempts`, { data: {} });
    expect(res.status(), await res.text()).toBe(200);
    return (await res.json()).attemptId as string;
  };
  const finishedAttemptId = await start(done.id);
  expect((await student.post(`/api/attempts/${finishedAttemptId}/submit`, { data: {} })).status()).toBe(200);
  return { quizId: open.id, attemptId: await start(open.id), finishedAttemptId };
}

/** classA gets a reading; the student rates their first card once, so there is a card and a rating to probe. */
async function setUpStudy(instructor: APIRequestContext, student: APIRequestContext, classId: string): Promise<World["study"]> {
  const assigned = await instructor.post(`/api/classes/${classId}/assignments`, { data: { readingSlug: "abe-all-in-2016", dueAt: null } });
  expect(assigned.status()).toBe(200);
  const { assignmentId } = await assigned.json();
  const queue = await (await student.get("/api/study/queue?limit=1")).json();
  const cardId = queue.cards[0].cardId;
  const rated = await student.post(`/api/study/cards/${cardId}/rate`, { data: { rating: 3, expectedVersion: 0, idempotencyKey: `authz-setup-${Date.now()}`, durationMs: 1000 } });
  expect(rated.status()).toBe(200);
  return { assignmentId, cardId, reviewLogId: (await rated.json()).reviewLogId };
}

/** A quiz of classA with one finished attempt by the student (no quiz-authoring API on this branch: straight rows). */
async function setUpDashboard(classId: string, studentEmail: string): Promise<World["dashboard"]> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT id FROM "User" WHERE email = $1`, [studentEmail.toLowerCase()]);
    const quiz = await insertQuiz(db, { classId, questionIds: ["dip-001", "dip-004"] });
    await insertAttempt(db, { quiz, studentId: rows[0].id, startedAt: new Date(), items: [{ fraction: 1, response: "May 2016" }, { fraction: 0 }] });
    return { quizId: quiz.quizId };
  } finally {
    await db.end();
  }
}

function appRoutes(): string[] {
  const root = path.resolve("app");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^(page|route)\.tsx?$/.test(entry.name)) {
        const rel = path.relative(root, path.dirname(full)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("_"));
        found.push(`/${rel.join("/")}`);
      }
    }
  };
  walk(root);
  return found;
}

test("[AUTHZ] every page and endpoint has a row in the access table", () => {
  const covered = new Set(TABLE.map((r) => r.route));
  expect(appRoutes().filter((r) => !covered.has(r))).toEqual([]);
});

test("[AUTHZ] each persona is allowed or denied as the table says", async ({ baseURL }) => {
  test.setTimeout(120_000); // five sign-ups (argon2) and ~150 requests: more than the default 30 s on a busy machine
  const anon = await signedInContext(baseURL!);
  const instructor = await signUpApi(anon, newAccount("INSTRUCTOR"));
  const otherInstructor = await signUpApi(anon, newAccount("INSTRUCTOR"));
  const ctx: Partial<Record<Persona, APIRequestContext>> = { anonymous: anon };
  ctx.instructor = await signedInContext(baseURL!, instructor);
  ctx.otherInstructor = await signedInContext(baseURL!, otherInstructor);
  const classA = await createClassApi(ctx.instructor);
  const classB = await createClassApi(ctx.otherInstructor);
  const student = await signUpApi(anon, newAccount("STUDENT"), classA.joinCode);
  const otherStudent = await signUpApi(anon, newAccount("STUDENT"), classB.joinCode);
  const victim = await signUpApi(anon, newAccount("STUDENT"), classA.joinCode);
  ctx.student = await signedInContext(baseURL!, student);
  ctx.otherStudent = await signedInContext(baseURL!, otherStudent);
  const victimSession = await (await (await signedInContext(baseURL!, victim)).get("/api/auth/session")).json();
  ctx.admin = await signedInContext(baseURL!, adminAccount());
  const invited = await ctx.instructor.post("/api/invitations", { data: { email: `authz-invitee-${Date.now()}@example.com` } });
  expect(invited.status()).toBe(201);
  const invitationId: string = (await invited.json()).invitation.id;
  const copy = await ctx.instructor.post("/api/questions/dip-002/copy", { data: { expectedVersion: 1 } });
  expect(copy.status(), await copy.text()).toBe(201);
  const { id: shippedId, version, question } = await (await ctx.instructor.get("/api/questions/dip-003")).json();
  const shipped = { id: shippedId, version, question };
  const study = await setUpStudy(ctx.instructor, ctx.student, classA.id);
  const quizBuild = await setUpQuizBuild(ctx.instructor, ctx.student, classA.id);
  const quiz = await setUpQuiz(ctx.student, classA.id);
  const studentSession = await (await ctx.student.get("/api/auth/session")).json();
  const dashboard = await setUpDashboard(classA.id, student.email);
  const world: World = { classA, classB, victimId: victimSession.user.id, studentId: studentSession.user.id, invitationId, copyA: (await copy.json()).id, shipped, study, quiz, quizBuild, dashboard };

  const failures: string[] = [];
  for (const row of TABLE) {
    for (const persona of PERSONAS) {
      const want = row.expect[persona];
      if (want === undefined) continue;
      const res = await ctx[persona]!.fetch(row.path(world), { method: row.method, data: row.body?.(world), maxRedirects: 0 });
      const got: Expect = res.status() >= 300 && res.status() < 400 ? `redirect:${new URL(res.headers()["location"], baseURL).pathname}` : res.status();
      if (got !== want) failures.push(`${row.method} ${row.route} as ${persona}: expected ${want}, got ${got}`);
    }
  }
  expect(failures).toEqual([]);
});
