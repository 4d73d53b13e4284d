import forge from 'node-forge';

// forge's ASN.1 works on "binary strings" (one char per byte); the rest of
// the app on Uint8Array. These convert, in chunks so large values do not
// overflow the argument list of String.fromCharCode.

/** Bytes as a forge binary string. */
export function toBinary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/** A forge binary string as bytes. */
export function fromBinary(binary: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The DER encoding of a forge ASN.1 node. */
export function encodeDer(node: forge.asn1.Asn1): Uint8Array<ArrayBuffer> {
  return fromBinary(forge.asn1.toDer(node).getBytes());
}

/** Parses DER bytes into a forge ASN.1 node (throws on malformed input). */
export function decodeDerOrThrow(bytes: Uint8Array): forge.asn1.Asn1 {
  return forge.asn1.fromDer(forge.util.createBuffer(toBinary(bytes)));
}

/** An object identifier forge knows by name (a missing one is a programming error). */
export function forgeOidOrThrow(name: string): string {
  const oid = forge.pki.oids[name];
  if (oid === undefined) throw new Error(`forge knows no OID named ${name}`);
  return oid;
}
