// Word-level diff for reviewed text (accepted problem edits, forum post revisions, a stale edit
// against the stored one). Tokens are words and the whitespace between them, so joining a diff's
// parts restores either side exactly. Longest common subsequence after trimming the common prefix
// and suffix (edits are usually local); past a size limit the changed middle is shown as one
// removal and one addition instead of a slow diff.

// The forum's 409 body carries these parts, so the op names are part of its API.
export type DiffOp = "same" | "added" | "removed";
export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Cells of the LCS table above which the middle is not diffed word by word (memory and time). */
export const MAX_DIFF_CELLS = 4_000_000;

export function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/**
 * `phrases`: readers see changed phrases, not alternating words — whitespace kept between two
 * changes joins them, and each run of changes shows what was removed, then what was added.
 */
export function wordDiff(before: string, after: string, { phrases = false } = {}): DiffPart[] {
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
  push("same", a.slice(0, start).join(""));
  const middle = diffMiddle(a.slice(start, endA), b.slice(start, endB));
  for (const part of phrases ? groupPhrases(middle) : middle) push(part.op, part.text);
  push("same", a.slice(endA).join(""));
  return parts;
}

function groupPhrases(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) out.push({ op: "removed", text: removed });
    if (added) out.push({ op: "added", text: added });
    removed = added = "";
  };
  const blank = (p: DiffPart | undefined) => !!p && p.op === "same" && /^\s+$/.test(p.text);
  parts.forEach((part, i) => {
    let next = i + 1;
    while (blank(parts[next])) next++;
    const between = blank(part) && !!(removed || added) && parts[next]?.op !== "same";
    if (part.op === "same" && !between) {
      flush();
      out.push(part);
    } else {
      if (part.op !== "added") removed += part.text;
      if (part.op !== "removed") added += part.text;
    }
  });
  flush();
  return out;
}

function diffMiddle(a: string[], b: string[]): DiffPart[] {
  if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_DIFF_CELLS) {
    return [
      { op: "removed", text: a.join("") },
      { op: "added", text: b.join("") },
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
      out.push({ op: "same", text: a[i++]! });
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) out.push({ op: "removed", text: a[i++]! });
    else out.push({ op: "added", text: b[j++]! });
  }
  while (i < a.length) out.push({ op: "removed", text: a[i++]! });
  while (j < b.length) out.push({ op: "added", text: b[j++]! });
  return out;
}

/** The text on one side of a diff: "before" drops additions, "after" drops removals. */
export function sideOf(parts: DiffPart[], side: "before" | "after"): string {
  const skip: DiffOp = side === "before" ? "added" : "removed";
  return parts.filter((p) => p.op !== skip).map((p) => p.text).join("");
}
