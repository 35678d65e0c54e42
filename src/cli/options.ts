// Parsers for option values; each throws commander's InvalidArgumentError, which becomes a one-line usage error (exit 2).
import { InvalidArgumentError } from 'commander';

export function parseCount(value: string): number {
  if (!/^[0-9]+$/.test(value)) throw new InvalidArgumentError('Expected a whole number (0 or more).');
  return Number.parseInt(value, 10);
}

/** A real calendar date written yyyy-mm-dd. */
export function parseDate(value: string): string {
  if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value) return value;
  }
  throw new InvalidArgumentError('Expected a date written YYYY-MM-DD.');
}

/** A region code such as QC, ON or CA, optionally with a subdivision (CA-QC); upper-cased. */
export function parseJurisdiction(value: string): string {
  if (!/^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/.test(value)) {
    throw new InvalidArgumentError('Expected a region code such as QC, ON or CA.');
  }
  return value.toUpperCase();
}
