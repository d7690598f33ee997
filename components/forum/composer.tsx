"use client";
// The forum's composer: a textarea with a small toolbar, a live preview rendered by the server's
// own renderer (so it is exactly what will be stored), a server-side draft saved as one types and
// restored on any device, Ctrl/⌘+Enter to post, @mention completion, and quotes inserted from a
// post's "Quote" button (a `lmh:quote` event). What to send and where is the caller's.
import { useCallback, useEffect, useRef, useState } from "react";
import { BODY_MAX } from "@/lib/forum/limits";
import { wrapSelection, type Wrap } from "./composer-text";

export interface ComposerProps {
  /** Draft key: "new-thread", "thread:<id>", "page:<key>", "edit:<postId>". */
  draftKey: string;
  label: string;
  submitLabel: string;
  initial?: string;
  /** Extra fields sent with the body (title, category…), read when submitting. */
  extra?: () => Record<string, unknown>;
  /** Field errors for fields outside the composer. */
  onFieldErrors?: (errors: Record<string, string[]>) => void;
  /** Sends the post; returns the response. */
  send: (source: string, extra: Record<string, unknown>) => Promise<Response>;
  onSent: (data: { url?: string } & Record<string, unknown>) => void;
  /** A 409 answer (a stale edit): shown, with the text kept. */
  onConflict?: (data: Record<string, unknown>) => void;
}

const tools: { label: string; wrap: Wrap; key?: string }[] = [
  { label: "Bold", wrap: ["**", "**", "bold text"], key: "b" },
  { label: "Code", wrap: ["`", "`", "code"] },
  { label: "Link", wrap: ["[", "](https://)", "link text"], key: "k" },
  { label: "Inline math", wrap: ["$", "$", "x^2"] },
  { label: "Display math", wrap: ["\n$$\n", "\n$$\n", "\\sum_{i=1}^n x_i"] },
];

export function Composer(props: ComposerProps) {
  const { draftKey } = props;
  const area = useRef<HTMLTextAreaElement>(null);
  const [source, setSource] = useState(props.initial ?? "");
  const [preview, setPreview] = useState("");
  const [status, setStatus] = useState("");
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [suggestions, setSuggestions] = useState<{ handle: string; name: string }[]>([]);
  const loaded = useRef(false);

  // Restore a saved draft once (unless editing an existing text).
  useEffect(() => {
    if (props.initial !== undefined) {
      loaded.current = true;
      return;
    }
    fetch(`/api/forum/drafts?key=${encodeURIComponent(draftKey)}`)
      .then((r) => (r.ok ? r.json() : null))
      .then((data: { draft?: { body: string } } | null) => {
        if (data?.draft?.body) {
          setSource((current) => current || data.draft!.body);
          setStatus("Draft restored.");
        }
      })
      .finally(() => (loaded.current = true));
  }, [draftKey, props.initial]);

  // Preview and draft, debounced.
  useEffect(() => {
    if (!loaded.current) return;
    const timer = setTimeout(async () => {
      const [previewed] = await Promise.all([
        source.trim() ? post("/api/forum/preview", "POST", { source }) : null,
        source.trim() ? post("/api/forum/drafts", "PUT", { key: draftKey, body: source }) : fetch(`/api/forum/drafts?key=${encodeURIComponent(draftKey)}`, { method: "DELETE" }),
      ]);
      if (previewed?.ok) setPreview(((await previewed.json()) as { html: string }).html);
      else if (!source.trim()) setPreview("");
      setStatus(source.trim() ? "Draft saved." : "");
    }, 400);
    return () => clearTimeout(timer);
  }, [source, draftKey]);

  // Quotes from posts on the page.
  useEffect(() => {
    const onQuote = (event: Event) => {
      const text = (event as CustomEvent<string>).detail;
      setSource((current) => (current && !current.endsWith("\n\n") ? `${current.trimEnd()}\n\n${text}` : current + text));
      area.current?.focus();
    };
    window.addEventListener("lmh:quote", onQuote);
    return () => window.removeEventListener("lmh:quote", onQuote);
  }, []);

  const apply = useCallback((wrap: Wrap) => {
    const el = area.current;
    if (!el) return;
    const next = wrapSelection(el.value, el.selectionStart, el.selectionEnd, wrap);
    setSource(next.text);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(next.start, next.end);
    });
  }, []);

  async function submit() {
    if (pending) return;
    setPending(true);
    setErrors([]);
    try {
      const extra = props.extra?.() ?? {};
      const response = await props.send(source, extra);
      const data = (await response.json().catch(() => ({}))) as Record<string, unknown> & { fieldErrors?: Record<string, string[]>; error?: string };
      if (response.ok) {
        setSource("");
        props.onSent(data);
      } else if (response.status === 409 && props.onConflict) {
        props.onConflict(data);
        setErrors(data.fieldErrors?.source ?? []);
      } else {
        const { source: own, ...others } = data.fieldErrors ?? {};
        props.onFieldErrors?.(others);
        setErrors(own ?? (Object.keys(others).length ? [] : [data.error ?? `The server answered ${response.status}.`]));
      }
    } catch {
      setErrors(["Could not reach the server. Your text is kept; try again."]);
    } finally {
      setPending(false);
    }
  }

  async function onInput(value: string, caret: number) {
    setSource(value);
    const typed = /(?:^|[^\w@])@([a-z0-9-]{1,40})$/.exec(value.slice(0, caret));
    if (!typed) return setSuggestions([]);
    const r = await fetch(`/api/forum/mentions?q=${encodeURIComponent(typed[1]!)}`);
    setSuggestions(r.ok ? ((await r.json()) as { members: { handle: string; name: string }[] }).members : []);
  }

  function complete(handle: string) {
    const el = area.current;
    if (!el) return;
    const caret = el.selectionStart;
    const before = el.value.slice(0, caret).replace(/@([a-z0-9-]{0,40})$/, `@${handle} `);
    setSource(before + el.value.slice(caret));
    setSuggestions([]);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(before.length, before.length);
    });
  }

  const id = `composer-${draftKey.replace(/[^a-z0-9]/gi, "-")}`;
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        {props.label}
      </label>
      <div role="toolbar" aria-label="Formatting" aria-controls={id} className="flex flex-wrap gap-1">
        {tools.map((t) => (
          <button key={t.label} type="button" onClick={() => apply(t.wrap)} className="rounded px-2 py-1 text-xs ring-1 ring-rule hover:bg-paper-2">
            {t.label}
          </button>
        ))}
      </div>
      <textarea
        ref={area}
        id={id}
        rows={8}
        maxLength={BODY_MAX}
        value={source}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={`${id}-help${errors.length ? ` ${id}-error` : ""}`}
        onChange={(e) => void onInput(e.target.value, e.target.selectionStart)}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
            e.preventDefault();
            void submit();
          } else if ((e.ctrlKey || e.metaKey) && tools.some((t) => t.key === e.key)) {
            e.preventDefault();
            apply(tools.find((t) => t.key === e.key)!.wrap);
          } else if (e.key === "Escape") setSuggestions([]);
        }}
        className="rounded-md border border-rule bg-paper px-3 py-2 font-mono text-sm text-ink aria-invalid:border-danger"
      />
      {suggestions.length > 0 && (
        <ul aria-label="Members to mention" className="flex flex-wrap gap-1 text-sm">
          {suggestions.map((s) => (
            <li key={s.handle}>
              <button type="button" onClick={() => complete(s.handle)} className="rounded px-2 py-0.5 ring-1 ring-rule hover:bg-paper-2">
                @{s.handle} <span className="text-ink-3">{s.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p id={`${id}-help`} className="text-xs text-ink-3">
        Markdown with $…$ and $$…$$ math. Ctrl/⌘+Enter posts. <span aria-live="polite">{status}</span>
      </p>
      {errors.length > 0 && (
        <p id={`${id}-error`} role="alert" className="text-sm text-danger">
          {errors.join(" ")}
        </p>
      )}
      <div>
        <button type="button" onClick={() => void submit()} disabled={pending} className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink hover:opacity-90 disabled:opacity-60">
          {pending ? "Posting…" : props.submitLabel}
        </button>
      </div>
      <section aria-label="Preview" className="rounded-md border border-dashed border-rule p-3">
        <h3 className="eyebrow mb-2">Preview</h3>
        {/* Sanitized HTML from the server's renderer (lib/markdown), the same bytes a post stores. */}
        <div className="forum-post" data-testid="composer-preview" dangerouslySetInnerHTML={{ __html: preview }} />
      </section>
    </div>
  );
}

export function post(url: string, method: string, body: unknown) {
  return fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}
