// What POST /api/results accepts (its shape; lib/results/spec.ts checks its meaning).
import { z } from "@/lib/zod";
import { MAX_SOURCE_CHARS } from "@/lib/markdown/limits";
import { specInputSchema } from "./spec";

export const MAX_TITLE_CHARS = 200;
export const MAX_PROBLEMS = 5;

export const submissionSchema = z.strictObject({
  title: z.string().trim().min(3, "Give the result a title of at least 3 characters.").max(MAX_TITLE_CHARS),
  description: z.string().max(MAX_SOURCE_CHARS).default(""),
  spec: specInputSchema,
  problems: z.array(z.string().max(100)).max(MAX_PROBLEMS).default([]),
});
export type Submission = z.output<typeof submissionSchema>;

