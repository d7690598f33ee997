// <lmh-discussion data-page="learn/slug">: the discussion under a static content page. Loads the
// page thread's posts (cooked and sanitized by the server) and, for a signed-in member, a comment
// box; the first comment creates the thread. Without JavaScript the page keeps its link to the thread.
import { element } from "./dom";

interface Discussion {
  viewer: { handle: string; mayPost: boolean } | null;
  thread: { id: string; url: string; postCount: number } | null;
  posts: { number: number; html: string | null; createdAt: string; author: { handle: string; name: string } | null }[];
}

export class DiscussionElement extends HTMLElement {
  connectedCallback() {
    if (this.dataset.page && !this.hasAttribute("data-loading")) void this.#load();
  }

  async #load() {
    this.toggleAttribute("data-loading", true);
    try {
      const response = await fetch(`/api/forum/pages?page=${encodeURIComponent(this.dataset.page!)}`);
      if (response.ok) this.#render((await response.json()) as Discussion);
    } finally {
      this.removeAttribute("data-loading");
      this.toggleAttribute("data-ready", true);
    }
  }

  #render(d: Discussion) {
    const posts = d.posts.map((p) => {
      const body = element("div", { className: "forum-post" });
      // Sanitized HTML from the server's renderer (lib/markdown), as stored with the post.
      if (p.html !== null) body.innerHTML = p.html;
      else body.append(element("p", { className: "italic text-ink-3" }, "Deleted by its author."));
      const who = p.author ? element("a", { href: `/users/${p.author.handle}` }, p.author.name) : "Former member";
      const link = element("a", { href: `${d.thread!.url}#p${p.number}`, className: "text-ink-3" }, `#${p.number}`);
      return element("li", { className: "border-b border-rule py-3" }, element("p", { className: "mb-1 font-sans text-sm" }, who, " ", link), body);
    });
    const parts: Node[] = [];
    if (posts.length) parts.push(element("ol", { className: "mb-4", dataset: { testid: "discussion-posts" } }, ...posts));
    else parts.push(element("p", {}, "No comments yet."));
    if (d.thread && d.thread.postCount > d.posts.length) parts.push(element("p", {}, element("a", { href: d.thread.url }, `All ${d.thread.postCount} posts in the forum`)));
    if (!d.viewer) {
      const back = `${location.pathname}#discussion`;
      parts.push(element("p", { className: "font-sans text-sm" }, element("a", { href: `/signin?callbackUrl=${encodeURIComponent(back)}` }, "Sign in to comment")));
    } else if (d.viewer.mayPost) parts.push(this.#form());
    this.replaceChildren(...parts);
  }

  #form() {
    const id = `comment-${this.dataset.page!.replace(/\W/g, "-")}`;
    const area = element("textarea", { id, name: "source", rows: 5, maxLength: 65_536, className: "w-full rounded-md border border-rule bg-paper px-3 py-2 font-mono text-sm" });
    const error = element("p", { role: "alert", className: "text-sm text-danger" });
    const button = element("button", { type: "submit", className: "mt-2 rounded-md bg-accent px-4 py-2 font-sans text-sm font-medium text-accent-ink" }, "Post comment");
    const form = element(
      "form",
      { className: "font-sans" },
      element("label", { htmlFor: id, className: "mb-1 block text-sm font-medium" }, "Your comment (Markdown with $…$ math)"),
      area,
      error,
      button,
    );
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      button.disabled = true;
      error.textContent = "";
      try {
        const r = await fetch("/api/forum/pages", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ page: this.dataset.page, source: area.value }) });
        if (r.ok) return void (await this.#load());
        const data = (await r.json().catch(() => ({}))) as { error?: string; fieldErrors?: Record<string, string[]> };
        error.textContent = data.fieldErrors?.source?.join(" ") ?? data.error ?? `The server answered ${r.status}.`;
      } catch {
        error.textContent = "Could not reach the server; your text is kept.";
      } finally {
        button.disabled = false;
      }
    });
    return form;
  }
}
