// The export's JSON Schema as published in docs/problems-export.schema.json (regenerate with
// `npx tsx -e 'import("./lib/problems/export-json-schema.ts").then((m) => m.writeExportJsonSchema())'`).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "@/lib/zod";
import { problemsExportSchema } from "./export-schema";

export const exportJsonSchemaPath = path.join(process.cwd(), "docs", "problems-export.schema.json");

export function exportJsonSchemaText(): string {
  const schema = { title: "Learning Mechanics Hub: open-problems tracker export", ...z.toJSONSchema(problemsExportSchema, { target: "draft-2020-12", io: "output" }) };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export function writeExportJsonSchema(): void {
  writeFileSync(exportJsonSchemaPath, exportJsonSchemaText());
}
