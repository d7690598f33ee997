/** Registers a custom element once: the islands script may be evaluated again after a soft navigation. */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
