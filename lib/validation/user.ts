// Account input rules, shared by the forms (for hints) and the server (for enforcement).
import { z } from "zod";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const NAME_MAX = 80;

// A short list of the passwords breach corpora see most often at or above the minimum length.
const COMMON = new Set(["1234567890", "0123456789", "qwertyuiop", "password123", "password12", "iloveyou12", "1q2w3e4r5t", "qwerty1234", "abcdefghij", "passwordpassword", "letmein123", "welcome123", "1111111111", "0000000000", "administrator"]);

export const emailSchema = z
  .string({ error: "Enter your e-mail address." })
  .trim()
  .toLowerCase()
  .max(254, { error: "That address is too long (254 characters at most)." })
  .pipe(z.email({ error: "That does not look like an e-mail address (name@example.org)." }));

export const passwordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters.` })
  .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters.` })
  .refine((p) => !COMMON.has(p.toLowerCase()), { error: "That password is one of the most common; choose another." })
  .refine((p) => new Set(p).size >= 4, { error: "Use at least 4 different characters." });

export const displayNameSchema = z
  .string({ error: "Enter the name to show on your posts." })
  .trim()
  .min(1, { error: "Enter the name to show on your posts." })
  .max(NAME_MAX, { error: `Use at most ${NAME_MAX} characters.` });

export const signUpSchema = z
  .object({ name: displayNameSchema, email: emailSchema, password: passwordSchema })
  .refine((v) => !v.password.toLowerCase().includes(v.email.split("@")[0]!) || v.email.split("@")[0]!.length < 4, {
    error: "Do not use your e-mail address in your password.",
    path: ["password"],
  });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "Enter your password." }).max(PASSWORD_MAX),
});

const ORCID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

/** The ISO 7064 11,2 check character ORCID appends to the first 15 digits. */
export function orcidCheckDigit(first15: string): string {
  let total = 0;
  for (const ch of first15) total = (total + Number(ch)) * 2;
  const check = (12 - (total % 11)) % 11;
  return check === 10 ? "X" : String(check);
}

export function orcidChecksumValid(id: string): boolean {
  const digits = id.replace(/-/g, "");
  return digits[15] === orcidCheckDigit(digits.slice(0, 15));
}

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what}: use at most ${max} characters.` })
    .transform((v) => (v === "" ? null : v));

export const profileSchema = z.object({
  name: displayNameSchema,
  affiliation: optionalText(120, "Affiliation"),
  bio: optionalText(600, "Bio"),
  orcid: z
    .string()
    .trim()
    .transform((v) => v.replace(/^https?:\/\/orcid\.org\//, "").toUpperCase())
    .refine((v) => v === "" || (ORCID.test(v) && orcidChecksumValid(v)), {
      error: "An ORCID iD looks like 0000-0002-1825-0097 (16 digits, the last may be X) and its check digit must match.",
    })
    .transform((v) => (v === "" ? null : v)),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().max(PASSWORD_MAX),
  newPassword: passwordSchema,
});

export type SignUpInput = z.output<typeof signUpSchema>;
export type ProfileInput = z.output<typeof profileSchema>;
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;
