// The --as-of option of the commands that show findings: the day they are established as of, checked as a real date.
import { InvalidArgumentError, Option } from 'commander';
import type { CliText } from './messages.ts';

/** Whether `value` is a calendar day written `YYYY-MM-DD` (2026-02-30 is not). */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function asOfOption(text: CliText, description: string = text.asOfOption): Option {
  return new Option('--as-of <date>', description).argParser((value: string) => {
    if (!isIsoDay(value)) throw new InvalidArgumentError(text.invalidAsOf(value));
    return value;
  });
}
