// One ProblemState row for every problem in content/problems/, created by the seed at every start
// (idempotent). It reads only the frontmatter fields the row needs, without the content loader,
// because the seed runs under tsx where the loader's `server-only` marker would throw; the content
// tests check these files fully.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface SeedProblem {
  id: string;
  kind: "direction" | "question";
  directionId: string | null;
  title: string;
  date: Date;
}

export function contentProblemsForSeed(dir = path.join(process.cwd(), "content", "problems")): SeedProblem[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f) => {
      const { data } = matter(readFileSync(path.join(dir, f), "utf8"));
      return {
        id: String(data.id),
        kind: data.kind === "direction" ? "direction" : "question",
        directionId: data.kind === "direction" ? null : String(data.direction),
        title: String(data.title),
        // gray-matter reads an unquoted YYYY-MM-DD as a Date at midnight UTC.
        date: data.date instanceof Date ? data.date : new Date(`${String(data.date)}T00:00:00Z`),
      };
    });
}

/** Creates missing rows and follows title or direction changes made in git; never touches status or history. */
export async function seedProblemStates(prisma: Pick<PrismaClient, "problemState">, problems = contentProblemsForSeed()): Promise<number> {
  const created = await prisma.problemState.createMany({
    data: problems.map((p) => ({ id: p.id, kind: p.kind, directionId: p.directionId, title: p.title, origin: "CONTENT" as const, createdAt: p.date, activityAt: p.date })),
    skipDuplicates: true,
  });
  const rows = await prisma.problemState.findMany({ where: { origin: "CONTENT" }, select: { id: true, title: true, directionId: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const p of problems) {
    const row = byId.get(p.id);
    if (row && (row.title !== p.title || row.directionId !== p.directionId)) {
      await prisma.problemState.update({ where: { id: p.id }, data: { title: p.title, directionId: p.directionId } });
    }
  }
  return created.count;
}
