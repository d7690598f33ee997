// How often a member hears from the site by e-mail: never, soon after a reply or mention, or in
// a daily digest. Unverified addresses receive no notification e-mail whatever the setting.
import { db } from "@/lib/db/client.server";
import { type Result, notFound } from "@/lib/errors";
import { z } from "@/lib/zod";
import { memberOfUnsubscribeToken } from "./unsubscribe-token.server";

export const emailPreferenceSchema = z.object({
  emailNotifications: z.enum(["NEVER", "IMMEDIATE", "DAILY"], { error: "Choose never, immediately or a daily digest." }),
});
export type EmailPreference = z.output<typeof emailPreferenceSchema>;

export async function setEmailPreference(userId: string, { emailNotifications }: EmailPreference): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { emailNotifications } });
}

export const unsubscribeQuerySchema = z.object({ token: z.string({ error: "The link is incomplete." }).min(10).max(300) });

const BAD_LINK = "This unsubscribe link is not valid. Change your e-mail settings on your account page instead.";

/** Who an unsubscribe link is for (for the confirmation page), or null. */
export async function unsubscribeTarget(token: string): Promise<{ name: string; emailNotifications: string } | null> {
  const userId = memberOfUnsubscribeToken(token);
  return userId ? db().user.findUnique({ where: { id: userId }, select: { name: true, emailNotifications: true } }) : null;
}

export async function unsubscribe(token: string): Promise<Result<object>> {
  const userId = memberOfUnsubscribeToken(token);
  if (!userId) return notFound(BAD_LINK);
  const updated = await db().user.updateMany({ where: { id: userId }, data: { emailNotifications: "NEVER" } });
  return updated.count === 1 ? { ok: true } : notFound(BAD_LINK);
}
