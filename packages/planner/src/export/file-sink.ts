import type { FileHandle } from "node:fs/promises";

/** Bytes per write: few system calls for a province's 2.4 GB, little memory. */
const BLOCK_BYTES = 4 << 20;

const encoder = new TextEncoder();

/** Writes all of `bytes` at `position` (a write may take fewer bytes than asked). */
async function writeAll(file: FileHandle, bytes: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await file.write(bytes, done, bytes.length - done, position + done);
    // A file system that takes nothing would otherwise be asked forever.
    if (bytesWritten <= 0) throw Object.assign(new Error(`no byte written at ${position + done}`), { code: "EIO", syscall: "write" });
    done += bytesWritten;
  }
}

const ignore = (): void => undefined;

/**
 * A file written from pieces of text or bytes through two blocks of a few megabytes:
 * text is encoded as UTF-8 straight into a block (no joined string, no Buffer per piece),
 * and a full block is written while the other one fills, so building the next piece
 * and writing the last overlap. At most one write is in flight; the blocks are reused
 * for every file.
 */
export class FileSink {
  private readonly blocks = [new Uint8Array(BLOCK_BYTES), new Uint8Array(BLOCK_BYTES)] as const;
  private current = 0;
  private used = 0;
  private position = 0;
  private inFlight: Promise<void> | undefined;
  private file: FileHandle | undefined;

  private block(): Uint8Array {
    return this.current === 0 ? this.blocks[0] : this.blocks[1];
  }

  /** Starts a new file: what follows goes to `file` (the previous one must be {@link finish}ed). */
  start(file: FileHandle): void {
    this.file = file;
    this.used = 0;
    this.position = 0;
    this.inFlight = undefined;
  }

  /** Appends a piece: text (as UTF-8) or bytes, which are copied before this returns. */
  async add(piece: string | Uint8Array): Promise<void> {
    if (typeof piece === "string") await this.text(piece);
    else await this.bytes(piece);
  }

  private async text(text: string): Promise<void> {
    let rest = text;
    for (;;) {
      const block = this.block();
      const { read, written } = encoder.encodeInto(rest, block.subarray(this.used));
      this.used += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      // A block holds any character (at most 4 bytes), so an empty block always takes some.
      await this.flush();
    }
  }

  private async bytes(bytes: Uint8Array): Promise<void> {
    let at = 0;
    while (at < bytes.length) {
      const block = this.block();
      const take = Math.min(bytes.length - at, block.length - this.used);
      block.set(bytes.subarray(at, at + take), this.used);
      this.used += take;
      at += take;
      if (this.used === block.length) await this.flush();
    }
  }

  /** Waits for the write in flight, then writes the current block while the other fills. */
  private async flush(): Promise<void> {
    if (this.inFlight !== undefined) await this.inFlight;
    this.inFlight = undefined;
    if (this.used === 0 || this.file === undefined) return;
    const written = writeAll(this.file, this.block().subarray(0, this.used), this.position);
    // Its failure is seen when it is awaited (next flush or finish), not reported as unhandled.
    written.catch(ignore);
    this.inFlight = written;
    this.position += this.used;
    this.current = 1 - this.current;
    this.used = 0;
  }

  /** Writes what remains and waits for every write of the file; rejects with the first failure. */
  async finish(): Promise<void> {
    await this.flush();
    const pending = this.inFlight;
    this.inFlight = undefined;
    this.file = undefined;
    if (pending !== undefined) await pending;
  }

  /** Waits for the write in flight, if any, ignoring its failure: before closing a file whose writing failed. */
  async settle(): Promise<void> {
    const pending = this.inFlight;
    this.inFlight = undefined;
    this.file = undefined;
    if (pending !== undefined) await pending.catch(ignore);
  }
}
