// The open-problems tracker through its routes: status changes (every transition and permission),
// proposals (approve, merge with credit and redirect, reject), edits with revisions, watching,
// concurrent decisions, and bad input refused with nothing changed.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { POST as postStatus } from "@/app/api/problems/[id]/status-changes/route";
import { POST as postEdit } from "@/app/api/problems/[id]/edits/route";
import { PUT as putWatch } from "@/app/api/problems/[id]/watch/route";
import { POST as postProposal } from "@/app/api/problems/proposals/route";
import { POST as postDecision } from "@/app/api/problems/review/[itemId]/route";
import { seedProblemStates } from "@/lib/problems/seed-states.server";
import { problemStatuses, transitions, type ProblemStatus } from "@/lib/problems/status";
import { currentText, revisionHistory } from "@/lib/problems/edits.server";
import { mergedProposals, mergedTarget } from "@/lib/problems/proposals.server";
import { problemRows, recentChanges } from "@/lib/problems/read.server";
import { call, sessionCookie } from "../../support/http";
import { createMember } from "../../support/members";

const paper = { kind: "paper", url: "https://arxiv.org/abs/2604.21691" };
let n = 0;
const uniqueId = (tag: string) => `t-${tag}-${process.pid}-${Date.now().toString(36)}-${n++}`;

async function testProblem(status: ProblemStatus = "OPEN", kind: "question" | "direction" = "question") {
  const id = uniqueId(kind === "direction" ? "dir" : "q");
  await db().problemState.create({ data: { id, kind, directionId: kind === "question" ? "od-1" : null, origin: "MEMBER", title: `Test problem ${id}`, status } });
  return id;
}

type Member = Awaited<ReturnType<typeof createMember>> & { cookie: string };
async function member(tag: string, role: "MEMBER" | "MODERATOR" = "MEMBER"): Promise<Member> {
  const m = await createMember(tag, role);
  return { ...m, cookie: await sessionCookie(m.id) };
}

const propose = (who: Member, id: string, body: unknown) => call(postStatus, { cookie: who.cookie, params: { id }, body });
const decide = (who: Member, itemId: string, body: unknown) => call(postDecision, { cookie: who.cookie, params: { itemId }, body });
const itemFor = async (subjectId: string) => (await db().reviewItem.findFirstOrThrow({ where: { subjectId, state: "OPEN" } })).id;
const snapshot = async () => ({
  changes: await db().statusChange.count(),
  proposals: await db().problemProposal.count(),
  edits: await db().problemEdit.count(),
  items: await db().reviewItem.count(),
  states: await db().problemState.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
});

let alice: Member;
let mod: Member;
let mod2: Member;
beforeAll(() => seedProblemStates(db()));
// Fresh members for each test: proposals are rate-limited per member (lib/rate-limit/rules.ts).
beforeEach(async () => {
  alice = await member("prob-alice");
  mod = await member("prob-mod", "MODERATOR");
  mod2 = await member("prob-mod2", "MODERATOR");
});

describe("status changes", () => {
  it("the seed gives every content problem a state, once", async () => {
    expect(await seedProblemStates(db())).toBe(0);
    const rows = await problemRows();
    expect(rows.filter((r) => r.origin === "CONTENT").length).toBeGreaterThanOrEqual(46);
    expect(rows.find((r) => r.id === "od-1")).toMatchObject({ kind: "direction", directionId: null });
  });

  for (const from of problemStatuses) {
    it(`a moderator's direct change from ${from} goes exactly where the state machine allows (audited)`, async () => {
      for (const to of problemStatuses) {
        const id = await testProblem(from);
        const r = await propose(mod, id, { to, reason: "Direct change for the test.", evidence: [paper], direct: true });
        const state = await db().problemState.findUniqueOrThrow({ where: { id } });
        if (transitions[from].includes(to)) {
          expect(r.status, `${from} → ${to}`).toBe(201);
          expect(state.status).toBe(to);
          expect(await db().auditEntry.count({ where: { action: "problem.set-status", targetId: id } })).toBe(1);
          expect(await db().event.count({ where: { kind: "problem.status", subjectId: id } })).toBe(1);
        } else {
          expect(r.status, `${from} → ${to}`).toBe(400);
          expect(r.body.fieldErrors.to).toBeDefined();
          expect(state.status).toBe(from);
          expect(await db().statusChange.count({ where: { problemId: id } })).toBe(0);
        }
      }
    });
  }

  it("a member proposes with evidence, a moderator accepts from the queue: timeline, event, audit, recently changed", async () => {
    const id = await testProblem();
    const r = await propose(alice, id, { to: "PARTIAL_PROGRESS", reason: "A toy model shows the effect.", evidence: [{ kind: "post", url: "/forum/t/1/x#p2" }, paper] });
    expect(r.status).toBe(201);
    expect(r.body.change.state).toBe("PROPOSED");
    expect((await db().problemState.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");
    const itemId = await itemFor(r.body.change.id);
    const d = await decide(mod, itemId, { decision: "accept", reason: "Convincing." });
    expect(d.status).toBe(200);
    expect((await db().problemState.findUniqueOrThrow({ where: { id } })).status).toBe("PARTIAL_PROGRESS");
    const change = await db().statusChange.findUniqueOrThrow({ where: { id: r.body.change.id } });
    expect(change).toMatchObject({ state: "ACCEPTED", fromStatus: "OPEN", toStatus: "PARTIAL_PROGRESS", proposerName: alice.name, deciderName: mod.name, decisionReason: "Convincing." });
    const event = await db().event.findUniqueOrThrow({ where: { dedupeKey: `problem.status:${change.id}` } });
    expect(event).toMatchObject({ kind: "problem.status", subjectType: "problem", subjectId: id, parentType: "direction", parentId: "od-1", actorId: mod.id, recipientIds: [alice.id] });
    expect(await db().auditEntry.count({ where: { action: "problem.status-accept", targetId: id } })).toBe(1);
    expect((await recentChanges(50)).map((c) => c.id)).toContain(change.id);
  });

  it("a rejection needs a reason, keeps the status and records the reason", async () => {
    const id = await testProblem();
    const r = await propose(alice, id, { to: "RESOLVED", reason: "Solved in a preprint.", evidence: [paper] });
    const itemId = await itemFor(r.body.change.id);
    expect((await decide(mod, itemId, { decision: "reject" })).status).toBe(400);
    expect((await decide(mod, itemId, { decision: "reject", reason: "The preprint solves a special case." })).status).toBe(200);
    expect(await db().statusChange.findUniqueOrThrow({ where: { id: r.body.change.id } })).toMatchObject({ state: "REJECTED", decisionReason: "The preprint solves a special case." });
    expect((await db().problemState.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");
    expect(await db().event.count({ where: { subjectId: id } })).toBe(0);
  });

  it("accepting a proposal that no longer fits the current status is refused and leaves the item open", async () => {
    const id = await testProblem();
    const r = await propose(alice, id, { to: "PARTIAL_PROGRESS", reason: "Progress.", evidence: [paper] });
    await propose(mod, id, { to: "NEEDS_RESTATEMENT", reason: "Ill-posed.", evidence: [paper], direct: true });
    const itemId = await itemFor(r.body.change.id);
    const d = await decide(mod, itemId, { decision: "accept" });
    expect(d.status).toBe(400);
    expect((await db().reviewItem.findUniqueOrThrow({ where: { id: itemId } })).state).toBe("OPEN");
  });

  it("of two moderators deciding at once, exactly one wins and the other gets 409", async () => {
    for (let round = 0; round < 3; round++) {
      const id = await testProblem();
      const r = await propose(alice, id, { to: "PARTIAL_PROGRESS", reason: "Progress.", evidence: [paper] });
      const itemId = await itemFor(r.body.change.id);
      const answers = await Promise.all([decide(mod, itemId, { decision: "accept" }), decide(mod2, itemId, { decision: "reject", reason: "No." })]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const loser = answers.find((a) => a.status === 409)!;
      expect(loser.body.fieldErrors.form[0]).toMatch(/already decided/);
      const change = await db().statusChange.findUniqueOrThrow({ where: { id: r.body.change.id } });
      const winner = answers[0]!.status === 200 ? "accept" : "reject";
      expect(change.state).toBe(winner === "accept" ? "ACCEPTED" : "REJECTED");
      expect(await db().auditEntry.count({ where: { targetId: id, action: { startsWith: "problem.status-" } } })).toBe(1);
    }
  });

  it("refuses bad input with field errors and changes nothing", async () => {
    const id = await testProblem();
    const before = await snapshot();
    const bad: [Member, string, unknown, number, string][] = [
      [alice, id, { to: "PARTIAL_PROGRESS", reason: "No evidence.", evidence: [] }, 400, "evidence"],
      [alice, id, { to: "SOLVED", reason: "Unknown status.", evidence: [paper] }, 400, "to"],
      [alice, id, { to: "PARTIAL_PROGRESS", reason: "Direct by a member.", evidence: [paper], direct: true }, 403, ""],
      [alice, id, { to: "PARTIAL_PROGRESS", reason: "Bad URL.", evidence: [{ kind: "paper", url: "javascript:alert(1)" }] }, 400, "evidence.0.url"],
      [alice, id, { to: "PARTIAL_PROGRESS", reason: "Bad URL.", evidence: [{ kind: "paper", url: "ftp://example.org/p.pdf" }] }, 400, "evidence.0.url"],
      [alice, id, { to: "PARTIAL_PROGRESS", reason: "x".repeat(2001), evidence: [paper] }, 400, "reason"],
      [alice, id, { to: "PARTIAL_PROGRESS", reason: "", evidence: [paper] }, 400, "reason"],
      [alice, id, { to: "RESOLVED", reason: "Only a post.", evidence: [{ kind: "post", url: "/forum/t/1" }] }, 400, "evidence"],
      [alice, id, { to: "PARTIAL_PROGRESS", reason: "Too much.", evidence: Array.from({ length: 11 }, () => paper) }, 400, "evidence"],
      [alice, "no-such-problem", { to: "PARTIAL_PROGRESS", reason: "Missing.", evidence: [paper] }, 404, ""],
    ];
    for (const [who, pid, body, status, field] of bad) {
      const r = await propose(who, pid, body);
      expect(r.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      if (field) expect(Object.keys(r.body.fieldErrors)).toContain(field);
    }
    expect((await call(postStatus, { params: { id }, body: { to: "OPEN", reason: "x", evidence: [paper] } })).status).toBe(401);
    expect(await snapshot()).toEqual(before);
  });

  it("a silenced member cannot propose; a member cannot decide from the queue", async () => {
    const quiet = await member("prob-quiet");
    await db().user.update({ where: { id: quiet.id }, data: { silencedUntil: new Date(Date.now() + 86_400_000) } });
    const id = await testProblem();
    expect((await propose(quiet, id, { to: "PARTIAL_PROGRESS", reason: "x", evidence: [paper] })).status).toBe(403);
    const r = await propose(alice, id, { to: "PARTIAL_PROGRESS", reason: "x", evidence: [paper] });
    expect((await decide(alice, await itemFor(r.body.change.id), { decision: "accept" })).status).toBe(403);
  });
});

const proposal = (slug: string, extra: Record<string, unknown> = {}) => ({
  slug,
  title: "Does the loss plateau length scale with width?",
  direction: "od-1",
  statement: "Let $T(n)$ be the plateau length at width $n$. Is $T(n) = \\Theta(\\log n)$?",
  motivation: "Plateaus are seen in *every* small model.",
  criterion: "Measure $T(n)$ for five widths. Success is a fit within 10%.",
  references: ["https://arxiv.org/abs/2604.21691"],
  ...extra,
});

describe("question proposals", () => {
  it("approve: the question exists with its text as revision 1, under its direction, announced and watched by the proposer", async () => {
    const slug = uniqueId("new");
    const r = await call(postProposal, { cookie: alice.cookie, body: proposal(slug) });
    expect(r.status).toBe(201);
    const stored = await db().problemProposal.findUniqueOrThrow({ where: { slug } });
    expect(stored.statementHtml).toContain("katex");
    expect(stored.motivationHtml).toContain("<em>every</em>");
    const d = await decide(mod, await itemFor(stored.id), { decision: "accept" });
    expect(d.body).toEqual({ decision: "accept", problemId: slug });
    expect(await db().problemState.findUniqueOrThrow({ where: { id: slug } })).toMatchObject({ kind: "question", directionId: "od-1", origin: "MEMBER" });
    expect(await currentText(slug)).toMatchObject({ revision: 1, statement: proposal(slug).statement });
    expect(await db().event.count({ where: { kind: "problem.question", subjectId: slug, parentId: "od-1" } })).toBe(1);
    expect(await db().watch.count({ where: { userId: alice.id, subjectId: slug, level: "WATCHING" } })).toBe(1);
  });

  it("merge: the proposer keeps credit on the existing problem and the slug redirects there", async () => {
    const slug = uniqueId("dup");
    const r = await call(postProposal, { cookie: alice.cookie, body: proposal(slug) });
    const target = await testProblem();
    expect((await decide(mod, await itemFor(r.body.proposal.id), { decision: "merge", into: "no-such-problem" })).status).toBe(400);
    const d = await decide(mod, await itemFor(r.body.proposal.id), { decision: "merge", into: target, reason: "Same question." });
    expect(d.status).toBe(200);
    expect(await mergedTarget(slug)).toBe(target);
    expect(await mergedProposals(target)).toEqual([expect.objectContaining({ slug, proposerName: alice.name, proposerId: alice.id })]);
    expect(await db().problemState.findUnique({ where: { id: slug } })).toBeNull();
    // A merge applies only to proposals.
    const s = await propose(alice, target, { to: "PARTIAL_PROGRESS", reason: "x", evidence: [paper] });
    expect((await decide(mod, await itemFor(s.body.change.id), { decision: "merge", into: target })).status).toBe(400);
  });

  it("reject with a reason; the slug stays reserved", async () => {
    const slug = uniqueId("rej");
    const r = await call(postProposal, { cookie: alice.cookie, body: proposal(slug) });
    expect((await decide(mod, await itemFor(r.body.proposal.id), { decision: "reject", reason: "Out of scope." })).status).toBe(200);
    expect(await db().problemProposal.findUniqueOrThrow({ where: { slug } })).toMatchObject({ state: "REJECTED", decisionReason: "Out of scope." });
    expect((await call(postProposal, { cookie: alice.cookie, body: proposal(slug) })).status).toBe(409);
  });

  it("refuses bad proposals with field errors and stores nothing", async () => {
    const question = await testProblem();
    const before = await snapshot();
    const cases: [unknown, number, string][] = [
      [proposal(uniqueId("e"), { statement: "   " }), 400, "statement"],
      [proposal(uniqueId("e"), { direction: "od-nothing" }), 400, "direction"],
      [proposal(uniqueId("e"), { direction: question }), 400, "direction"],
      [proposal("od-2"), 409, "slug"],
      [proposal("adam-sgd-gap-central-flows"), 409, "slug"],
      [proposal("Bad Slug!"), 400, "slug"],
      [proposal(uniqueId("e"), { title: "t".repeat(201) }), 400, "title"],
      [proposal(uniqueId("e"), { motivation: "m".repeat(8001) }), 400, "motivation"],
      [proposal(uniqueId("e"), { references: ["javascript:alert(1)"] }), 400, "references.0"],
      [proposal(uniqueId("e"), { references: ["no-such-bibtex-key-2099"] }), 400, "references"],
    ];
    for (const [body, status, field] of cases) {
      const r = await call(postProposal, { cookie: alice.cookie, body });
      expect(r.status, field).toBe(status);
      expect(Object.keys(r.body.fieldErrors ?? {}), field).toContain(field);
    }
    const self = uniqueId("self");
    const cycle = await call(postProposal, { cookie: alice.cookie, body: proposal(self, { direction: self }) });
    expect(cycle.status).toBe(400);
    expect(cycle.body.fieldErrors.direction[0]).toMatch(/cycle/);
    expect(await snapshot()).toEqual(before);
  });
});

describe("edits", () => {
  it("an accepted edit becomes the next revision with a word diff; a stale edit is refused (409)", async () => {
    const base = (await currentText("adam-sgd-gap-central-flows"))!;
    expect(base.revision).toBe(0);
    const edit = { baseRevision: 0, title: base.title, statement: base.statement, background: base.background, criterion: `${base.criterion} Three seeds suffice.`, summary: "Seeds." };
    const r = await call(postEdit, { cookie: alice.cookie, params: { id: "adam-sgd-gap-central-flows" }, body: edit });
    expect(r.status).toBe(201);
    const other = await call(postEdit, { cookie: alice.cookie, params: { id: "adam-sgd-gap-central-flows" }, body: { ...edit, summary: "Same base." } });
    expect(other.status).toBe(201);
    expect((await decide(mod, await itemFor(r.body.edit.id), { decision: "accept" })).status).toBe(200);
    const [latest] = await revisionHistory("adam-sgd-gap-central-flows");
    expect(latest).toMatchObject({ number: 1, authorName: alice.name });
    expect(latest!.diffs).toEqual([{ field: "criterion", parts: [expect.objectContaining({ op: "same" }), { op: "added", text: " Three seeds suffice." }] }]);
    // The second edit was written against revision 0: accepting it now would overwrite revision 1.
    expect((await decide(mod, await itemFor(other.body.edit.id), { decision: "accept" })).status).toBe(409);
    expect((await call(postEdit, { cookie: alice.cookie, params: { id: "adam-sgd-gap-central-flows" }, body: edit })).status).toBe(409);
    expect((await call(postEdit, { cookie: alice.cookie, params: { id: "adam-sgd-gap-central-flows" }, body: { ...edit, baseRevision: 1, criterion: latest!.criterion } })).status).toBe(400);
  });
});

describe("watching", () => {
  it("watches and unwatches a problem and a direction; the count follows", async () => {
    const id = await testProblem();
    const w = await call(putWatch, { method: "PUT", cookie: alice.cookie, params: { id }, body: { watching: true } });
    expect(w.body).toEqual({ watching: true, watchers: 1 });
    expect((await call(putWatch, { method: "PUT", cookie: mod.cookie, params: { id }, body: { watching: true } })).body.watchers).toBe(2);
    expect((await call(putWatch, { method: "PUT", cookie: alice.cookie, params: { id }, body: { watching: false } })).body).toEqual({ watching: false, watchers: 1 });
    await call(putWatch, { method: "PUT", cookie: alice.cookie, params: { id: "od-2" }, body: { watching: true } });
    expect(await db().watch.count({ where: { userId: alice.id, subjectType: "direction", subjectId: "od-2" } })).toBe(1);
    expect((await call(putWatch, { method: "PUT", cookie: alice.cookie, params: { id: "nope-nope" }, body: { watching: true } })).status).toBe(404);
    expect((await call(putWatch, { method: "PUT", params: { id }, body: { watching: true } })).status).toBe(401);
  });
});
