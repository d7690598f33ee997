"use client";
// What a reader can do to one post: quote a selected passage into the reply composer, react,
// and — as its author — edit or delete it; the asker (or a moderator) may accept it as the answer.
// Every change goes through the JSON routes, then the server-rendered page is refreshed.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { quoteMarkdown } from "@/lib/forum/quotes";
import { Composer, post } from "./composer";
import { WordDiffView } from "@/components/ui/word-diff-view";
import type { DiffPart } from "@/lib/text/word-diff";

export interface PostActionsProps {
  postId: string;
  threadId: string;
  slug: string;
  number: number;
  authorHandle: string | null;
  signedIn: boolean;
  reactions: { kind: "LIKE" | "INSIGHTFUL" | "DOUBT"; count: number; mine: boolean; who: string }[];
  mayReact: boolean;
  /** Present when the viewer may edit: the current source and revision. */
  edit?: { source: string; revision: number };
  mayDelete: boolean;
  accept?: { accepted: boolean };
}

const reactionLabel = { LIKE: "Like", INSIGHTFUL: "Insightful", DOUBT: "I have doubts" } as const;

export function PostActions(p: PostActionsProps) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [conflictInfo, setConflictInfo] = useState<{ current: { source: string; revision: number }; diff: DiffPart[] } | null>(null);
  const [message, setMessage] = useState("");

  async function act(url: string, method: string, body?: unknown) {
    const r = body === undefined ? await fetch(url, { method }) : await post(url, method, body);
    if (!r.ok) setMessage(((await r.json().catch(() => ({}))) as { error?: string }).error ?? `The server answered ${r.status}.`);
    else router.refresh();
  }

  function quote() {
    const article = document.getElementById(`p${p.number}`);
    const selection = window.getSelection();
    const inside = selection && !selection.isCollapsed && article?.contains(selection.anchorNode) && article.contains(selection.focusNode);
    const text = inside ? selection.toString() : (article?.querySelector(".forum-post")?.textContent ?? "").slice(0, 500);
    window.dispatchEvent(new CustomEvent("lmh:quote", { detail: quoteMarkdown(text, { handle: p.authorHandle, threadId: p.threadId, slug: p.slug, number: p.number }) }));
  }

  return (
    <div className="mt-2 flex flex-col gap-2 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        {p.reactions.map((r) => (
          <button
            key={r.kind}
            type="button"
            disabled={!p.mayReact}
            aria-pressed={r.mine}
            title={r.who || undefined}
            onClick={() => void act(`/api/forum/posts/${p.postId}/reactions`, r.mine ? "DELETE" : "PUT", { kind: r.kind })}
            className="rounded-full px-2 py-0.5 ring-1 ring-rule hover:bg-paper-2 aria-pressed:bg-paper-2 aria-pressed:font-semibold disabled:opacity-70"
          >
            {reactionLabel[r.kind]} {r.count}
          </button>
        ))}
        {p.signedIn && (
          <button type="button" onClick={quote} className="rounded px-2 py-0.5 ring-1 ring-rule hover:bg-paper-2">
            Quote
          </button>
        )}
        {p.edit && (
          <button type="button" onClick={() => setEditing((e) => !e)} aria-expanded={editing} className="rounded px-2 py-0.5 ring-1 ring-rule hover:bg-paper-2">
            Edit
          </button>
        )}
        {p.mayDelete && (
          <button type="button" onClick={() => confirm("Delete this post? It will show as deleted by its author.") && void act(`/api/forum/posts/${p.postId}`, "DELETE")} className="rounded px-2 py-0.5 ring-1 ring-rule hover:bg-paper-2">
            Delete
          </button>
        )}
        {p.accept && (
          <button type="button" onClick={() => void act(`/api/forum/threads/${p.threadId}/accepted`, "PUT", { postNumber: p.accept!.accepted ? null : p.number })} className="rounded px-2 py-0.5 ring-1 ring-rule hover:bg-paper-2">
            {p.accept.accepted ? "Unaccept answer" : "Accept as answer"}
          </button>
        )}
      </div>
      {message && (
        <p role="alert" className="text-danger">
          {message}
        </p>
      )}
      {editing && p.edit && (
        <div className="rounded-md border border-rule p-3">
          {conflictInfo && (
            <div className="mb-3">
              <p className="font-medium">Someone saved another version (revision {conflictInfo.current.revision}) meanwhile. What changed there:</p>
              <WordDiffView parts={conflictInfo.diff} />
            </div>
          )}
          <Composer
            draftKey={`edit:${p.postId}`}
            label={`Edit post ${p.number}`}
            submitLabel="Save edit"
            initial={p.edit.source}
            send={(source) => post(`/api/forum/posts/${p.postId}`, "PATCH", { source, baseRevision: conflictInfo?.current.revision ?? p.edit!.revision })}
            onConflict={(data) => setConflictInfo(data as unknown as typeof conflictInfo)}
            onSent={() => {
              setEditing(false);
              setConflictInfo(null);
              router.refresh();
            }}
          />
        </div>
      )}
    </div>
  );
}
