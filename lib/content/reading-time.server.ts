import "server-only";

const wordsPerMinute = 230;
// An equation takes about as long to read as a sentence, however many symbols it has.
const wordsPerEquation = 15;

/** Minutes to read an MDX body: prose words, plus a fixed cost per display equation; JSX tags are not read. */
export function readingMinutes(body: string): number {
  const equations = body.match(/\$\$[\s\S]*?\$\$/g)?.length ?? 0;
  const prose = body
    .replace(/\$\$[\s\S]*?\$\$/g, " ")
    .replace(/\$[^$\n]+\$/g, " x ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\[@[^\]]+\]/g, " ");
  const words = prose.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return Math.max(1, Math.round((words + equations * wordsPerEquation) / wordsPerMinute));
}
