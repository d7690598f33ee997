import { describe, expect, it } from "vitest";
import { orcidChecksumValid, profileSchema, signUpSchema } from "@/lib/validation/user";
import { slugify } from "@/lib/users/handle.server";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-codes";

describe("account rules", () => {
  it("ORCID check digits (ISO 7064 11,2)", () => {
    expect(orcidChecksumValid("0000-0002-1825-0097")).toBe(true);
    expect(orcidChecksumValid("0000-0001-5109-3700")).toBe(true);
    expect(orcidChecksumValid("0000-0002-1694-233X")).toBe(true);
    expect(orcidChecksumValid("0000-0002-1825-0098")).toBe(false);
    expect(profileSchema.parse({ name: "A", affiliation: "", bio: "", orcid: "https://orcid.org/0000-0002-1694-233x" }).orcid).toBe("0000-0002-1694-233X");
  });

  it("sign-up normalises the address and rejects weak passwords with reasons", () => {
    expect(signUpSchema.parse({ name: " Ada ", email: " Ada@Example.ORG ", password: "engine-analytical-1843" })).toEqual({
      name: "Ada",
      email: "ada@example.org",
      password: "engine-analytical-1843",
    });
    const weak = (password: string) => signUpSchema.safeParse({ name: "A", email: "someone@example.org", password }).error?.issues.map((i) => i.message);
    expect(weak("short")).toEqual(["Use at least 10 characters."]);
    expect(weak("password123")).toEqual(["That password is one of the most common; choose another."]);
    expect(weak("aaaaaaaaaaaa")).toEqual(["Use at least 4 different characters."]);
    expect(weak("my-someone-password")).toEqual(["Do not use your e-mail address in your password."]);
  });

  it("handles are readable slugs", () => {
    expect(slugify("Émile Borel")).toBe("emile-borel");
    expect(slugify("   ")).toBe("member");
  });

  it("redirects after sign-in stay on this site", () => {
    expect(safeCallbackUrl("/learn/x?y=1")).toBe("/learn/x?y=1");
    expect(safeCallbackUrl("https://evil.example/")).toBe("/");
    expect(safeCallbackUrl("//evil.example/")).toBe("/");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/");
    expect(safeCallbackUrl(undefined)).toBe("/");
  });

  it("a throttled sign-in says how long to wait", () => {
    expect(signInErrorMessage("throttled:840")).toBe("Too many failed sign-in attempts. For your safety, try again in 14 minutes.");
    expect(signInErrorMessage("throttled:30")).toContain("1 minute.");
    expect(signInErrorMessage("CredentialsSignin")).toBe("That e-mail address and password do not match an account.");
  });
});
