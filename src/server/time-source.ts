/** The only source of "now" on the server. Tests pass a fixed clock. */
export interface TimeSource {
  now(): Date;
  /** Today's date in Viet Nam (UTC+7), `YYYY-MM-DD`: legal days are Vietnamese days. */
  today(): string;
}

export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export const systemTime: TimeSource = {
  now: () => new Date(),
  today: () => vietnamDate(new Date()),
};

export function fixedTime(iso: string): TimeSource & { advance(ms: number): void } {
  let t = new Date(iso).getTime();
  return {
    now: () => new Date(t),
    today: () => vietnamDate(new Date(t)),
    advance(ms: number) {
      t += ms;
    },
  };
}
