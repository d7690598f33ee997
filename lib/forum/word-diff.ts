// Word-level diff between two texts (post revisions, a stale edit against the stored one).
// Tokens are words and the whitespace between them, so joining a side's tokens gives its text
// back exactly. Longest common subsequence by dynamic programming after trimming the common head
// and tail (edits are usually local), bounded so a pathological pair degrades to "all changed".

export type DiffPart = { op: "same" | "added" | "removed"; text: string };

const MAX_CELLS = 4_000_000;

export function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const parts: DiffPart[] = [];
  push(parts, "same", a.slice(0, head));
  for (const part of readable(middle(midA, midB))) push(parts, part.op, [part.text]);
  push(parts, "same", a.slice(a.length - tail));
  return parts;
}

/**
 * Readers see changed phrases, not alternating words: whitespace kept between two changes joins
 * them, and each run of changes shows what was removed, then what was added.
 */
function readable(parts: DiffPart[]): DiffPart[] {
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

function middle(a: string[], b: string[]): DiffPart[] {
  if (a.length * b.length > MAX_CELLS) {
    return [...(a.length ? [{ op: "removed" as const, text: a.join("") }] : []), ...(b.length ? [{ op: "added" as const, text: b.join("") }] : [])];
  }
  // lcs[i][j]: length of the LCS of a[i..] and b[j..], in one flat array.
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
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ op: "same", text: a[i++]! });
      j++;
    } else if (j < b.length && (i === a.length || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) {
      out.push({ op: "added", text: b[j++]! });
    } else {
      out.push({ op: "removed", text: a[i++]! });
    }
  }
  return out;
}

/** Appends, merging with the previous part of the same kind. */
function push(parts: DiffPart[], op: DiffPart["op"], tokens: string[]) {
  if (tokens.length === 0) return;
  const text = tokens.join("");
  const last = parts.at(-1);
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}
