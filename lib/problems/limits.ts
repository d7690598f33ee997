// Limits of the tracker's forms, as plain numbers so client forms can show them without zod.
export const PROBLEM_TITLE_MAX = 200;
export const PROBLEM_TEXT_MAX = 8_000;
export const PROBLEM_REASON_MAX = 2_000;
export const PROBLEM_SUMMARY_MAX = 500;
export const EVIDENCE_MAX = 10;
export const EVIDENCE_URL_MAX = 2_000;
export const REFERENCES_MAX = 20;
export const SLUG_MAX = 64;
