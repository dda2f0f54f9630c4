-- CreateTable
CREATE TABLE "Reading" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleInferred" BOOLEAN NOT NULL,
    "author" TEXT,
    "authorInferred" BOOLEAN NOT NULL,
    "venue" TEXT,
    "venueInferred" BOOLEAN NOT NULL,
    "published" TEXT NOT NULL,
    "publishedInferred" BOOLEAN NOT NULL,
    "notes" TEXT,
    "body" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reading_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "readingId" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'file',
    "lastImportedHash" TEXT,
    "currentVersionId" TEXT,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionVersion" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "kind" TEXT NOT NULL,
    "difficulty" INTEGER NOT NULL,
    "tags" TEXT[],
    "prompt" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Reading_slug_key" ON "Reading"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Question_currentVersionId_key" ON "Question"("currentVersionId");

-- CreateIndex
CREATE INDEX "Question_readingId_idx" ON "Question"("readingId");

-- CreateIndex
CREATE INDEX "QuestionVersion_kind_idx" ON "QuestionVersion"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionVersion_questionId_number_key" ON "QuestionVersion"("questionId", "number");

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_readingId_fkey" FOREIGN KEY ("readingId") REFERENCES "Reading"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "QuestionVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionVersion" ADD CONSTRAINT "QuestionVersion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
