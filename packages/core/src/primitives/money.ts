import { z } from "zod";

/** An amount of money in whole rupiah (Rp). Never a float: `Rp 150.000.000` is `150000000`. */
export const Rupiah = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).describe("Whole rupiah (IDR).");
/** Whole rupiah (see {@link Rupiah}). */
export type Rupiah = z.infer<typeof Rupiah>;

/**
 * Formats rupiah the Indonesian way: `Rp 150.000.000`.
 *
 * @example formatRupiah(50000) // "Rp 50.000"
 */
export function formatRupiah(amount: Rupiah): string {
  const digits = Math.trunc(amount).toString();
  return `Rp ${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;
}
