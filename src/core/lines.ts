// Turns offsets into line and column for text that is not open in an editor (a chapter file on disk),
// counting line breaks the way VS Code does: `\r\n`, `\n` and a lone `\r` each end a line.

export interface LinePosition {
	/** Zero-based line. */
	readonly line: number;
	/** UTF-16 offset within the line. */
	readonly character: number;
}

export class LineIndex {
	private constructor(private readonly starts: Uint32Array, readonly length: number) {}

	static of(text: string): LineIndex {
		const starts: number[] = [0];
		for (let index = 0; index < text.length; index++) {
			const code = text.charCodeAt(index);
			if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
				starts.push(index + 1);
			}
		}
		return new LineIndex(Uint32Array.from(starts), text.length);
	}

	get lineCount(): number {
		return this.starts.length;
	}

	positionAt(offset: number): LinePosition {
		const clamped = Math.max(0, Math.min(this.length, offset));
		let low = 0;
		let high = this.starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (this.starts[middle] <= clamped) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return { line: low, character: clamped - this.starts[low] };
	}
}
