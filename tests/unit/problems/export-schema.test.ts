import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportJsonSchemaPath, exportJsonSchemaText } from "@/lib/problems/export-json-schema";

describe("the tracker export's published JSON Schema", () => {
  it("is the one generated from the schema the code reads and writes", () => {
    // If this fails after changing lib/problems/export-schema.ts, regenerate the file (see export-json-schema.ts).
    expect(readFileSync(exportJsonSchemaPath, "utf8")).toBe(exportJsonSchemaText());
  });
});
