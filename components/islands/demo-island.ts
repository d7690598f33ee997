// <lmh-demo data-props="{…}">: an embedded demo. It shows the server-rendered poster until the box
// nears the viewport, then loads React and the demo (a separate chunk, with uPlot; training runs in
// a worker) and swaps the live demo in, inside the same reserved box.
import type { DemoProps } from "@/components/demos/demo";
import { element } from "./dom";

export class DemoElement extends HTMLElement {
  #observer: IntersectionObserver | null = null;
  #unmount: (() => void) | null = null;

  connectedCallback() {
    if (this.#unmount) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.#observer?.disconnect();
        void this.#load();
      },
      { rootMargin: "200px 0px" },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#unmount?.();
    this.#unmount = null;
  }

  async #load() {
    try {
      const { mountDemo } = await import("./demo-app");
      if (!this.isConnected) return;
      const host = element("div", { className: "h-full" });
      this.replaceChildren(host);
      this.#unmount = mountDemo(host, JSON.parse(this.dataset.props ?? "") as DemoProps);
      this.dataset.demoLoaded = "true";
    } catch {
      this.append(element("p", { role: "alert", className: "px-4 text-sm text-danger" }, "The interactive demo failed to load. Reload the page to try again."));
    }
  }
}
