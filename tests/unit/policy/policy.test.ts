import { describe, expect, it } from "vitest";
import { authorize, can, hasRole, type Actor } from "@/lib/policy";

const as = (role: Actor["role"]): Actor => ({ id: `u-${role}`, role });

describe("policy", () => {
  it("ranks roles: an administrator has every lower role, a member none above", () => {
    expect([hasRole(as("ADMIN"), "MODERATOR"), hasRole(as("MODERATOR"), "MODERATOR"), hasRole(as("MEMBER"), "MODERATOR"), hasRole(null, "MEMBER")]).toEqual([true, true, false, false]);
  });

  it("only administrators open the administration pages and set roles", () => {
    for (const role of ["MEMBER", "MODERATOR", "ADMIN"] as const) {
      expect(can(as(role), "admin.open")).toBe(role === "ADMIN");
      expect(can(as(role), "user.set-role", { id: "someone" })).toBe(role === "ADMIN");
    }
    expect(can(null, "admin.open")).toBe(false);
  });

  it("authorize: 401-shaped for nobody, 403-shaped with the rule's reason for a refusal, null when allowed", () => {
    expect(authorize(null, "admin.open")).toMatchObject({ ok: false, code: "unauthorized" });
    expect(authorize(as("MODERATOR"), "user.set-role", { id: "x" })).toEqual({ ok: false, code: "forbidden", message: "Only administrators change roles." });
    expect(authorize(as("ADMIN"), "user.set-role", { id: "x" })).toBeNull();
  });
});
