// The words of a post, for full-text search, snippets and plain-text e-mails. Math keeps its words
// (`\text{sharpness}` → "sharpness", `\lambda_{max}` → "lambda max") so math-heavy posts are found.
import type { Element, Root } from "hast";
import { toText } from "hast-util-to-text";
import { visit, SKIP } from "unist-util-visit";
import type { VFile } from "vfile";
import { mathCode, texOf } from "../content/math-nodes";

const greek = new Set(
  "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega".split(" "),
);

/**
 * TeX without its commands and syntax: commands vanish (they are layout, mostly), except Greek
 * letters, which people also write as words ("the eta of SGD"); `\varepsilon` counts as epsilon.
 */
export function texToWords(tex: string): string {
  return tex
    .replace(/\\([A-Za-z]+)/g, (_, name: string) => {
      const letter = name.toLowerCase().replace(/^var(?=[a-z])/, "");
      return greek.has(letter) ? ` ${letter} ` : " ";
    })
    .replace(/\\./g, " ")
    .replace(/[{}_^&~#%$\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Stores the text of the (sanitized, not yet typeset) tree in file.data.text. */
export function rehypePlainText() {
  return (tree: Root, file: VFile) => {
    const copy = structuredClone(tree);
    visit(copy, "element", (node: Element, index, parent) => {
      // A footnote's back link is an arrow, not a word.
      if (node.properties.dataFootnoteBackref !== undefined && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      const math = mathCode(node);
      if (math) math.code.children = [{ type: "text", value: ` ${texToWords(texOf(math.code))} ` }];
    });
    file.data.text = tidy(toText(copy));
  };
}

// One space between words, lines trimmed, at most one blank line between blocks.
function tidy(text: string): string {
  return text
    .replace(/[ \t]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
