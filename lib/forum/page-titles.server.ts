import "server-only";
// What a page thread is about: every page that has a discussion — a perspective, a learn page, an
// open problem, a result — and its title, which the thread takes when the first comment opens it.
import { db } from "@/lib/db/client.server";
import { getPageMeta } from "@/lib/content/load.server";
import { currentText } from "@/lib/problems/edits.server";

/** The page's title, or null when no such page exists. `page` is a validated page key ("learn/<slug>", …). */
export async function pageTitle(page: string): Promise<string | null> {
  const [kind, id] = page.split("/") as [string, string];
  switch (kind) {
    case "perspectives":
    case "learn":
      return getPageMeta(kind, id)?.title ?? null;
    case "problems":
      return (await currentText(id))?.title ?? null;
    case "results":
      return (await db().result.findUnique({ where: { id }, select: { title: true } }))?.title ?? null;
    default:
      return null;
  }
}
