const emptyPiece = new Uint8Array(0);

/**
 * Bytes arriving in pieces (file chunks, decrypted frames), read back in
 * lengths that need not match the pieces. Only what is not yet read is kept.
 */
export class ByteQueue {
  private pieces: Uint8Array[] = [];
  /** Index of the first piece not yet read (pieces before it are dropped now and then). */
  private head = 0;
  private offset = 0;
  private size = 0;

  /** Bytes waiting to be read. */
  get available(): number {
    return this.size;
  }

  push(piece: Uint8Array): void {
    if (piece.byteLength === 0) return;
    this.pieces.push(piece);
    this.size += piece.byteLength;
  }

  /** The next `length` bytes, or null while fewer are there (nothing is consumed then). */
  read(length: number): Uint8Array | null {
    if (length > this.size) return null;
    const first = this.pieces[this.head];
    if (first !== undefined && first.byteLength - this.offset >= length) {
      const out = first.subarray(this.offset, this.offset + length);
      this.consume(length);
      return out;
    }
    const out = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      const piece = this.pieces[this.head]!;
      const take = Math.min(length - filled, piece.byteLength - this.offset);
      out.set(piece.subarray(this.offset, this.offset + take), filled);
      filled += take;
      this.consume(take);
    }
    return out;
  }

  private consume(length: number): void {
    this.size -= length;
    this.offset += length;
    while (this.head < this.pieces.length && this.offset >= this.pieces[this.head]!.byteLength) {
      this.offset -= this.pieces[this.head]!.byteLength;
      // A piece read to its end is let go at once: a frame of 1 MiB must not wait here for the next compaction.
      this.pieces[this.head] = emptyPiece;
      this.head += 1;
    }
    if (this.head > 1024 || this.head === this.pieces.length) {
      this.pieces = this.pieces.slice(this.head);
      this.head = 0;
    }
  }
}
