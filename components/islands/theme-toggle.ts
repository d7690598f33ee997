// <lmh-theme-toggle>: the light/dark switch. The choice persists in localStorage; until one is made,
// the page follows the system setting, and keeps following it when it changes. The inline script in
// <head> applies the stored choice before first paint; CSS picks the icon and the label from data-theme.
const KEY = "lmh-theme";
type Theme = "light" | "dark";

const current = (): Theme => (document.documentElement.dataset.theme === "dark" ? "dark" : "light");

export class ThemeToggleElement extends HTMLElement {
  readonly #media = matchMedia("(prefers-color-scheme: dark)");

  readonly #follow = () => {
    if (!localStorage.getItem(KEY)) this.#apply(this.#media.matches ? "dark" : "light");
  };

  readonly #toggle = () => {
    const next: Theme = current() === "dark" ? "light" : "dark";
    localStorage.setItem(KEY, next);
    this.#apply(next);
  };

  connectedCallback() {
    this.querySelector("button")?.addEventListener("click", this.#toggle);
    this.#media.addEventListener("change", this.#follow);
  }

  disconnectedCallback() {
    this.querySelector("button")?.removeEventListener("click", this.#toggle);
    this.#media.removeEventListener("change", this.#follow);
  }

  #apply(theme: Theme) {
    document.documentElement.dataset.theme = theme;
  }
}
