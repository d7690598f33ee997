-- CreateEnum
CREATE TYPE "FlagReason" AS ENUM ('OFF_TOPIC', 'INAPPROPRIATE', 'SPAM', 'OTHER');

-- AlterTable
ALTER TABLE "Thread" ADD COLUMN     "lockedAt" TIMESTAMP(3),
ADD COLUMN     "pinnedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "heldAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Flag" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" "FlagReason" NOT NULL,
    "note" TEXT,
    "counted" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "Flag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Flag_postId_resolvedAt_idx" ON "Flag"("postId", "resolvedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Flag_postId_reporterId_key" ON "Flag"("postId", "reporterId");

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
