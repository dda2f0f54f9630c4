"use client";
// The answering widget for every question type, shared by the bank's preview, flashcards and quizzes. It takes the
// student's view of a question (lib/questions/student-view.ts: no answer in it) and reports a response in the shape lib/questions/response-schema.ts
// accepts, so whatever marks it — in the browser for a preview, on the server for a quiz — reads the same thing.
import type { StudentView } from "@/lib/questions/student-view";
import { ChoiceInput } from "./choice-input";
import { MatchingInput } from "./matching-input";
import { OrderingInput } from "./ordering-input";
import type { StudentResponse } from "./response";
import { TextAnswerInput } from "./text-answer-input";

type Props = {
  question: StudentView;
  value: StudentResponse | null;
  onChange: (response: StudentResponse) => void;
  disabled?: boolean;
};

const DATE_HINTS = { year: "Give the year.", month: "Give the month and year.", day: "Give the day, month and year." };

/** What the student is told about the expected answer: its form, never its content. */
export function responseHint(question: StudentView): string {
  switch (question.type) {
    case "mcq":
      return "Choose one answer.";
    case "true_false":
      return "True or false?";
    case "numeric":
      return `Answer with a number (${question.unit}).`;
    case "date":
      return DATE_HINTS[question.granularity];
    case "short":
      return "Answer in a few words.";
    case "ordering":
      return "Put these in time order, earliest first.";
    case "matching":
      return "Match each item on the left with one on the right.";
  }
}

export function AnswerInput({ question, value, onChange, disabled }: Props) {
  switch (question.type) {
    case "mcq":
      return (
        <ChoiceInput
          choices={question.options.map((option) => ({ value: option, label: option }))}
          value={typeof value === "string" ? value : null}
          onChange={onChange}
          disabled={disabled}
        />
      );
    case "true_false":
      return (
        <ChoiceInput
          choices={[{ value: true, label: "True" }, { value: false, label: "False" }]}
          value={typeof value === "boolean" ? value : null}
          onChange={onChange}
          disabled={disabled}
        />
      );
    case "numeric":
    case "date":
    case "short":
      return <TextAnswerInput question={question} value={typeof value === "string" ? value : ""} onChange={onChange} disabled={disabled} />;
    case "ordering":
      return <OrderingInput value={Array.isArray(value) ? value : question.items} onChange={onChange} disabled={disabled} />;
    case "matching":
      return (
        <MatchingInput
          lefts={question.left}
          rights={question.right}
          value={value && typeof value === "object" && !Array.isArray(value) ? value : {}}
          onChange={onChange}
          disabled={disabled}
        />
      );
  }
}
