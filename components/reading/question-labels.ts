// How question metadata reads on screen; the values themselves are the ones in questions/README.md.
export const TYPE_LABELS: Record<string, string> = {
  mcq: "Multiple choice",
  true_false: "True / false",
  numeric: "Number",
  date: "Date",
  short: "Short answer",
  ordering: "Ordering",
  matching: "Matching",
};

export const KIND_LABELS: Record<string, string> = {
  date: "Date",
  number: "Number",
  person: "Person",
  position: "Position",
  policy: "Policy",
  cause: "Cause",
  event: "Event",
};

export const DIFFICULTY_LABELS: Record<number, string> = { 1: "Easy", 2: "Medium", 3: "Hard" };
