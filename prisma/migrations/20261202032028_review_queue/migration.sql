-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('FLAGGED_POST', 'HELD_POST', 'PROBLEM_PROPOSAL', 'PROBLEM_EDIT', 'PROBLEM_STATUS');

-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('OPEN', 'DECIDED');

-- CreateTable
CREATE TABLE "ReviewItem" (
    "id" TEXT NOT NULL,
    "kind" "ReviewKind" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "state" "ReviewState" NOT NULL DEFAULT 'OPEN',
    "openedBecause" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decidedByName" TEXT,
    "decision" TEXT,
    "decisionReason" TEXT,

    CONSTRAINT "ReviewItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewItem_state_kind_openedAt_idx" ON "ReviewItem"("state", "kind", "openedAt");

-- CreateIndex
CREATE INDEX "ReviewItem_kind_subjectId_idx" ON "ReviewItem"("kind", "subjectId");

-- At most one open item per subject and kind: a second flag joins the open item instead.
CREATE UNIQUE INDEX "ReviewItem_one_open_per_subject" ON "ReviewItem"("kind", "subjectId") WHERE "state" = 'OPEN';
