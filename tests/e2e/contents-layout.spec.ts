// Where a long page's table of contents sits: in the left margin beside the text from 1200 px (it
// once sat inside the text column at 1280 and 1440 px, leaving an empty band above the first
// paragraph), and above the text at full column width below that.
import { expect, test, type Page } from "@playwright/test";

const pages = ["/learn/deep-linear-networks", "/perspectives/what-is-learning-mechanics"];

async function boxes(page: Page) {
  const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
  return {
    toc: await box("nav[aria-label='Contents']"),
    header: await box(".article-grid > .article-main"),
    body: await box(".article-body"),
    first: await box(".article-body > :first-child"),
  };
}

for (const width of [1280, 1440, 1920]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const path of pages) {
      test(`${path}: the contents sit in the margin beside the text, and the text starts right under the header`, async ({ page }) => {
        await page.goto(path);
        const { toc, header, body, first } = await boxes(page);
        expect(toc.width).toBeGreaterThan(150);
        expect(toc.x).toBeGreaterThanOrEqual(0);
        expect(toc.x + toc.width).toBeLessThanOrEqual(body.x); // no overlap with the text column
        expect(Math.abs(toc.y - body.y)).toBeLessThanOrEqual(1); // level with the first paragraph
        expect(first.y - (header.y + header.height)).toBeLessThanOrEqual(40); // no empty band above the text
      });
    }
  });
}

test.describe("1024 px", () => {
  test.use({ viewport: { width: 1024, height: 900 } });

  test("the contents sit above the text at the column's full width", async ({ page }) => {
    await page.goto(pages[0]);
    const { toc, body } = await boxes(page);
    expect(toc.x).toBeCloseTo(body.x, 0);
    expect(toc.width).toBeCloseTo(body.width, 0);
    expect(toc.y + toc.height).toBeLessThanOrEqual(body.y);
  });
});
