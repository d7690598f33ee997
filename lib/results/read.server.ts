import "server-only";
// Reading results for pages, feeds and the API. A result shows its own checks, or, when it
// reused an identical spec's check, the original's (the page says so and links it).
import { db } from "@/lib/db/client.server";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Verdict } from "@/lib/experiments/verdict";
import type { NormalizedSpec } from "./spec";
import type { ClaimVerdict } from "./claims";
import type { Environment, ObservableSummary, PlotCurves } from "@/lib/checks/run-check.server";
import { queuePosition } from "./checks.server";

const checkSelect = {
  id: true,
  kind: true,
  experimentId: true,
  status: true,
  verdict: true,
  claims: true,
  observables: true,
  curves: true,
  failure: true,
  progress: true,
  runtimeMs: true,
  environment: true,
  attempts: true,
  queuedAt: true,
  startedAt: true,
  finishedAt: true,
  requestedBy: { select: { handle: true, name: true } },
} satisfies Prisma.CheckSelect;

type CheckRow = Prisma.CheckGetPayload<{ select: typeof checkSelect }>;

export interface CheckView extends Omit<CheckRow, "claims" | "observables" | "curves" | "environment" | "progress" | "verdict"> {
  verdict: Verdict | null;
  claims: ClaimVerdict[];
  observables: ObservableSummary[];
  curves: PlotCurves[];
  environment: Environment | null;
  progress: { seed: number; seedIndex: number; seedCount: number; step: number; totalSteps: number } | null;
}

/** Stored JSON back to numbers: null (what JSON made of NaN) becomes NaN again. */
function revive<T>(value: unknown): T {
  const walk = (v: unknown): unknown => (v === null ? NaN : Array.isArray(v) ? v.map(walk) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === "reason" || k === "failure" ? x : walk(x)])) : v);
  return walk(value) as T;
}

function toView(c: CheckRow): CheckView {
  return {
    ...c,
    verdict: c.verdict as Verdict | null,
    claims: c.claims ? revive<ClaimVerdict[]>(c.claims) : [],
    observables: c.observables ? revive<ObservableSummary[]>(c.observables) : [],
    curves: c.curves ? revive<PlotCurves[]>(c.curves) : [],
    environment: (c.environment as Environment | null) ?? null,
    progress: (c.progress as CheckView["progress"]) ?? null,
  };
}

const author = { select: { handle: true, name: true } } as const;
const pinned = { kind: { not: "CURRENT_VERSION" } } satisfies Prisma.CheckWhereInput;

export async function getResult(id: string) {
  const row = await db().result.findUnique({
    where: { id },
    include: {
      author,
      checks: { select: checkSelect, orderBy: { queuedAt: "asc" } },
      reproductionOf: { select: { id: true, title: true } },
      reproductions: { select: { id: true, title: true, createdAt: true, author, spec: true, checks: { select: { verdict: true, status: true }, orderBy: { queuedAt: "asc" }, take: 1 } }, orderBy: { createdAt: "asc" } },
      sameSpecAs: { select: { id: true, title: true, checks: { select: checkSelect, orderBy: { queuedAt: "asc" } } } },
    },
  });
  if (!row) return null;
  const checks = (row.sameSpecAs ? row.sameSpecAs.checks : row.checks).map(toView);
  // The headline is the latest check on the pinned version; re-checks on a newer version sit beside it.
  const latest = checks.filter((c) => c.kind !== "CURRENT_VERSION").at(-1) ?? null;
  const position = latest?.status === "QUEUED" ? await queuePosition(latest.id) : null;
  return { ...row, spec: row.spec as unknown as NormalizedSpec, checks, latest, position };
}
export type ResultPage = NonNullable<Awaited<ReturnType<typeof getResult>>>;

/** A result's verdict is its latest check's on the pinned version. */
export interface ResultListItem {
  id: string;
  title: string;
  experimentId: string;
  createdAt: Date;
  author: { handle: string; name: string } | null;
  problemIds: string[];
  reproductionOfId: string | null;
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED" | null;
  verdict: Verdict | null;
}

export interface ResultFilters {
  experiment?: string;
  verdict?: Verdict;
  problem?: string;
  author?: string;
  limit?: number;
  before?: Date;
}

export async function listResults(filters: ResultFilters = {}): Promise<ResultListItem[]> {
  // Candidates: a finished check on the pinned version with that verdict. A result is listed only
  // if it is its headline (latest pinned) verdict, tested below: a forced re-run may have changed it.
  const verdictWhere: Prisma.CheckWhereInput | undefined = filters.verdict ? { ...pinned, verdict: filters.verdict, status: "DONE" } : undefined;
  const rows = await db().result.findMany({
    where: {
      ...(filters.experiment && { experimentId: filters.experiment }),
      ...(filters.problem && { problemIds: { has: filters.problem } }),
      ...(filters.author && { author: { handle: filters.author } }),
      ...(filters.before && { createdAt: { lt: filters.before } }),
      ...(verdictWhere && { OR: [{ checks: { some: verdictWhere } }, { sameSpecAs: { checks: { some: verdictWhere } } }] }),
    },
    orderBy: { createdAt: "desc" },
    take: Math.min(filters.limit ?? 50, 200),
    select: {
      id: true,
      title: true,
      experimentId: true,
      createdAt: true,
      problemIds: true,
      reproductionOfId: true,
      author,
      checks: { where: pinned, select: { status: true, verdict: true }, orderBy: { queuedAt: "desc" }, take: 1 },
      sameSpecAs: { select: { checks: { where: pinned, select: { status: true, verdict: true }, orderBy: { queuedAt: "desc" }, take: 1 } } },
    },
  });
  return rows
    .map(({ checks, sameSpecAs, ...r }) => {
      const check = (sameSpecAs ? sameSpecAs.checks : checks)[0];
      return { ...r, status: check?.status ?? null, verdict: (check?.verdict as Verdict | null) ?? null };
    })
    .filter((r) => !filters.verdict || r.verdict === filters.verdict);
}

/** For the problems tracker: the results linked to a problem, newest first, with their verdicts. */
export function resultsForProblem(problemId: string, limit = 50): Promise<ResultListItem[]> {
  return listResults({ problem: problemId, limit });
}

/** For profiles: a member's results and reproductions. */
export function resultsOfMember(handle: string, limit = 50): Promise<ResultListItem[]> {
  return listResults({ author: handle, limit });
}

/** Dead checks, for moderators. */
export function deadChecks() {
  return db().check.findMany({
    where: { status: "FAILED" },
    orderBy: { finishedAt: "desc" },
    take: 100,
    select: { id: true, failure: true, attempts: true, finishedAt: true, result: { select: { id: true, title: true } } },
  });
}
