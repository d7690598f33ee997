import { describe, expect, it } from "vitest";
import { crossSiteRefusal } from "@/lib/http/same-origin";
import { isJsonMediaType, nulPaths } from "@/lib/http/json-body.server";

describe("same-origin rule", () => {
  const site = "https://hub.example";
  it("accepts exactly the site's origin", () => {
    expect(crossSiteRefusal("https://hub.example", site)).toBeNull();
  });
  it.each([
    ["another host", "https://evil.example"],
    ["another scheme", "http://hub.example"],
    ["another port", "https://hub.example:8443"],
    ["a sub-domain", "https://a.hub.example"],
    ["an opaque origin", "null"],
    ["a path appended", "https://hub.example/x"],
    ["trailing dot", "https://hub.example."],
  ])("refuses %s", (_what, origin) => {
    expect(crossSiteRefusal(origin, site)).toMatch(/Cross-site requests are not accepted/);
  });
  it("refuses a request without Origin", () => {
    expect(crossSiteRefusal(null, site)).toMatch(/no Origin header/);
  });
});

describe("JSON media type", () => {
  it.each(["application/json", "application/json; charset=utf-8", "APPLICATION/JSON;charset=\"UTF-8\""])("accepts %s", (type) => {
    expect(isJsonMediaType(type)).toBe(true);
  });
  it.each([null, "", "text/plain", "text/plain; charset=application/json", "application/json; charset=latin1", "application/json, text/plain", "application/jsonp", "application/json; boundary=x"])("refuses %s", (type) => {
    expect(isJsonMediaType(type)).toBe(false);
  });
});

describe("NUL detection", () => {
  it("names the path of every string or key with a NUL", () => {
    expect(nulPaths({ a: "ok", b: ["x", "y\0"], c: { "d\0": 1, e: "\0" } })).toEqual(["b.1", "c.d\0", "c.e"]);
    expect(nulPaths("\0")).toEqual(["form"]);
    expect(nulPaths({ fine: [1, true, null, "text"] })).toEqual([]);
  });
});

describe("well-formed paths", () => {
  it("flags percent-encoding that is not UTF-8, and nothing else", async () => {
    const { malformedPath } = await import("@/lib/http/well-formed-path");
    expect(["/users/%FF", "/learn/%C3", "/a/%E0%A4%A?x=1"].map(malformedPath)).toEqual([true, true, true]);
    expect(["/users/%00", "/learn/caf%C3%A9", "/?q=%FF", undefined].map(malformedPath)).toEqual([false, false, false, false]);
  });
});
