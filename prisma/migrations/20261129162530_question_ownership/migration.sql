-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "forkOfId" TEXT,
ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "quizOnly" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Question_ownerId_idx" ON "Question"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "Question_forkOfId_ownerId_key" ON "Question"("forkOfId", "ownerId");

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_forkOfId_fkey" FOREIGN KEY ("forkOfId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

