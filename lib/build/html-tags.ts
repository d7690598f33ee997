// The tags of a page as React renders it: enough structure to strip and to check its scripts
// without a full HTML parser. React escapes "<" and ">" in text and in attribute values, so a tag
// ends at its first ">"; only the raw-text elements (script, style) hold unescaped content, which
// is taken whole up to its closing tag (React escapes "</script" inside inline scripts).
export interface Tag {
  /** Lower-case element name. */
  name: string;
  /** Lower-case attribute names to their decoded values ("" when given without one); parsed on first use. */
  readonly attrs: Map<string, string>;
  /** The attributes as written: a cheap first test before parsing them. */
  readonly attrSource: string;
  /** The whole tag as written, with the content and closing tag of a script or style. */
  text: string;
  /** Where `text` starts in the page. */
  index: number;
  /** Content of a script or style element. */
  content?: string;
}

const token = /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][\w:-]*)\b([^>]*)>/gi;
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const entities: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'", "#39": "'", "#x27": "'" };

const decode = (value: string) => value.replace(/&(amp|quot|lt|gt|apos|#39|#x27);/g, (_, name: string) => entities[name]);

function attributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(attribute)) attrs.set(m[1].toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? ""));
  return attrs;
}

class ParsedTag implements Tag {
  private parsed: Map<string, string> | undefined;
  readonly name: string;
  constructor(
    name: string,
    readonly attrSource: string,
    readonly text: string,
    readonly index: number,
    readonly content?: string,
  ) {
    this.name = name.toLowerCase();
  }
  // A thread page has thousands of KaTeX spans whose attributes no caller reads.
  get attrs(): Map<string, string> {
    return (this.parsed ??= attributes(this.attrSource));
  }
}

/** Every element tag in document order (comments are skipped; closing tags are not reported). */
export function* tags(html: string): Generator<Tag> {
  for (const m of html.matchAll(token)) {
    if (m[1]) yield new ParsedTag(m[1], m[2], m[0], m.index, m[3]);
    else if (m[4]) yield new ParsedTag(m[4], m[5], m[0], m.index);
  }
}
