// GFM task lists render a disabled checkbox per item. An input needs an accessible name (axe,
// Lighthouse), and the sanitizer admits none from the author, so the site names it itself.
import type { Root } from "hast";
import { visit } from "unist-util-visit";

/** After sanitizing: every task-list checkbox is named "Task" (its state is read out as checked or not). */
export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (node.tagName === "input" && node.properties.type === "checkbox") node.properties.ariaLabel = "Task";
    });
  };
}
