// Toolbar edits on a textarea's text: wrap the selection (or a placeholder) in markers, and
// report the new selection so the wrapped words stay selected.

/** [before, after, placeholder when nothing is selected] */
export type Wrap = [string, string, string];

export function wrapSelection(text: string, start: number, end: number, [before, after, placeholder]: Wrap) {
  const inner = text.slice(start, end) || placeholder;
  const next = text.slice(0, start) + before + inner + after + text.slice(end);
  return { text: next, start: start + before.length, end: start + before.length + inner.length };
}
