import { posix as nodePosix } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { posix } from "../../src/semantics/binder/posix-path.js";

// Paths made of the pieces that matter: names, dots, doubled and trailing slashes.
const segment = fc.constantFrom("a", "b", "ws", ".", "..", "", "x.lontar");
const path = fc.array(segment, { maxLength: 6 }).chain((parts) => fc.boolean().map((absolute) => (absolute ? "/" : "") + parts.join("/")));

describe("posix path helpers agree with node:path's posix", () => {
  it("isAbsolute, normalize, dirname and basename", () => {
    fc.assert(
      fc.property(path, (p) => {
        expect(posix.isAbsolute(p)).toBe(nodePosix.isAbsolute(p));
        expect(posix.normalize(p)).toBe(nodePosix.normalize(p));
        expect(posix.dirname(p)).toBe(nodePosix.dirname(p));
        expect(posix.basename(p)).toBe(nodePosix.basename(p));
      }),
      { seed: 14, numRuns: 2000 },
    );
  });

  it("join and relative", () => {
    fc.assert(
      fc.property(path, path, (a, b) => {
        expect(posix.join(a, b)).toBe(nodePosix.join(a, b));
        expect(posix.relative(`/${a}`, `/${b}`)).toBe(nodePosix.relative(`/${a}`, `/${b}`));
      }),
      { seed: 15, numRuns: 2000 },
    );
  });

  it("resolve starts from / (node starts from the working directory)", () => {
    fc.assert(
      fc.property(path, path, (a, b) => {
        expect(posix.resolve("/", a, b)).toBe(nodePosix.resolve("/", a, b));
      }),
      { seed: 16, numRuns: 2000 },
    );
  });
});
