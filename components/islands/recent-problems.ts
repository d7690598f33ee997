// <lmh-recent-problems>: on the home page (a static document), lists the tracker's latest status
// changes and new questions, which live in the database, from GET /api/problems/recent.
import { element } from "./dom";

interface Entry {
  href: string;
  title: string;
  change: string;
  at: string;
}

export class RecentProblemsElement extends HTMLElement {
  connectedCallback() {
    void this.#load();
  }

  async #load() {
    try {
      const response = await fetch("/api/problems/recent");
      if (!response.ok) return;
      const { entries } = (await response.json()) as { entries: Entry[] };
      if (!entries.length || !this.isConnected) return;
      this.replaceChildren(
        element("h3", { className: "text-sm font-semibold text-ink-2" }, "Recently changed"),
        element(
          "ul",
          { className: "mt-2 flex flex-col gap-2 text-sm" },
          ...entries.map((e) => element("li", {}, element("a", { href: e.href }, e.title), element("span", { className: "text-ink-3" }, ` · ${e.change} · ${e.at.slice(0, 10)}`))),
        ),
      );
    } finally {
      this.toggleAttribute("data-loaded", true);
    }
  }
}
