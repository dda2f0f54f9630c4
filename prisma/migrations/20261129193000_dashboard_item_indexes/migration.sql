-- Indexes for the dashboard's item analysis and question insights (docs/decisions/013-item-analysis.md). Written by hand:
-- Prisma's schema cannot express a partial index with INCLUDE columns, and `migrate diff` compares schemas, so it
-- neither writes nor drops it.

-- A class's flashcard lapse rate per question: the Review-state reviews of the class's students, counted per question
-- version. Partial (a third of the logs are learning steps) and covering (an index-only scan never reads the wide rows
-- with their JSON snapshots).
CREATE INDEX "ReviewLog_review_state_idx" ON "ReviewLog"("studentId") INCLUDE ("questionVersionId", rating) WHERE "stateBefore" = 2;
