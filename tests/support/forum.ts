// Forum fixtures for integration tests: the seeded categories, and members as route callers.
import { db } from "@/lib/db/client.server";
import { seed } from "@/lib/db/seed.server";
import { readEnv } from "@/lib/env.server";
import { POST as postThread } from "@/app/api/forum/threads/route";
import { call, sessionCookie } from "./http";
import { createMember } from "./members";

export async function seedForum() {
  await seed(db(), readEnv());
}

export type Member = Awaited<ReturnType<typeof createMember>> & { cookie: string };

const MONTH_MS = 30 * 86_400_000;

/**
 * A member as a route caller. Established (joined a month ago) unless `isNew`: new accounts are
 * under the new-account rules (lib/moderation/trust.ts), which their own tests exercise.
 */
export async function member(tag: string, role: "MEMBER" | "MODERATOR" | "ADMIN" = "MEMBER", { isNew = false } = {}): Promise<Member> {
  const m = await createMember(tag, role);
  if (!isNew) await db().user.update({ where: { id: m.id }, data: { createdAt: new Date(Date.now() - MONTH_MS) } });
  return { ...m, cookie: await sessionCookie(m.id) };
}

export async function startThread(author: Member, overrides: Record<string, unknown> = {}) {
  const answer = await call(postThread, { cookie: author.cookie, body: { title: "Why does the edge of stability appear?", category: "general", source: "The sharpness $\\lambda_{max}$ rises to $2/\\eta$.", ...overrides } });
  if (answer.status !== 201) throw new Error(`thread not created: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as { threadId: string; postId: string; number: number; url: string };
}
