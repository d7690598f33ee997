// <lmh-updated-since data-page="learn/slug" data-changelog='[{"date","note"}]'>: records this visit
// and, for a signed-in reader who has read the page before, shows the changelog entries newer than
// that visit. Pages are static for everyone, so this runs in the browser.
import { element } from "./dom";

export interface ChangeEntry {
  date: string; // YYYY-MM-DD
  note: string;
}

async function previousRead(page: string): Promise<string | null> {
  try {
    const response = await fetch("/api/reading", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ page }) });
    if (response.status !== 200) return null; // 204: not signed in
    return ((await response.json()) as { previousReadAt: string | null }).previousReadAt;
  } catch {
    return null;
  }
}

export class UpdatedSinceElement extends HTMLElement {
  connectedCallback() {
    const page = this.dataset.page;
    if (page) void this.#show(page);
  }

  async #show(page: string) {
    const at = await previousRead(page);
    if (at && this.isConnected) this.#notice(at);
    // Whatever the answer, the visit is recorded and any notice shown: tests wait for this mark.
    this.toggleAttribute("data-checked", true);
  }

  #notice(at: string) {
    const changelog = JSON.parse(this.dataset.changelog ?? "[]") as ChangeEntry[];
    const entries = changelog.filter((e) => new Date(`${e.date}T23:59:59Z`) > new Date(at));
    if (!entries.length) return;
    const items = entries.map((e) => element("li", {}, element("time", { dateTime: e.date }, e.date), `: ${e.note}`));
    const notice = element(
      "aside",
      { role: "status", className: "my-6 rounded-md border-l-4 border-accent bg-paper-2 px-4 py-3 font-sans text-sm", dataset: { testid: "updated-since" } },
      element("p", { className: "font-semibold text-ink" }, `Updated since you last read it on ${new Date(at).toLocaleDateString("en-GB", { dateStyle: "long" })}`),
      element("ul", { className: "mt-1 list-disc pl-5 text-ink-2" }, ...items),
    );
    this.replaceChildren(notice);
  }
}
