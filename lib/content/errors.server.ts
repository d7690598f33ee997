import "server-only";

/**
 * A problem in a content file. The message always names the file, the field (or construct) and
 * the reason, because it is what a writer sees when the build fails.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}: ${field}: ${reason}`);
    this.name = "ContentError";
  }
}

/** Several problems in one file, reported together so a writer can fix them in one pass. */
export class ContentErrors extends Error {
  constructor(readonly problems: ContentError[]) {
    super(problems.map((p) => p.message).join("\n"));
    this.name = "ContentErrors";
  }
}

/** Collects problems while a file compiles, so plugins can keep going and report all of them at the end. */
export class ProblemLog {
  readonly problems: ContentError[] = [];
  constructor(readonly file: string) {}

  add(construct: string, reason: string, line?: number): void {
    this.problems.push(new ContentError(line ? `${this.file}:${line}` : this.file, construct, reason));
  }

  throwIfAny(): void {
    if (this.problems.length) throw new ContentErrors(this.problems);
  }
}
