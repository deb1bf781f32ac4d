/** An inclusive range of local dates: a horizon, a period, an agreement's active span. */
export interface DateSpan {
  /** First date, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last date, `YYYY-MM-DD`, inclusive. */
  readonly to: string;
}
