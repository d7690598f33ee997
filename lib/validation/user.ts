// Account input rules, shared by the forms (for hints) and the server (for enforcement).
import { z } from "@/lib/zod";
import { displayNameProblem, impersonatesStaff, normalizeDisplayName, STAFF_TITLE_MESSAGE } from "./display-name";

import { NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from "./limits";

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

/** A display name, normalized; one message per problem, the first that applies. */
function nameSchema({ refuseStaffTitles }: { refuseStaffTitles: boolean }) {
  return z
    .string({ error: "Enter the name to show on your posts." })
    .transform(normalizeDisplayName)
    .superRefine((name, ctx) => {
      const problem =
        name.length === 0
          ? "Enter the name to show on your posts."
          : name.length > NAME_MAX
            ? `Use at most ${NAME_MAX} characters.`
            : (displayNameProblem(name) ?? (refuseStaffTitles && impersonatesStaff(name) ? STAFF_TITLE_MESSAGE : null));
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}

/** For profile edits: whether a staff title is allowed depends on the member's role (profile.server.ts). */
export const displayNameSchema = nameSchema({ refuseStaffTitles: false });

/** Profile URL slugs (lib/users/handle.server.ts makes them): lower-case letters, digits, hyphens. */
export const handleSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/);

export const signUpSchema = z
  .object({ name: nameSchema({ refuseStaffTitles: true }), email: emailSchema, password: passwordSchema })
  .refine((v) => !v.password.toLowerCase().includes(v.email.split("@")[0]!) || v.email.split("@")[0]!.length < 4, {
    error: "Do not use your e-mail address in your password.",
    path: ["password"],
  });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "Enter your password." }).max(PASSWORD_MAX),
});

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what}: use at most ${max} characters.` })
    .transform((v) => (v === "" ? null : v));

// The ORCID iD is not part of the profile form: it is only ever set by signing in or linking
// through ORCID itself (lib/users/link-identity.server.ts), so a shown iD is a proven one.
export const profileSchema = z.strictObject(
  {
    name: displayNameSchema,
    affiliation: optionalText(120, "Affiliation"),
    bio: optionalText(600, "Bio"),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `Unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}.${issue.keys.includes("orcid") ? " An ORCID iD is added by linking your ORCID account on the account page, never typed." : ""}`
        : undefined,
  },
);

export const changePasswordSchema = z.object({
  currentPassword: z.string().max(PASSWORD_MAX),
  newPassword: passwordSchema,
});

export type SignUpInput = z.output<typeof signUpSchema>;
export type ProfileInput = z.output<typeof profileSchema>;
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;
