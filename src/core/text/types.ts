// The text folder's shapes, imported by every other folder: offsets and ranges into the analysed text,
// and work done a slice at a time. Offsets are UTF-16 code units, as `TextDocument.offsetAt` gives them.

/** A half-open span `[start, end)` of the text. */
export interface TextRange {
	readonly start: number;
	readonly end: number;
}

export type Steps<T> = Generator<void, T, void>;

/** Asked between two slices of work: true when the caller wants the thread back. */
export type ShouldYield = () => boolean;

export interface LinePosition {
	/** Zero-based line. */
	readonly line: number;
	/** UTF-16 offset within the line. */
	readonly character: number;
}
