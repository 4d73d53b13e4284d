import { argon2id } from 'hash-wasm';
import type { Argon2Params } from '@shared/crypto/crypto-port';

/** Argon2id with hash-wasm, 32-byte output; runs wherever WebAssembly does (page, worker, Node). */
export async function deriveArgon2id(passphrase: string, salt: Uint8Array, params: Argon2Params): Promise<Uint8Array<ArrayBuffer>> {
  const output = await argon2id({
    password: passphrase,
    salt,
    parallelism: params.parallelism,
    iterations: params.iterations,
    memorySize: params.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
  return new Uint8Array(output);
}
