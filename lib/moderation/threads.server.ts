import "server-only";
// Staff actions on threads: lock and unlock (members cannot reply to a locked thread), pin and
// unpin (pinned threads head the lists), move to another category, retitle. Each is audited with
// the thread's state before and after.
import { invalid, notFound, type Result } from "@/lib/errors";
import { authorize } from "@/lib/policy";
import type { Viewer } from "@/lib/auth/session-user";
import { writeTransaction } from "@/lib/forum/transaction.server";
import { threadSlug } from "@/lib/forum/quotes";
import { TITLE_MAX } from "@/lib/forum/limits";
import { z } from "@/lib/zod";
import { recordAudit } from "./audit.server";

const reason = z.string().trim().max(500, { error: "At most 500 characters." }).optional();

export const threadActionSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.enum(["lock", "unlock", "pin", "unpin"]), reason }),
    z.object({ action: z.literal("move"), category: z.string({ error: "Choose a category." }).trim().min(1, { error: "Choose a category." }).max(64), reason }),
    z.object({
      action: z.literal("retitle"),
      title: z.string({ error: "Give a title." }).trim().min(1, { error: "Give a title." }).max(TITLE_MAX, { error: `At most ${TITLE_MAX} characters.` }),
      reason,
    }),
  ],
  { error: "Choose lock, unlock, pin, unpin, move or retitle." },
);
export type ThreadAction = z.output<typeof threadActionSchema>;

export async function moderateThread(actor: Viewer, threadId: string, a: ThreadAction, now = new Date()): Promise<Result<{ slug: string }>> {
  const refused = authorize(actor, "thread.moderate");
  if (refused) return refused;
  return writeTransaction(async (tx) => {
    const thread = await tx.thread.findUnique({ where: { id: threadId }, select: { title: true, slug: true, lockedAt: true, pinnedAt: true, category: { select: { id: true, name: true } } } });
    if (!thread) return notFound("No such thread.");
    let data: Parameters<typeof tx.thread.update>[0]["data"];
    let detail: Record<string, string> = {};
    switch (a.action) {
      case "lock":
      case "unlock":
        if (!!thread.lockedAt === (a.action === "lock")) return invalid({ action: [`This thread is already ${a.action}ed.`] });
        data = { lockedAt: a.action === "lock" ? now : null };
        break;
      case "pin":
      case "unpin":
        if (!!thread.pinnedAt === (a.action === "pin")) return invalid({ action: [`This thread is already ${a.action}ned.`] });
        data = { pinnedAt: a.action === "pin" ? now : null };
        break;
      case "move": {
        const category = await tx.category.findFirst({ where: { OR: [{ slug: a.category }, { id: a.category }] }, select: { id: true, name: true } });
        if (!category) return invalid({ category: ["No such category."] });
        if (category.id === thread.category.id) return invalid({ category: ["The thread is already in this category."] });
        data = { categoryId: category.id };
        detail = { from: thread.category.name, to: category.name };
        break;
      }
      case "retitle":
        if (a.title === thread.title) return invalid({ title: ["That is already the title."] });
        data = { title: a.title, slug: threadSlug(a.title) };
        detail = { from: thread.title, to: a.title };
        break;
    }
    const updated = await tx.thread.update({ where: { id: threadId }, data, select: { slug: true } });
    await recordAudit(tx, { actor, action: `thread.${a.action}`, target: { type: "thread", id: threadId, label: thread.title }, reason: a.reason || null, data: detail });
    return { ok: true as const, slug: updated.slug };
  });
}

