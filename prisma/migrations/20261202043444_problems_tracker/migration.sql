-- CreateEnum
CREATE TYPE "ProblemStatus" AS ENUM ('OPEN', 'PARTIAL_PROGRESS', 'PARTIALLY_RESOLVED', 'RESOLVED', 'NEEDS_RESTATEMENT');

-- CreateEnum
CREATE TYPE "ProblemOrigin" AS ENUM ('CONTENT', 'MEMBER');

-- CreateEnum
CREATE TYPE "ProposalState" AS ENUM ('PROPOSED', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ProblemProposalState" AS ENUM ('PROPOSED', 'APPROVED', 'MERGED', 'REJECTED');

-- CreateTable
CREATE TABLE "ProblemState" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "directionId" TEXT,
    "origin" "ProblemOrigin" NOT NULL,
    "title" TEXT NOT NULL,
    "status" "ProblemStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProblemState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusChange" (
    "id" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "fromStatus" "ProblemStatus" NOT NULL,
    "toStatus" "ProblemStatus" NOT NULL,
    "reason" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "direct" BOOLEAN NOT NULL DEFAULT false,
    "state" "ProposalState" NOT NULL DEFAULT 'PROPOSED',
    "proposerId" TEXT,
    "proposerName" TEXT NOT NULL,
    "deciderId" TEXT,
    "deciderName" TEXT,
    "decisionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "StatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProblemProposal" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "directionId" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "statementHtml" TEXT NOT NULL,
    "motivation" TEXT NOT NULL,
    "motivationHtml" TEXT NOT NULL,
    "criterion" TEXT NOT NULL,
    "criterionHtml" TEXT NOT NULL,
    "references" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "rendererVersion" INTEGER NOT NULL,
    "state" "ProblemProposalState" NOT NULL DEFAULT 'PROPOSED',
    "proposerId" TEXT,
    "proposerName" TEXT NOT NULL,
    "mergedIntoId" TEXT,
    "deciderName" TEXT,
    "decisionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ProblemProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProblemEdit" (
    "id" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "baseRevision" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "background" TEXT NOT NULL,
    "criterion" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "state" "ProposalState" NOT NULL DEFAULT 'PROPOSED',
    "proposerId" TEXT,
    "proposerName" TEXT NOT NULL,
    "deciderName" TEXT,
    "decisionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ProblemEdit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProblemRevision" (
    "id" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "statementHtml" TEXT NOT NULL,
    "background" TEXT NOT NULL,
    "backgroundHtml" TEXT NOT NULL,
    "criterion" TEXT NOT NULL,
    "criterionHtml" TEXT NOT NULL,
    "rendererVersion" INTEGER NOT NULL,
    "authorName" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProblemRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProblemState_activityAt_idx" ON "ProblemState"("activityAt");

-- CreateIndex
CREATE INDEX "ProblemState_directionId_idx" ON "ProblemState"("directionId");

-- CreateIndex
CREATE INDEX "StatusChange_problemId_state_decidedAt_idx" ON "StatusChange"("problemId", "state", "decidedAt");

-- CreateIndex
CREATE INDEX "StatusChange_state_decidedAt_idx" ON "StatusChange"("state", "decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProblemProposal_slug_key" ON "ProblemProposal"("slug");

-- CreateIndex
CREATE INDEX "ProblemProposal_state_createdAt_idx" ON "ProblemProposal"("state", "createdAt");

-- CreateIndex
CREATE INDEX "ProblemEdit_problemId_state_idx" ON "ProblemEdit"("problemId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "ProblemRevision_problemId_number_key" ON "ProblemRevision"("problemId", "number");

-- AddForeignKey
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "ProblemState"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_deciderId_fkey" FOREIGN KEY ("deciderId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemProposal" ADD CONSTRAINT "ProblemProposal_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemProposal" ADD CONSTRAINT "ProblemProposal_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "ProblemState"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemEdit" ADD CONSTRAINT "ProblemEdit_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "ProblemState"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemEdit" ADD CONSTRAINT "ProblemEdit_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemRevision" ADD CONSTRAINT "ProblemRevision_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "ProblemState"("id") ON DELETE CASCADE ON UPDATE CASCADE;
