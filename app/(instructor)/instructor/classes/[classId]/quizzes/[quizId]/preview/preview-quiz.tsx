"use client";
import { useState } from "react";
import { AnswerInput, responseHint } from "@/components/question/answer-input";
import { emptyResponse, type StudentResponse } from "@/components/question/response";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { sendJson, type ApiError } from "@/lib/send-json";
import type { QuizPreview } from "@/lib/quiz/preview";

type Result = { questionId: string; fraction: number; points: number; earned: number; answer: string };
type Checked = { results: Result[]; score: number; maxScore: number };

/** The quiz as a student meets it; "Check answers" marks them on the server and records nothing. */
export function PreviewQuiz({ quizId, preview }: { quizId: string; preview: QuizPreview }) {
  const [responses, setResponses] = useState<Record<string, StudentResponse | null>>(() => Object.fromEntries(preview.items.map((i) => [i.questionId, emptyResponse(i.student)])));
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const result = (id: string) => checked?.results.find((r) => r.questionId === id);

  async function check(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    const outcome = await sendJson<Checked>("POST", `/api/quizzes/${quizId}/preview-check`, { answers: preview.items.map((i) => ({ questionId: i.questionId, response: responses[i.questionId] })) });
    setPending(false);
    setError(outcome.ok ? null : outcome.error);
    setChecked(outcome.ok ? outcome.data : null);
  }

  return (
    <form onSubmit={check} className="space-y-4">
      {preview.items.map((item) => {
        const r = result(item.questionId);
        return (
          <section key={item.questionId} aria-labelledby={`q-${item.position}`} className="space-y-2 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Question {item.position} · {item.points} point{item.points === 1 ? "" : "s"} · {item.readingTitles.map((t) => `“${t}”`).join(", ")}</p>
            <p id={`q-${item.position}`} className="font-medium">{item.student.prompt}</p>
            <p className="text-sm text-slate-700">{responseHint(item.student)}</p>
            <AnswerInput question={item.student} value={responses[item.questionId]} onChange={(v) => { setResponses({ ...responses, [item.questionId]: v }); setChecked(null); }} />
            {r && (
              <p className={r.fraction === 1 ? "font-semibold text-green-800" : "font-semibold text-red-800"}>
                {r.fraction === 1 ? "Correct" : r.fraction > 0 ? "Partly correct" : "Not correct"} — {Number(r.earned.toFixed(2))} of {r.points}. Answer: {r.answer}
              </p>
            )}
          </section>
        );
      })}
      <FormError message={error?.message} />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>Check answers</Button>
        <p role="status" className="font-semibold">{checked ? `Score: ${Number(checked.score.toFixed(2))} of ${checked.maxScore} (preview: nothing was recorded)` : ""}</p>
      </div>
    </form>
  );
}
