/** A new element with properties and children: the islands' small stand-in for JSX. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { dataset?: Record<string, string>; role?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const { dataset, role, ...rest } = props;
  const node = Object.assign(document.createElement(tag), rest);
  if (dataset) Object.assign(node.dataset, dataset);
  if (role) node.setAttribute("role", role);
  node.append(...children);
  return node;
}
