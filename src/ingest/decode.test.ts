import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeBytes } from "./decode.js";
import { firstInvalidUtf8 } from "./utf8.js";

const utf8 = (s: string) => Buffer.from(s, "utf8");
const utf16be = (s: string) => Buffer.from(Buffer.from(s, "utf16le").swap16());

const decoded: [string, Uint8Array, string, Parameters<typeof decodeBytes>[2]?][] = [
  ["plain UTF-8 passes through", utf8("Wang Yi met Blinken."), "Wang Yi met Blinken."],
  [
    "multi-byte UTF-8 is kept",
    utf8("Liu said “Track 1.5 diplomacy” matters"),
    "Liu said “Track 1.5 diplomacy” matters",
  ],
  ["a UTF-8 BOM is stripped", utf8("\uFEFFBEIJING, Jan 2"), "BEIJING, Jan 2"],
  ["CRLF becomes LF", utf8("Title\r\nUpdated 18:03, 01-Oct-2021\r\n"), "Title\nUpdated 18:03, 01-Oct-2021\n"],
  ["a lone CR becomes LF", utf8("line one\rline two"), "line one\nline two"],
  ["UTF-16 LE with BOM is decoded", Buffer.from("\uFEFFQin Gang: “exploring”", "utf16le"), "Qin Gang: “exploring”"],
  ["UTF-16 BE with BOM is decoded", utf16be("\uFEFFXi met Biden"), "Xi met Biden"],
  ["forced latin1 decodes é", Buffer.from("rencontré", "latin1"), "rencontré", { encoding: "latin1" }],
  [
    "forced windows-1252 decodes curly quotes",
    Buffer.from([0x93, 0x68, 0x69, 0x94]),
    "“hi”",
    { encoding: "windows-1252" },
  ],
  [
    "a declared charset is used when the bytes are not UTF-8",
    Buffer.from('<meta charset="windows-1252"><p>Pékin</p>', "latin1"),
    '<meta charset="windows-1252"><p>Pékin</p>',
  ],
];

for (const [name, bytes, expected, options] of decoded) {
  test(`decodeBytes: ${name}`, () => {
    assert.equal(decodeBytes(bytes, "a.txt", options), expected);
  });
}

const latin1 = Buffer.from("The minister rencontré Blinken.", "latin1");
const rejected: [string, Uint8Array, string, RegExp][] = [
  ["0 bytes is empty", new Uint8Array(0), "empty", /0 bytes/],
  ["only whitespace is empty", utf8(" \n\t\r\n "), "empty", /whitespace/],
  ["a BOM and nothing else is empty", utf8("\uFEFF\n"), "empty", /whitespace/],
  ["a NUL byte is binary", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x14]), "binary", /NUL byte at offset 4/],
  ["many control bytes are binary", Buffer.from([1, 2, 3, 65, 66, 5, 6, 7, 8, 14]), "binary", /control bytes/],
  [
    "latin1 é is not UTF-8: the byte and offset are named",
    latin1,
    "encoding",
    new RegExp(`byte 0xE9 at offset ${latin1.indexOf(0xe9)}\\) and no byte-order mark; .*--encoding latin1`),
  ],
];

for (const [name, bytes, code, reason] of rejected) {
  test(`decodeBytes: ${name}`, () => {
    const result = decodeBytes(bytes, "a.txt");
    assert.equal(typeof result, "object");
    if (typeof result === "string") return;
    assert.equal(result.origin, "a.txt");
    assert.equal(result.code, code);
    assert.match(result.reason, reason);
    assert.doesNotMatch(result.reason, /\n/);
  });
}

const invalid: [string, number[], number][] = [
  ["ASCII is valid", [0x41, 0x42], -1],
  ["2-, 3- and 4-byte sequences are valid", [...utf8("é“𝄞")], -1],
  ["a latin1 byte is invalid where it stands", [0x41, 0xe9, 0x41], 1],
  ["an overlong form is invalid", [0xc0, 0xaf], 0],
  ["a surrogate is invalid", [0x41, 0xed, 0xa0, 0x80], 1],
  ["a truncated sequence is invalid", [0x41, 0x42, 0xe2, 0x80], 2],
  ["a stray continuation byte is invalid", [0x80], 0],
];

for (const [name, bytes, expected] of invalid) {
  test(`firstInvalidUtf8: ${name}`, () => {
    assert.equal(firstInvalidUtf8(Uint8Array.from(bytes)), expected);
  });
}
