-- CreateTable
CREATE TABLE "PageRead" (
    "userId" TEXT NOT NULL,
    "page" TEXT NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PageRead_pkey" PRIMARY KEY ("userId","page")
);

-- AddForeignKey
ALTER TABLE "PageRead" ADD CONSTRAINT "PageRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
