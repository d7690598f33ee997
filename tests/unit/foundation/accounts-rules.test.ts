import { describe, expect, it } from "vitest";
import { profileSchema, signUpSchema } from "@/lib/validation/user";
import { isOrcidId } from "@/lib/validation/orcid";
import { displayNameProblem, impersonatesStaff, normalizeDisplayName } from "@/lib/validation/display-name";
import { slugify } from "@/lib/users/handle.server";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-codes";

describe("account rules", () => {
  it("ORCID check digits (ISO 7064 11,2)", () => {
    expect(isOrcidId("0000-0002-1825-0097")).toBe(true);
    expect(isOrcidId("0000-0001-5109-3700")).toBe(true);
    expect(isOrcidId("0000-0002-1694-233X")).toBe(true);
    expect(isOrcidId("0000-0002-1825-0098")).toBe(false);
    expect(isOrcidId("0000-0002-1825-009")).toBe(false);
  });

  it("a profile cannot carry a typed ORCID iD", () => {
    expect(profileSchema.safeParse({ name: "A", affiliation: "", bio: "", orcid: "0000-0002-1694-233X" }).error?.issues[0]?.message).toMatch(/linking your ORCID account/);
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

  it("redirects after sign-in stay on this site, on a clean path", () => {
    const origin = "https://hub.example";
    expect(safeCallbackUrl("/learn/x?y=1#z", origin)).toBe("/learn/x?y=1#z");
    expect(safeCallbackUrl(["/forum", "//evil.example"], origin)).toBe("/forum");
    for (const attack of [
      "https://evil.example/",
      "//evil.example/",
      "/\\evil.example",
      "/\t/evil.example",
      "/\r/evil.example",
      "/\n/evil.example",
      "/%09/evil.example".replace("%09", "\t"),
      "\t//evil.example",
      "/./\\evil.example",
      "/\u0000/x",
      "javascript:alert(1)",
      "https://hub.example.evil.example/",
      "",
    ]) {
      expect(safeCallbackUrl(attack, origin), JSON.stringify(attack)).toBe("/");
    }
    // Encoded characters stay encoded in the path: the browser will not decode them into a host.
    expect(safeCallbackUrl("/%2F%2Fevil.example", origin)).toBe("/%2F%2Fevil.example");
    expect(safeCallbackUrl(undefined, origin)).toBe("/");
  });

  it("display names: NFC, collapsed spaces, no invisible or direction-changing characters, no staff titles for members", () => {
    expect(normalizeDisplayName("  Ame\u0301lie \t Poulain ")).toBe("Amélie Poulain");
    expect(normalizeDisplayName("a\uFEFFb\u3000c")).toBe("a b c"); // Unicode spaces become plain ones
    for (const bad of ["\u202Eabc", "\u200B", "a\u200Db", "a\u2060b", "\u2800", "x\u0301\u0301\u0301\u0301", "...", "a\u0007"]) {
      expect(displayNameProblem(normalizeDisplayName(bad)), JSON.stringify(bad)).not.toBeNull();
    }
    for (const good of ["Ada Lovelace", "Émile Borel", "张伟", "Sébastien O'Neil-Ng", "Д. Менделеев"]) expect(displayNameProblem(good), good).toBeNull();
    for (const title of ["Administrator", "ADMIN", "Moderator", "M0der4tor", "Adm1n", "Site Admin", "аdmin" /* Cyrillic а */]) expect(impersonatesStaff(title), title).toBe(true);
    for (const fine of ["Ada", "Admiral Hopper", "Modesto Lima"]) expect(impersonatesStaff(fine), fine).toBe(false);
  });

  it("a throttled sign-in says how long to wait", () => {
    expect(signInErrorMessage("throttled:840")).toBe("Too many failed sign-in attempts. For your safety, try again in 14 minutes.");
    expect(signInErrorMessage("throttled:30")).toContain("1 minute.");
    expect(signInErrorMessage("CredentialsSignin")).toBe("That e-mail address and password do not match an account.");
  });
});
