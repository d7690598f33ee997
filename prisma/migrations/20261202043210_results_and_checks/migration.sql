-- CreateEnum
CREATE TYPE "CheckStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "CheckKind" AS ENUM ('FIRST', 'RERUN', 'CURRENT_VERSION');

-- CreateTable
CREATE TABLE "Result" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "descriptionSource" TEXT NOT NULL,
    "descriptionHtml" TEXT NOT NULL,
    "descriptionText" TEXT NOT NULL,
    "rendererVersion" INTEGER NOT NULL,
    "renderStatus" TEXT NOT NULL,
    "experimentId" TEXT NOT NULL,
    "spec" JSONB NOT NULL,
    "specHash" TEXT NOT NULL,
    "authorId" TEXT,
    "problemIds" TEXT[],
    "reproductionOfId" TEXT,
    "sameSpecAsId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Check" (
    "id" TEXT NOT NULL,
    "resultId" TEXT NOT NULL,
    "kind" "CheckKind" NOT NULL DEFAULT 'FIRST',
    "experimentId" TEXT NOT NULL,
    "spec" JSONB NOT NULL,
    "status" "CheckStatus" NOT NULL DEFAULT 'QUEUED',
    "requestedById" TEXT,
    "verdict" TEXT,
    "claims" JSONB,
    "observables" JSONB,
    "curves" JSONB,
    "failure" TEXT,
    "progress" JSONB,
    "runtimeMs" INTEGER,
    "environment" JSONB,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "jobId" TEXT,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Check_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Result_specHash_idx" ON "Result"("specHash");

-- CreateIndex
CREATE INDEX "Result_createdAt_idx" ON "Result"("createdAt");

-- CreateIndex
CREATE INDEX "Result_experimentId_createdAt_idx" ON "Result"("experimentId", "createdAt");

-- CreateIndex
CREATE INDEX "Result_authorId_createdAt_idx" ON "Result"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "Check_resultId_queuedAt_idx" ON "Check"("resultId", "queuedAt");

-- CreateIndex
CREATE INDEX "Check_status_queuedAt_idx" ON "Check"("status", "queuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_createdAt_idx" ON "ApiToken"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_reproductionOfId_fkey" FOREIGN KEY ("reproductionOfId") REFERENCES "Result"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_sameSpecAsId_fkey" FOREIGN KEY ("sameSpecAsId") REFERENCES "Result"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Check" ADD CONSTRAINT "Check_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Check" ADD CONSTRAINT "Check_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
