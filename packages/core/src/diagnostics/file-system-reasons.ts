/**
 * Why the system refused a file, in English and Bahasa Indonesia, by Node's error code
 * (`EACCES`): the reason the CLI gives for a folder it cannot write and the analysis
 * gives for a file it cannot read (LON2107).
 */
import type { Labels } from "../primitives/labels.js";

const L = (en: string, id: string): Labels => ({ en, id });

/** The reasons with words of their own, by error code; `changed` is a file that changed while it was opened. */
const REASONS: Readonly<Record<string, Labels>> = {
  ENOENT: L("no such file or folder", "berkas atau folder tidak ada"),
  EACCES: L("permission denied", "akses ditolak"),
  EPERM: L("operation not permitted", "operasi tidak diizinkan"),
  EISDIR: L("is a folder", "adalah folder"),
  ENOTDIR: L("not a folder", "bukan folder"),
  EEXIST: L("already exists", "sudah ada"),
  ENOSPC: L("no space left on the device", "ruang penyimpanan habis"),
  EROFS: L("read-only file system", "sistem berkas hanya-baca"),
  EMFILE: L("too many open files", "terlalu banyak berkas terbuka"),
  EBUSY: L("in use (a mount point, or open in another program)", "sedang dipakai (titik kait, atau dibuka program lain)"),
  ENOTEMPTY: L("the folder is not empty", "folder tidak kosong"),
  ENAMETOOLONG: L("the name is too long", "namanya terlalu panjang"),
  ELOOP: L("too many links in a row", "terlalu banyak tautan berantai"),
  EIO: L("an input/output error", "galat masukan/keluaran"),
  changed: L("the file changed while it was opened", "berkasnya berubah saat dibuka"),
};

const OTHER = L("cannot be read or written", "tidak dapat dibaca atau ditulis");

/**
 * The reason for error `code` in both languages; a code with no words of its own gets the
 * general one. The code itself is not part of it.
 *
 * @example fileSystemReason("EACCES").id // "akses ditolak"
 */
export function fileSystemReason(code: string): Labels {
  return Object.hasOwn(REASONS, code) ? (REASONS[code] as Labels) : OTHER;
}
