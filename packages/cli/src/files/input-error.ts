/** A path argument that does not exist or cannot be read. */
export class InputError extends Error {
  override readonly name = "InputError";
}
