// Suspending and silencing members. A suspension ends the member's sessions at once (their rows
// are revoked and the token version moves on) and refuses sign-in until it lapses; silencing
// leaves them signed in but read-only. Both lapse on their own at `until`; reinstating ends them
// early. Each change is audited in its own transaction.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client.server";
import { type Result, notFound } from "@/lib/errors";
import { authorize } from "@/lib/policy";
import type { Viewer } from "@/lib/auth/session-user";
import { z } from "@/lib/zod";
import { queueEmail } from "@/lib/mail/outbox.server";
import { recordAudit } from "./audit.server";
import { restrictionMail } from "./restriction-mail";

export const MAX_RESTRICTION_DAYS = 3650;

export const restrictionSchema = z.object({
  kind: z.enum(["suspend", "silence"], { error: "Choose suspend or silence." }),
  days: z.coerce
    .number({ error: "Give the number of days." })
    .int({ error: "Give a whole number of days." })
    .min(1, { error: "At least 1 day." })
    .max(MAX_RESTRICTION_DAYS, { error: `At most ${MAX_RESTRICTION_DAYS} days.` }),
  reason: z.string({ error: "Say why: the member and the log see it." }).trim().min(3, { error: "Say why: the member and the log see it." }).max(500, { error: "At most 500 characters." }),
});
export type Restriction = z.output<typeof restrictionSchema>;

export const liftSchema = z.object({
  kind: z.enum(["suspend", "silence"], { error: "Choose suspend or silence." }),
  reason: z.string().trim().max(500, { error: "At most 500 characters." }).optional(),
});
export type Lift = z.output<typeof liftSchema>;

const NO_MEMBER = "No such member.";

/** The member a restriction is about (read inside the caller's transaction when it has one). */
export async function targetOf(userId: string, reader: Pick<Prisma.TransactionClient, "user"> = db()) {
  return reader.user.findUnique({ where: { id: userId }, select: { id: true, role: true, name: true, handle: true, email: true, emailVerifiedAt: true } });
}

export async function restrictMember(actor: Viewer, userId: string, restriction: Restriction, now = new Date()): Promise<Result<{ until: Date }>> {
  const target = await targetOf(userId);
  if (!target) return notFound(NO_MEMBER);
  const refused = authorize(actor, "member.restrict", target);
  if (refused) return refused;
  const until = await db().$transaction((tx) => applyRestriction(tx, actor, target, restriction, now));
  return { ok: true, until };
}

type Target = NonNullable<Awaited<ReturnType<typeof targetOf>>>;

/**
 * The restriction's writes, for a caller that has authorized it and holds a transaction (the
 * review queue suspends a post's author in the same transaction as its decision).
 */
export async function applyRestriction(tx: Prisma.TransactionClient, actor: Viewer, target: Target, restriction: Restriction, now: Date): Promise<Date> {
  const userId = target.id;
  const until = new Date(now.getTime() + restriction.days * 86_400_000);
  if (restriction.kind === "suspend") {
    await tx.user.update({ where: { id: userId }, data: { suspendedUntil: until, suspensionReason: restriction.reason, tokenVersion: { increment: 1 } } });
    await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  } else {
    await tx.user.update({ where: { id: userId }, data: { silencedUntil: until, silenceReason: restriction.reason } });
  }
  // The member hears it from the site, with the reason, rather than finding out at sign-in.
  if (target.email && target.emailVerifiedAt) await queueEmail({ to: target.email, ...restrictionMail(restriction, until) }, tx);
  await recordAudit(tx, {
    actor,
    action: restriction.kind === "suspend" ? "user.suspend" : "user.silence",
    target: { type: "user", id: userId, label: `${target.name} (@${target.handle})` },
    reason: restriction.reason,
    data: { days: restriction.days, until: until.toISOString() },
  });
  return until;
}

export async function liftRestriction(actor: Viewer, userId: string, lift: Lift): Promise<Result<object>> {
  const target = await targetOf(userId);
  if (!target) return notFound(NO_MEMBER);
  const refused = authorize(actor, "member.restrict", target);
  if (refused) return refused;
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: lift.kind === "suspend" ? { suspendedUntil: null, suspensionReason: null } : { silencedUntil: null, silenceReason: null },
    });
    await recordAudit(tx, {
      actor,
      action: lift.kind === "suspend" ? "user.unsuspend" : "user.unsilence",
      target: { type: "user", id: userId, label: `${target.name} (@${target.handle})` },
      reason: lift.reason || null,
    });
  });
  return { ok: true };
}

/** What staff see about a member's restrictions on the profile page. */
export async function restrictionsOf(userId: string, now = new Date()) {
  const user = await db().user.findUnique({ where: { id: userId }, select: { suspendedUntil: true, suspensionReason: true, silencedUntil: true, silenceReason: true } });
  if (!user) return null;
  return {
    suspended: user.suspendedUntil && user.suspendedUntil > now ? { until: user.suspendedUntil, reason: user.suspensionReason } : null,
    silenced: user.silencedUntil && user.silencedUntil > now ? { until: user.silencedUntil, reason: user.silenceReason } : null,
  };
}
