import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes, inspectText } from '../../src/engine';

const SAMPLE = '本报讯(渝西都市报记者 钟梅)12月19日,记者从永川区人力社保局获悉。';

// Node decodes GB18030 but cannot encode it; iconv-lite can.
const gb18030 = (text: string): Uint8Array => iconv.encode(text, 'gb18030');

test('UTF-8 with and without BOM', () => {
  assert.deepEqual(decodeBytes(Buffer.from(SAMPLE)), { text: SAMPLE, encoding: 'utf-8', binary: false });
  const bom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]));
  assert.equal(bom.text, SAMPLE);
  assert.equal(bom.encoding, 'utf-8-bom');
});

test('UTF-16 with BOM, and little-endian ASCII-heavy UTF-16 without one', () => {
  const le = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]));
  assert.equal(le.text, SAMPLE);
  assert.equal(le.encoding, 'utf-16le');
  const ascii = 'Page 1 of the paper, 2022-12-19, edition A';
  const guessed = decodeBytes(Buffer.from(ascii, 'utf16le'));
  assert.equal(guessed.encoding, 'utf-16le');
  assert.equal(guessed.text, ascii);
});

test('GB18030 bytes that are not UTF-8 are decoded as GB18030', () => {
  const d = decodeBytes(gb18030(SAMPLE));
  assert.equal(d.encoding, 'gb18030');
  assert.equal(d.text, SAMPLE);
});

test('--encoding forces the decoder', () => {
  assert.equal(decodeBytes(gb18030('你好'), 'gb18030').text, '你好');
});

test('binary bytes are flagged, not decoded into articles', () => {
  const d = decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
  assert.equal(d.binary, true);
});

test('inspectText names replacement characters, mojibake and binary; clean text passes', () => {
  assert.equal(inspectText(SAMPLE), undefined);
  assert.equal(inspectText(''), undefined);
  assert.equal(inspectText('本报讯\ufffd\ufffd记者')?.kind, 'replacement');
  const mojibake = Buffer.from(SAMPLE.repeat(3)).toString('latin1');
  assert.equal(inspectText(mojibake)?.kind, 'mojibake');
  const gbAsLatin1 = Buffer.from(gb18030('你好报讯'.repeat(10))).toString('latin1');
  assert.equal(inspectText(gbAsLatin1)?.kind, 'mojibake');
  assert.equal(inspectText('PNG\u0000\u0001\u0002')?.kind, 'binary');
  // Latin text with a few accented names is not mojibake.
  assert.equal(inspectText('Café René visited Chongqing in 2022 with Zoë and André.'), undefined);
});

test('undecodable characters stop the review from one in twenty characters on, an astral Han character counting once', () => {
  const bad = '\ufffd'.repeat(5);
  // 5 of 100 characters: stops. 5 of 101: does not. `𠮷` is two code units and one character.
  assert.equal(inspectText('𠮷'.repeat(95) + bad)?.stopsReview, true);
  assert.equal(inspectText('𠮷'.repeat(96) + bad)?.stopsReview, false);
  assert.equal(inspectText('中'.repeat(95) + bad)?.stopsReview, true);
  assert.equal(inspectText('中'.repeat(96) + bad)?.stopsReview, false);
});
