// The user-text renderer's output for what users write: GFM, math, code, links, images, mentions,
// raw HTML, footnotes and the plain text. Every call goes through the worker, as in the site.
import { afterAll, describe, expect, it } from "vitest";
import { MarkdownRenderer, RENDERER_VERSION } from "@/lib/markdown";
import { userHtmlViolations } from "@/tests/support/user-html-invariants";

const renderer = new MarkdownRenderer();
afterAll(() => renderer.close());

async function html(source: string, knownHandles: string[] = []) {
  const result = await renderer.render(source, { knownHandles });
  expect(result.status).toBe("ok");
  expect(userHtmlViolations(result.html)).toEqual([]);
  return result.html;
}

describe("GFM", () => {
  it("renders tables with alignment, task lists and strikethrough", async () => {
    const out = await html("| a | b |\n|:-:|--:|\n| 1 | 2 |\n\n- [ ] open\n- [x] done\n\n~~old~~ new");
    expect(out).toContain('<th align="center">a</th>');
    expect(out).toContain('<td align="right">2</td>');
    expect(out).toContain('<li class="task-list-item"><input type="checkbox" disabled aria-label="Task"> open</li>');
    expect(out).toContain('<input type="checkbox" checked disabled aria-label="Task"> done');
    expect(out).toContain("<del>old</del>");
  });

  it("links bare URLs, www. addresses and e-mail addresses", async () => {
    const out = await html("see https://arxiv.org/abs/2103.00065 and www.example.org or write to a@b.org");
    expect(out).toContain('<a href="https://arxiv.org/abs/2103.00065" rel="nofollow ugc noopener">');
    expect(out).toContain('<a href="http://www.example.org" rel="nofollow ugc noopener">');
    expect(out).toContain('<a href="mailto:a@b.org" rel="nofollow ugc noopener">a@b.org</a>');
  });

  it("keeps footnotes working with ids unique to the post", async () => {
    const a = await html("Claim.[^1]\n\n[^1]: Proof.");
    const b = await html("Other claim.[^1]\n\n[^1]: Other proof.");
    const prefixA = /id="(p[0-9a-f]{8}-)fn-1"/.exec(a)?.[1];
    const prefixB = /id="(p[0-9a-f]{8}-)fn-1"/.exec(b)?.[1];
    expect(prefixA).toBeDefined();
    expect(prefixA).not.toBe(prefixB);
    expect(a).toContain(`href="#${prefixA}fn-1"`);
    expect(a).toContain(`href="#${prefixA}fnref-1"`);
    expect(a).toContain(`aria-describedby="${prefixA}footnote-label"`);
    // The same source always gets the same ids, so the preview equals what is stored.
    expect(await html("Claim.[^1]\n\n[^1]: Proof.")).toBe(a);
  });
});

describe("math", () => {
  it("typesets inline and display math with the site's macros", async () => {
    const out = await html("Let $x \\in \\R^n$.\n\n$$\\norm{w}^2 = \\tr(W^\\top W)$$");
    expect(out).toContain('<span class="math-inline"><span class="katex">');
    expect(out).toContain('<div class="math-display" tabindex="0" role="group" aria-label="Equation"><span class="katex-display">');
    expect(out).toContain("mathbb"); // \R
    expect(out).toContain("∥"); // \norm
    expect(out).toContain('<span class="mop"><span class="mord mathrm">tr</span>'); // \tr
    expect(out).toContain('<annotation encoding="application/x-tex">x \\in \\R^n</annotation>');
  });

  it("shows bad TeX as an error span, and the post still renders", async () => {
    const out = await html("before $\\frac{1}{$ after");
    expect(out).toMatch(/<span class="katex-error" title="ParseError[^"]*" style="color:#cc0000">\\frac\{1\}\{<\/span>/);
    expect(out).toContain("after");
  });

  it("lets \\gdef serve later formulas of the same post, not other posts", async () => {
    // KaTeX shows an undefined command in its error colour.
    expect(await html("$\\gdef\\loss{\\mathcal{L}}$ and $\\loss$")).not.toContain("#cc0000");
    expect(await html("$\\loss$")).toContain('<mstyle mathcolor="#cc0000"><mtext>\\loss</mtext></mstyle>');
  });

  it("reads a paragraph that is only $$…$$ as display math, and $$…$$ in a sentence as inline", async () => {
    expect(await html("$$E = mc^2$$")).toMatch(/^<div class="math-display"/);
    expect(await html("so $$E = mc^2$$ holds")).toMatch(/^<p>so <span class="math-inline">/);
  });

  it("does not typeset math nested deeper than the limit", async () => {
    const out = await html(`$${"{".repeat(60)}x${"}".repeat(60)}$`);
    expect(out).toContain('<span class="katex-error" title="Math nested more than 50 levels deep is not typeset">');
  });
});

describe("code", () => {
  it("highlights fenced code in the supported languages, aliases included", async () => {
    const out = await html("```python\ndef loss(w):\n    return 0.5 * w ** 2  # quadratic\n```\n\n```js\nconst x = 1;\n```");
    expect(out).toContain('<code class="hljs language-python"><span class="hljs-keyword">def</span>');
    expect(out).toContain('<span class="hljs-comment"># quadratic</span>');
    expect(out).toContain('<code class="hljs language-js"><span class="hljs-keyword">const</span>');
  });

  it("leaves other languages and inline code unhighlighted but escaped", async () => {
    const out = await html("```cobol\nDISPLAY '<b>'.\n```\n\nand `a < b`");
    expect(out).toContain("<code class=\"hljs language-cobol\">DISPLAY '&#x3C;b>'.\n</code>");
    expect(out).toContain("<code>a &#x3C; b</code>");
  });

  it("does not typeset dollars inside code", async () => {
    const out = await html("`$x$` and\n\n```\n$$y$$\n```");
    expect(out).not.toContain("katex");
  });
});

describe("links and images", () => {
  it("gives every link rel=nofollow ugc noopener and no target", async () => {
    const out = await html("[paper](https://example.org/p.pdf \"The paper\") [home](/) [section](?q=1) [mail](mailto:x@y.org)");
    expect(out).toContain('<a href="https://example.org/p.pdf" title="The paper" rel="nofollow ugc noopener">paper</a>');
    expect(out).toContain('<a href="/" rel="nofollow ugc noopener">home</a>');
    expect(out).toContain('<a href="?q=1" rel="nofollow ugc noopener">section</a>');
    expect(out).toContain('<a href="mailto:x@y.org" rel="nofollow ugc noopener">mail</a>');
    expect(out).not.toContain("target");
  });

  it("keeps the text of a link whose URL is not allowed, without the URL", async () => {
    const out = await html("[click](javascript:alert(1)) [ftp](ftp://x.org/f)");
    expect(out).toContain('<a rel="nofollow ugc noopener">click</a>');
    expect(out).toContain('<a rel="nofollow ugc noopener">ftp</a>');
  });

  it("turns images into links to them, loading nothing", async () => {
    const out = await html('![loss curve](https://example.org/loss.png "Figure 1") ![](/a.png)\n\n![ref][i]\n\n[i]: https://example.org/i.png');
    expect(out).not.toContain("<img");
    expect(out).toContain('<a href="https://example.org/loss.png" title="Figure 1" class="image-link" rel="nofollow ugc noopener">Image: loss curve</a>');
    expect(out).toContain('<a href="/a.png" class="image-link" rel="nofollow ugc noopener">Image</a>');
    expect(out).toContain('<a href="https://example.org/i.png" class="image-link" rel="nofollow ugc noopener">Image: ref</a>');
  });

  it("renders KaTeX's \\href and \\url as inert error text", async () => {
    const out = await html("$\\href{https://example.org}{x}$ $\\url{https://example.org}$");
    expect(out).not.toContain('href="https://example.org"');
    expect(out).toContain("\\href");
    expect(out).toContain("\\url");
  });
});

describe("raw HTML", () => {
  it("is shown as the text that was typed", async () => {
    const out = await html("for all i<j and k>l, <b>bold</b>\n\n<div>\n*block*\n</div>");
    expect(out).toContain("<p>for all i&#x3C;j and k>l, &#x3C;b>bold&#x3C;/b></p>");
    expect(out).toContain("<p>&#x3C;div>\n*block*\n&#x3C;/div></p>");
    expect(out).not.toContain("<b>");
  });
});

describe("@mentions", () => {
  it("links only the handles the caller says exist, and reports them", async () => {
    const result = await renderer.render("Thanks @alice and @bob-2, cc @alice and @nobody.", { knownHandles: ["alice", "bob-2"] });
    expect(result.html).toContain('<a class="mention" href="/users/alice">@alice</a>');
    expect(result.html).toContain('<a class="mention" href="/users/bob-2">@bob-2</a>');
    expect(result.html).toContain("@nobody.");
    expect(result.mentions).toEqual(["alice", "bob-2"]);
  });

  it("leaves handles in code, links, math and e-mail addresses alone", async () => {
    const source = "`@alice` [@alice](https://x.org) $@alice$ alice@example.org me@alice\n\n```\n@alice\n```";
    const result = await renderer.render(source, { knownHandles: ["alice"] });
    expect(result.html).not.toContain("mention");
    expect(result.mentions).toEqual([]);
  });

  it("needs a whole handle: no capitals, no longer run", async () => {
    const result = await renderer.render(`@Alice @alicex @${"a".repeat(41)} (@alice)`, { knownHandles: ["alice", "a".repeat(40)] });
    expect(result.mentions).toEqual(["alice"]);
    expect(result.html).toContain('(<a class="mention" href="/users/alice">@alice</a>)');
  });
});

describe("the result", () => {
  it("carries the plain text, the version and the status", async () => {
    const result = await renderer.render("# On sharpness\n\nThe Hessian $\\lambda_{\\max}$ sharpness **rises** to $2/\\eta$.\n\n- [ ] check $\\text{progressive sharpening}$");
    expect(result.version).toBe(RENDERER_VERSION);
    expect(result.status).toBe("ok");
    expect(result.text).toBe("On sharpness\n\nThe Hessian lambda sharpness rises to 2/ eta .\n\ncheck progressive sharpening");
  });

  it("is the escaped source when the HTML would exceed its cap", async () => {
    const generous = new MarkdownRenderer({ timeLimitMs: 30_000 });
    try {
      const source = "$x$ ".repeat(4_000);
      const result = await generous.render(source);
      expect(result.status).toBe("too-large");
      expect(result.html).toBe(`<p>${source}</p>`);
      expect(result.text).toBe(source);
    } finally {
      await generous.close();
    }
  });
});
