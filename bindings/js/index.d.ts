// SPDX-License-Identifier: Apache-2.0
// Types of the `jixiao` package (index.js). Decimals are strings, exact as written.

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type TrendDirection = 'up' | 'down' | 'flat' | 'not_up' | 'not_down';
export type TrendBasis = 'none' | 'yoy' | 'mom';

export interface CompareTarget { raw: string; kind: 'compare'; op: CompareOp; value: string; unit: string; note?: string; }
export interface RangeTarget { raw: string; kind: 'range'; low: string; high: string; unit: string; note?: string; }
export interface TrendTarget {
  raw: string; kind: 'trend'; direction: TrendDirection; basis: TrendBasis;
  by?: { value: string; unit: string };
}
export interface DeadlineTarget { raw: string; kind: 'deadline'; date: string; }
export interface PeriodTarget { raw: string; kind: 'period'; start: string; end: string; }
export interface QualitativeTarget { raw: string; kind: 'qualitative'; term: string; }
export interface InvalidTarget {
  raw: string; kind: 'invalid';
  error: string;
  /** UTF-8 byte offset into raw where parsing failed. */
  offset: number;
  expected: string;
  /** The same place in UTF-16 units (raw[utf16Offset]); not enumerable, so not in the JSON. */
  readonly utf16Offset: number;
}
export type Target = CompareTarget | RangeTarget | TrendTarget | DeadlineTarget | PeriodTarget | QualitativeTarget | InvalidTarget;

export interface Evaluation {
  verdict: 'met' | 'not_met' | 'not_comparable';
  /** How far the target is achieved, a decimal string; absent where no ratio applies. */
  degree?: string;
  grade?: 'achieved' | 'partial' | 'not_achieved';
  /** One line of Chinese. */
  reason: string;
}

export interface Amount { raw: string; value: string; wan: string; chinese: string; }

export declare class JixiaoError extends Error {
  readonly input: string;
  /** UTF-8 byte offset into input, when the error has a place. */
  readonly offset?: number;
  /** The same place in UTF-16 units. */
  readonly utf16Offset?: number;
  readonly expected?: string;
}

export interface Jixiao {
  parseTarget: typeof parseTarget; parseTargets: typeof parseTargets; canonical: typeof canonical;
  evaluate: typeof evaluate; parseAmount: typeof parseAmount; toWan: typeof toWan; amountToChinese: typeof amountToChinese;
}

export declare function load(): Promise<Jixiao>;
export declare function parseTarget(raw: string): Target;
export declare function parseTargets(lines: readonly string[]): Target[];
export declare function canonical(raw: string): string;
export declare function evaluate(target: string | Target, actual: string, unit?: string): Evaluation;
export declare function parseAmount(raw: string, options?: { wan?: boolean }): Amount;
export declare function toWan(raw: string): string;
export declare function amountToChinese(raw: string): string;
export declare function utf16Offset(str: string, byteOffset: number): number;
