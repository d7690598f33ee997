-- CreateEnum
CREATE TYPE "EmailFrequency" AS ENUM ('NEVER', 'IMMEDIATE', 'DAILY');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailNotifications" "EmailFrequency" NOT NULL DEFAULT 'IMMEDIATE',
ADD COLUMN     "silenceReason" TEXT,
ADD COLUMN     "silencedUntil" TIMESTAMP(3),
ADD COLUMN     "suspendedUntil" TIMESTAMP(3),
ADD COLUMN     "suspensionReason" TEXT;

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "targetLabel" TEXT NOT NULL,
    "reason" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEntry_createdAt_idx" ON "AuditEntry"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_createdAt_idx" ON "AuditEntry"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_action_createdAt_idx" ON "AuditEntry"("action", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_targetType_targetId_createdAt_idx" ON "AuditEntry"("targetType", "targetId", "createdAt");

-- The audit log is append-only: no row is ever changed or removed, by the application or by
-- anyone with its database credentials short of dropping this trigger (itself visible in a dump).
CREATE FUNCTION "audit_entry_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % is not allowed', TG_OP;
END
$$;
CREATE TRIGGER "AuditEntry_no_update_or_delete" BEFORE UPDATE OR DELETE ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION "audit_entry_is_append_only"();
CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry" FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_is_append_only"();
