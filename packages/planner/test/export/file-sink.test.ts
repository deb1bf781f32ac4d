import type { FileHandle } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { FileSink } from "../../src/export/file-sink.js";

/** A file handle whose writes take at most `perWrite` bytes each into `bytes` (0: a file system that takes nothing). */
function fakeFile(perWrite: number): { handle: FileHandle; bytes: number[]; writes: () => number } {
  const bytes: number[] = [];
  let writes = 0;
  const write = (buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }> => {
    writes++;
    const taken = Math.min(length, perWrite);
    for (let i = 0; i < taken; i++) bytes[position + i] = buffer[offset + i] ?? 0;
    return Promise.resolve({ bytesWritten: taken });
  };
  return { handle: { write } as unknown as FileHandle, bytes, writes: () => writes };
}

describe("FileSink", () => {
  it("writes every byte, text and bytes in order, when each write takes only part of what it is given", async () => {
    const file = fakeFile(3);
    const sink = new FileSink();
    sink.start(file.handle);
    await sink.add("Perpustakaan ");
    await sink.add(new Uint8Array([0x44, 0x65, 0x73, 0x61]));
    await sink.add(" — Rp 2.000.000");
    await sink.finish();
    expect(new TextDecoder().decode(new Uint8Array(file.bytes))).toBe("Perpustakaan Desa — Rp 2.000.000");
  });

  it("rejects with EIO, after one attempt, when a write takes no byte (instead of asking forever)", async () => {
    const file = fakeFile(0);
    const sink = new FileSink();
    sink.start(file.handle);
    await sink.add("kalender");
    await expect(sink.finish()).rejects.toMatchObject({ code: "EIO", syscall: "write" });
    expect(file.writes()).toBe(1);
  });
});
