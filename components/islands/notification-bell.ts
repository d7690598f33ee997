// <lmh-notification-bell>: the header's bell. Pages are static for everyone, so the browser asks
// /api/notifications/unread-count (one indexed count) and shows the bell only to a signed-in
// member (a null count leaves it empty). The count is polled every POLL_MS while the tab is visible, and
// at once when the tab comes back or the session changes; the dropdown loads the latest on open.
import { element } from "./dom";
import { NOTIFICATIONS_CHANGED, SESSION_CHANGED } from "./session-events";

const POLL_MS = 20_000;
const LATEST = 8;
const SVG = "http://www.w3.org/2000/svg";

interface Item {
  id: string;
  url: string;
  text: string;
  excerpt: string | null;
  createdAt: string;
  read: boolean;
}

const post = (path: string, body: unknown) =>
  fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), keepalive: true, credentials: "same-origin" });

function bellIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  for (const [k, v] of Object.entries({ width: "18", height: "18", viewBox: "0 0 24 24", fill: "none", stroke: "currentColor", "stroke-width": "1.8", "aria-hidden": "true" })) svg.setAttribute(k, v);
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", "M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0");
  svg.append(path);
  return svg;
}

export class NotificationBellElement extends HTMLElement {
  #timer: ReturnType<typeof setInterval> | undefined;
  #button: HTMLButtonElement | null = null;
  #badge: HTMLSpanElement | null = null;
  #panel: HTMLDivElement | null = null;

  readonly #refresh = () => void this.#poll();
  readonly #onVisible = () => {
    if (document.visibilityState === "visible") void this.#poll();
  };
  readonly #onOutside = (event: Event) => {
    if (this.#panel && !this.contains(event.target as Node)) this.#close(false);
  };

  connectedCallback() {
    document.addEventListener(SESSION_CHANGED, this.#refresh);
    document.addEventListener(NOTIFICATIONS_CHANGED, this.#refresh);
    document.addEventListener("visibilitychange", this.#onVisible);
    document.addEventListener("click", this.#onOutside);
    this.#timer = setInterval(this.#onVisible, POLL_MS);
    void this.#poll();
  }

  disconnectedCallback() {
    document.removeEventListener(SESSION_CHANGED, this.#refresh);
    document.removeEventListener(NOTIFICATIONS_CHANGED, this.#refresh);
    document.removeEventListener("visibilitychange", this.#onVisible);
    document.removeEventListener("click", this.#onOutside);
    clearInterval(this.#timer);
  }

  async #poll() {
    let unread: number | null = null;
    try {
      const answer = await fetch("/api/notifications/unread-count", { cache: "no-store", credentials: "same-origin" });
      if (answer.ok) unread = ((await answer.json()) as { unread: number | null }).unread;
    } catch {
      return; // offline: keep what is shown
    }
    if (unread === null) {
      this.#button = this.#badge = this.#panel = null;
      this.replaceChildren();
      return;
    }
    if (!this.#button) this.#render();
    this.#show(unread);
  }

  #render() {
    this.#badge = element("span", { className: "absolute -right-1 -top-1 min-w-5 rounded-full bg-accent px-1 text-center text-xs font-semibold leading-5 text-paper", dataset: { testid: "notification-count" } });
    this.#badge.setAttribute("aria-hidden", "true");
    this.#button = element("button", { type: "button", className: "relative inline-flex h-9 w-9 items-center justify-center rounded-md text-ink-2 hover:bg-paper-2 hover:text-ink", dataset: { testid: "notification-bell" } }, bellIcon(), this.#badge);
    this.#button.setAttribute("aria-expanded", "false");
    this.#button.setAttribute("aria-controls", "notification-panel");
    this.#button.addEventListener("click", () => (this.#panel ? this.#close(false) : void this.#open()));
    this.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && this.#panel) {
        event.preventDefault();
        this.#close(true);
      }
    });
    this.replaceChildren(element("div", { className: "relative" }, this.#button));
  }

  #show(unread: number) {
    this.#badge!.textContent = unread > 99 ? "99+" : String(unread);
    this.#badge!.hidden = unread === 0;
    this.#button!.setAttribute("aria-label", unread === 0 ? "Notifications, none unread" : `Notifications, ${unread} unread`);
  }

  async #open() {
    const answer = await fetch(`/api/notifications?limit=${LATEST}`, { cache: "no-store", credentials: "same-origin" });
    if (!answer.ok || !this.#button) return;
    const { items } = (await answer.json()) as { items: Item[] };
    const list = element("ul", { className: "max-h-96 overflow-y-auto" });
    for (const item of items) {
      const link = element(
        "a",
        { href: item.url, className: `block rounded px-3 py-2 text-ink no-underline hover:bg-paper-2 ${item.read ? "" : "font-semibold"}` },
        item.read ? "" : element("span", { className: "sr-only" }, "Unread: "),
        item.text,
      );
      if (!item.read) link.addEventListener("click", () => void post("/api/notifications/read", { ids: [item.id] }));
      list.append(element("li", {}, link));
    }
    if (items.length === 0) list.append(element("li", { className: "px-3 py-2 text-ink-2" }, "Nothing yet."));
    const markAll = element("button", { type: "button", className: "rounded px-3 py-2 text-ink hover:bg-paper-2" }, "Mark all read");
    markAll.addEventListener("click", async () => {
      const done = await post("/api/notifications/read", { all: true });
      if (done.ok) this.#show(((await done.json()) as { unread: number }).unread);
      for (const a of list.querySelectorAll("a.font-semibold")) {
        a.classList.remove("font-semibold");
        a.querySelector(".sr-only")?.remove();
      }
    });
    const footer = element("div", { className: "flex justify-between border-t border-rule pt-1" }, markAll, element("a", { href: "/notifications", className: "rounded px-3 py-2 text-ink no-underline hover:bg-paper-2" }, "All notifications"));
    this.#panel = element("div", { id: "notification-panel", className: "absolute right-0 z-20 mt-2 w-80 rounded-md border border-rule bg-paper p-1 text-sm shadow-lg" }, element("h2", { className: "sr-only" }, "Latest notifications"), list, footer);
    this.#button.setAttribute("aria-expanded", "true");
    this.#button.after(this.#panel);
    (list.querySelector("a") ?? markAll).focus();
  }

  #close(returnFocus: boolean) {
    this.#panel?.remove();
    this.#panel = null;
    this.#button?.setAttribute("aria-expanded", "false");
    if (returnFocus) this.#button?.focus();
  }
}
