// Word-level diff for reviewed text (accepted problem edits; the forum's revisions may share it).
// Tokens are words and the whitespace between them, so joining a diff's parts restores either side
// exactly. Longest common subsequence after trimming the common prefix and suffix; past a size
// limit the changed middle is shown as one deletion and one insertion instead of a slow diff.

export type DiffOp = "equal" | "insert" | "delete";
export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Cells of the LCS table above which the middle is not diffed word by word (memory and time). */
export const MAX_DIFF_CELLS = 4_000_000;

export function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffOp, text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  push("equal", a.slice(0, start).join(""));
  for (const part of diffMiddle(a.slice(start, endA), b.slice(start, endB))) push(part.op, part.text);
  push("equal", a.slice(endA).join(""));
  return parts;
}

function diffMiddle(a: string[], b: string[]): DiffPart[] {
  if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_DIFF_CELLS) {
    return [
      { op: "delete", text: a.join("") },
      { op: "insert", text: b.join("") },
    ];
  }
  // lcs[i][j]: length of the LCS of a[i..] and b[j..], one flat array.
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: "equal", text: a[i++]! });
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) out.push({ op: "delete", text: a[i++]! });
    else out.push({ op: "insert", text: b[j++]! });
  }
  while (i < a.length) out.push({ op: "delete", text: a[i++]! });
  while (j < b.length) out.push({ op: "insert", text: b[j++]! });
  return out;
}

/** The text on one side of a diff: "before" drops insertions, "after" drops deletions. */
export function sideOf(parts: DiffPart[], side: "before" | "after"): string {
  const skip: DiffOp = side === "before" ? "insert" : "delete";
  return parts.filter((p) => p.op !== skip).map((p) => p.text).join("");
}
