import "server-only";
// Submitting results and asking for checks: validation against the registry, cooking the
// description, reusing the stored check of an identical spec, and enqueueing a check in the
// same transaction as the rows it is about. Nothing is stored or enqueued for invalid input.
import { z } from "@/lib/zod";
import { db } from "@/lib/db/client.server";
import { authorize, type Actor } from "@/lib/policy";
import { conflict, notFound, unprocessable, type Result } from "@/lib/errors";
import { renderUserMarkdown } from "@/lib/markdown";
import { problemIdsOnDisk } from "@/lib/content/problem-ids.server";
import { experiments } from "@/lib/experiments/registry";
import { checkSpec, MAX_SEEDS, type NormalizedSpec } from "./spec";
import { MAX_TITLE_CHARS, type Submission } from "./submission-schema";
import { enqueueCheck, toJson } from "./checks.server";
import { wakeLocalCheckPollers } from "@/lib/jobs/boss.server";

export interface Submitted {
  id: string;
  url: string;
  /** The id of the earlier result with the identical spec whose check this one shows, if any. */
  reusedFrom: string | null;
  checkId: string | null;
}

/** Checks everything a submission refers to; the spec as it will be stored, or 422 per field. */
function validate(input: Submission): Result<{ checked: ReturnType<typeof checkSpec> & { ok: true }; problems: string[] }> {
  const checked = checkSpec(input.spec);
  const errors: Record<string, string[]> = checked.ok ? {} : Object.fromEntries(Object.entries(checked.fieldErrors).map(([k, v]) => [k === "form" ? "spec" : `spec.${k}`, v]));
  const known = problemIdsOnDisk();
  const problems = [...new Set(input.problems)];
  problems.forEach((id, i) => {
    if (!known.has(id)) errors[`problems.${i}`] = [`No open problem ${JSON.stringify(id)}.`];
  });
  if (!checked.ok || Object.keys(errors).length > 0) return unprocessable(errors);
  return { ok: true, checked, problems };
}

export async function submitResult(actor: Actor, input: Submission, reproductionOf: string | null = null): Promise<Result<{ value: Submitted }>> {
  const refused = authorize(actor, "result.submit");
  if (refused) return refused;
  const valid = validate(input);
  if (!valid.ok) return valid;
  const { spec, hash } = valid.checked.value;
  const cooked = await renderUserMarkdown(input.description);
  if (cooked.status === "too-large") return unprocessable({ description: ["The description is too large once rendered; shorten it."] });
  const value = await db().$transaction(async (tx) => {
    // The earliest result with this spec that ran its own check: its check is this one's too.
    const original = await tx.result.findFirst({ where: { specHash: hash, sameSpecAsId: null }, orderBy: { createdAt: "asc" }, select: { id: true } });
    const result = await tx.result.create({
      data: {
        title: input.title,
        descriptionSource: input.description,
        descriptionHtml: cooked.html,
        descriptionText: cooked.text,
        rendererVersion: cooked.version,
        renderStatus: cooked.status,
        experimentId: spec.experiment,
        spec: toJson(spec),
        specHash: hash,
        authorId: actor.id,
        problemIds: valid.problems,
        reproductionOfId: reproductionOf,
        sameSpecAsId: original?.id ?? null,
      },
      select: { id: true },
    });
    let checkId: string | null = null;
    if (!original) checkId = await createCheck(tx, result.id, spec, "FIRST", actor.id);
    return { id: result.id, url: `/results/${result.id}`, reusedFrom: original?.id ?? null, checkId };
  });
  if (value.checkId) await wakeLocalCheckPollers();
  return { ok: true, value };
}

type Tx = Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0];

async function createCheck(tx: Tx, resultId: string, spec: NormalizedSpec, kind: "FIRST" | "RERUN" | "CURRENT_VERSION", requestedById: string): Promise<string> {
  const check = await tx.check.create({ data: { resultId, kind, experimentId: spec.experiment, spec: toJson(spec), requestedById }, select: { id: true } });
  await enqueueCheck(tx, check.id, spec.seeds.length);
  return check.id;
}

/** "Reproduce with other seeds": a new result with the same claims and parameters, credited to the asker. */
export async function reproduceResult(actor: Actor, resultId: string, seeds: number[]): Promise<Result<{ value: Submitted }>> {
  const original = await db().result.findUnique({ where: { id: resultId }, select: { id: true, title: true, spec: true, problemIds: true } });
  if (!original) return notFound("No such result.");
  const spec = original.spec as unknown as NormalizedSpec;
  return submitResult(
    actor,
    { title: `Reproduction: ${original.title}`.slice(0, MAX_TITLE_CHARS), description: "", spec: { ...spec, seeds }, problems: original.problemIds },
    original.id,
  );
}

/** A moderator's forced re-run of a result's spec: a new check, the earlier ones kept as history. */
export async function rerunResult(actor: Actor, resultId: string): Promise<Result<{ value: { checkId: string } }>> {
  const refused = authorize(actor, "result.rerun");
  if (refused) return refused;
  return newCheck(actor, resultId, "RERUN");
}

/** The same claims on the experiment's current version, shown beside the pinned one. */
export async function recheckOnCurrentVersion(actor: Actor, resultId: string): Promise<Result<{ value: { checkId: string } }>> {
  const refused = authorize(actor, "result.submit");
  if (refused) return refused;
  return newCheck(actor, resultId, "CURRENT_VERSION");
}

async function newCheck(actor: Actor, resultId: string, kind: "RERUN" | "CURRENT_VERSION"): Promise<Result<{ value: { checkId: string } }>> {
  const result = await db().result.findUnique({ where: { id: resultId }, select: { id: true, spec: true, experimentId: true } });
  if (!result) return notFound("No such result.");
  let spec = result.spec as unknown as NormalizedSpec;
  if (kind === "CURRENT_VERSION") {
    const current = experiments.find((e) => e.slug === result.experimentId.split("@")[0]);
    if (!current) return unprocessable({ experiment: [`The server no longer runs ${result.experimentId}.`] });
    if (current.id === result.experimentId) return conflict({ experiment: [`${result.experimentId} is already the current version.`] });
    const rechecked = checkSpec({ ...spec, experiment: current.id });
    if (!rechecked.ok) return unprocessable(rechecked.fieldErrors);
    spec = rechecked.value.spec;
  }
  const checkId = await db().$transaction((tx) => createCheck(tx, result.id, spec, kind, actor.id));
  await wakeLocalCheckPollers();
  return { ok: true, value: { checkId } };
}

export const seedsSchema = z.array(z.int().min(0).max(0xffffffff)).min(1).max(MAX_SEEDS);
