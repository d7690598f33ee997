// <lmh-toc>: marks the contents link of the section being read with aria-current.
// A heading counts as "being read" once it has passed the top third of the viewport.
const readingLine = 0.33;

export class TocElement extends HTMLElement {
  #observer: IntersectionObserver | null = null;

  connectedCallback() {
    const links = Array.from(this.querySelectorAll<HTMLAnchorElement>("a[href^='#']"));
    const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
    const update = () => {
      let active = -1;
      targets.forEach((t, i) => {
        if (t && t.getBoundingClientRect().top < window.innerHeight * readingLine) active = i;
      });
      links.forEach((a, i) => (i === active ? a.setAttribute("aria-current", "location") : a.removeAttribute("aria-current")));
    };
    // The observer fires only when a heading crosses the reading line, so scrolling costs nothing in
    // between. It also fires once after the first layout, which sets the initial state; measuring here
    // instead would force a layout of the whole (math-heavy) page while it loads.
    this.#observer = new IntersectionObserver(update, { rootMargin: `0px 0px -${100 - readingLine * 100}% 0px` });
    targets.forEach((t) => t && this.#observer!.observe(t));
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
  }
}
