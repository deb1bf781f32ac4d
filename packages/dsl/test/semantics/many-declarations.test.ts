import { describe, expect, it } from "vitest";
import { parseFile, type FileNode } from "@lontar/dsl";
import { NameIndex } from "../../src/semantics/binder/suggest.js";
import { childrenOf, walkNodes } from "../../src/syntax/walk.js";

describe("NameIndex on a workspace of many names", () => {
  it("indexes 200,000 names without overflowing the stack, and finds the close ones", () => {
    const names = Array.from({ length: 200_000 }, (_, i) => `r${i}`);
    const index = new NameIndex(names);
    expect(index.close("r199999x")).toContain("r199999");
    expect(index.close("zzzzzzzz")).toEqual([]);
  });

  it("finds a name holding the word's parts, as a scan of a few names does", () => {
    const names = [...Array.from({ length: 5_000 }, (_, i) => `ruang_${i}`), "apbd_ntt_2027"];
    expect(new NameIndex(names).close("apbd_2027")).toEqual(["apbd_ntt_2027"]);
  });
});

describe("walking a file of many declarations", () => {
  it("lists the 200,000 items of a file as its children without overflowing the stack", () => {
    const { file } = parseFile("room a {}", "main.lontar");
    const item = file.items[0];
    if (item === undefined) throw new Error("no item parsed");
    const many: FileNode = { ...file, items: Array.from({ length: 200_000 }, () => item) };
    expect(childrenOf(many)).toHaveLength(200_000);
    let visited = 0;
    walkNodes(many, () => visited++);
    expect(visited).toBeGreaterThan(200_000);
  });
});
