// <lmh-citation-cards>, once per article. Citation cards open on hover and on focus through CSS
// alone; this adds what CSS cannot do. Escape hides the open card until the pointer or focus leaves
// (WCAG 1.4.13 asks for a way to dismiss it without moving), and on touch screens, which have no
// hover, the first tap on a number shows its card while a second tap follows the link.
export class CitationCardsElement extends HTMLElement {
  readonly #touch = matchMedia("(hover: none)");
  #armed: Element | null = null;

  readonly #onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.(".cite-link");
    if (!link || !this.#touch.matches || link === this.#armed) return;
    event.preventDefault();
    (link as HTMLElement).focus();
    this.#armed = link;
  };

  readonly #onKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    document.querySelectorAll(".cite-item:hover, .cite-item:focus-within").forEach((item) => item.setAttribute("data-dismissed", ""));
  };

  readonly #onLeave = (event: Event) => {
    const item = (event.target as Element | null)?.closest?.(".cite-item");
    const next = (event as FocusEvent | MouseEvent).relatedTarget as Node | null;
    if (!item || (next && item.contains(next))) return;
    item.removeAttribute("data-dismissed");
    if (this.#armed && item.contains(this.#armed)) this.#armed = null;
  };

  connectedCallback() {
    document.addEventListener("click", this.#onClick);
    document.addEventListener("keydown", this.#onKey);
    document.addEventListener("focusout", this.#onLeave);
    document.addEventListener("mouseout", this.#onLeave);
  }

  disconnectedCallback() {
    document.removeEventListener("click", this.#onClick);
    document.removeEventListener("keydown", this.#onKey);
    document.removeEventListener("focusout", this.#onLeave);
    document.removeEventListener("mouseout", this.#onLeave);
  }
}
