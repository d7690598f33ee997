import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { site } from "@/lib/site";

export const socialImageSize = { width: 1200, height: 630 };

// Static (not variable) Source Serif 4 from npm: the image renderer reads WOFF but not WOFF2.
// Every subset a title may need is given, each under its own name (fonts sharing a name are not
// searched for missing glyphs): for a glyph no font has (η in "2/η", say) next/og would try to
// download one from the internet.
const fontDir = path.join(process.cwd(), "node_modules/@fontsource/source-serif-4/files");
const subsets = ["latin", "latin-ext", "greek"];
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 600; style: "normal" }[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all(
    subsets.flatMap((subset) =>
      ([400, 600] as const).map(async (weight) => ({
        name: `Source Serif 4 ${subset}`,
        data: await readFile(path.join(fontDir, `source-serif-4-${subset}-${weight}-normal.woff`)),
        weight,
        style: "normal" as const,
      })),
    ),
  );
  return fonts;
}

/** The 1200×630 card shared by OpenGraph and Twitter: site name, what kind of page, title, byline. */
export async function socialImage({ eyebrow, title, byline }: { eyebrow: string; title: string; byline?: string }) {
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#fbfaf7", color: "#1b1b1a", padding: "64px 72px", fontFamily: "Source Serif 4 latin" }}>
        <div style={{ display: "flex", justifyContent: "space-between", fontSize: 28, color: "#4a4a47" }}>
          <span style={{ fontWeight: 600 }}>{site.name}</span>
          <span style={{ color: "#0b6e66", textTransform: "uppercase", letterSpacing: 2, fontSize: 22 }}>{eyebrow}</span>
        </div>
        <div style={{ display: "flex", flex: 1, alignItems: "center" }}>
          <span style={{ fontSize: title.length > 70 ? 56 : 68, fontWeight: 600, lineHeight: 1.15, letterSpacing: -1 }}>{title}</span>
        </div>
        <div style={{ display: "flex", borderTop: "4px solid #0b6e66", paddingTop: 24, fontSize: 26, color: "#4a4a47" }}>{byline ?? site.tagline}</div>
      </div>
    ),
    { ...socialImageSize, fonts: await loadFonts() },
  );
}
