import { describe, expect, it } from "vitest";
import { compileMdx } from "@/lib/content/compile.server";

describe("code blocks", () => {
  it("are highlighted at build time by language", async () => {
    const source = ["Some prose.", "", "```python", "def loss(w):", "    return 0.5 * (w - 1) ** 2  # quadratic", "```", ""].join("\n");
    const { code } = await compileMdx("fixture.mdx", source);
    expect(code).toContain("hljs-keyword");
    expect(code).toContain("hljs-comment");
    expect(code).toContain("language-python");
  });
});
