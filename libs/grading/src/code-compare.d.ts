/** Types of code-compare.js (plain JS so that the worker thread can load it without a TS loader). */
export declare const UNDEFINED: Readonly<{ toString(): string }>;
export declare function decodeResult(json: string): unknown;
export declare function compareValues(actual: unknown, expected: unknown): boolean;
export declare function preview(value: unknown, max?: number): string;
