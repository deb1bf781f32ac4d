import { describe, expect, it } from "vitest";
import { fileSystemMessage } from "../src/files/file-system-error.js";

const failure = (code: string, path: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: …`), { code, path, syscall: "rename" });

describe("fileSystemMessage", () => {
  it("gives each code of the message table its reason, in English and Bahasa Indonesia", () => {
    expect(fileSystemMessage(failure("EROFS", "/srv/out"), "en")).toBe("/srv/out: read-only file system (EROFS)");
    expect(fileSystemMessage(failure("EBUSY", "/mnt/usb"), "en")).toBe("/mnt/usb: in use (a mount point, or open in another program) (EBUSY)");
    expect(fileSystemMessage(failure("EBUSY", "/mnt/usb"), "id")).toBe("/mnt/usb: sedang dipakai (titik kait, atau dibuka program lain) (EBUSY)");
  });

  it("falls back to the general reason for a code the table does not list", () => {
    expect(fileSystemMessage(failure("EXDEV", "/a"), "en")).toBe("/a: cannot be read or written (EXDEV)");
    expect(fileSystemMessage(failure("toString", "/a"), "id")).toBe("/a: tidak dapat dibaca atau ditulis (toString)");
  });
});
