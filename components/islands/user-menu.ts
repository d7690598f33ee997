// <lmh-user-menu>: the header's account corner. Pages are static for everyone, so the browser asks
// /api/auth/session who is signed in, then shows "Sign in" or the member's menu. The server renders
// an invisible "Sign in" link of the final size, so the header does not shift.
import type { SessionUser } from "@/lib/auth/session-user";
import { signOutAndGo } from "@/lib/auth/sign-out";
import { element } from "./dom";
import { SESSION_CHANGED } from "./session-events";
import { signInLinkClass } from "./sign-in-link";

const itemClass = "block rounded px-3 py-2 text-ink no-underline hover:bg-paper-2";

async function fetchUser(): Promise<SessionUser | null> {
  try {
    const session = (await (await fetch("/api/auth/session", { cache: "no-store" })).json()) as { user?: SessionUser | null };
    return session?.user ?? null;
  } catch {
    return null;
  }
}

function signInLink(): HTMLAnchorElement {
  return element("a", { href: "/signin", className: signInLinkClass }, "Sign in");
}

function menu(user: SessionUser): HTMLDetailsElement {
  const link = (href: string, text: string) => element("li", {}, element("a", { href, className: itemClass }, text));
  const signOut = element("button", { type: "button", className: "block w-full rounded px-3 py-2 text-left text-ink hover:bg-paper-2" }, "Sign out");
  signOut.addEventListener("click", () => void signOutAndGo("/"));
  const summary = element(
    "summary",
    { className: "max-w-40 cursor-pointer list-none truncate rounded-md px-3 py-1.5 text-sm text-ink ring-1 ring-rule hover:bg-paper-2", dataset: { testid: "user-menu" } },
    user.name,
  );
  const items = [link(`/users/${encodeURIComponent(user.handle)}`, "Your profile"), link("/account", "Account settings")];
  if (user.role === "MODERATOR" || user.role === "ADMIN") items.push(link("/moderation/log", "Moderation log"));
  if (user.role === "ADMIN") items.push(link("/admin", "Administration"), link("/admin/outbox", "Outgoing mail"));
  items.push(element("li", {}, signOut));
  return element("details", { className: "relative" }, summary, element("ul", { className: "absolute right-0 z-20 mt-2 w-48 rounded-md border border-rule bg-paper p-1 text-sm shadow-lg" }, ...items));
}

export class UserMenuElement extends HTMLElement {
  #request = 0;

  readonly #refresh = () => void this.#show();

  connectedCallback() {
    document.addEventListener(SESSION_CHANGED, this.#refresh);
    void this.#show();
  }

  disconnectedCallback() {
    document.removeEventListener(SESSION_CHANGED, this.#refresh);
  }

  async #show() {
    const request = ++this.#request;
    const user = await fetchUser();
    if (request !== this.#request || !this.isConnected) return; // a newer request superseded this one
    this.replaceChildren(user ? menu(user) : signInLink());
  }
}
