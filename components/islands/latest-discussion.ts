// <lmh-latest-discussion>: the home page (a static document) lists the forum's latest threads,
// fetched when the page loads; the server-rendered link to the forum stays if that fails.
import { element } from "./dom";

interface Latest {
  threads: { href: string; title: string; category: string; replies: number; lastActivityAt: string }[];
}

export class LatestDiscussionElement extends HTMLElement {
  connectedCallback() {
    if (!this.hasAttribute("data-ready")) void this.#load();
  }

  async #load() {
    try {
      const response = await fetch("/api/forum/latest");
      if (!response.ok) return;
      const { threads } = (await response.json()) as Latest;
      if (!threads.length || !this.isConnected) return;
      const items = threads.map((t) =>
        element(
          "li",
          {},
          element("a", { href: t.href, className: "font-serif text-lg text-ink no-underline hover:text-accent" }, t.title),
          element("p", { className: "text-sm text-ink-3" }, `${t.category} · ${t.replies} ${t.replies === 1 ? "reply" : "replies"} · ${t.lastActivityAt.slice(0, 10)}`),
        ),
      );
      this.replaceChildren(element("ul", { className: "flex flex-col gap-3" }, ...items));
    } finally {
      this.toggleAttribute("data-ready", true);
    }
  }
}
