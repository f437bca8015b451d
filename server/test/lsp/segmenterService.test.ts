// The dictionary loads once, after it is asked for, and a missing native module is said once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { EventEmitter } from 'node:events';
import { fallbackSegmenter, type Segmenter } from '../../src/engine';
import { SegmenterService, type SegmenterState } from '../../src/lsp/segmenterService';

function service(loader: () => Segmenter) {
  const events = new EventEmitter();
  const logs: string[] = [];
  const states: SegmenterState[] = [];
  const s = new SegmenterService(
    () => events.emit('ready'),
    (m) => logs.push(m),
    (state) => {
      states.push(state);
      events.emit('state', state);
    },
    loader,
  );
  return { s, events, logs, states };
}

test('request returns at once; the dictionary loads on a later turn and reviews are redone', async () => {
  let calls = 0;
  const fake: Segmenter = { kind: 'jieba', cut: (t) => [t] };
  const { s, events, states } = service(() => (calls++, fake));
  s.request();
  assert.equal(s.current, fallbackSegmenter, 'still the fallback right after the request');
  assert.equal(calls, 0);
  await once(events, 'ready');
  s.request();
  assert.equal(calls, 1, 'loaded once');
  assert.equal(s.current, fake);
  assert.deepEqual(states, ['loading', 'ready']);
});

test('a native module that cannot load is reported once and the fallback stays', async () => {
  const { s, events, logs, states } = service(() => {
    throw new Error('jieba.node: cannot open shared object file');
  });
  const failed = new Promise<void>((resolve) => events.on('state', (st) => st === 'failed' && resolve()));
  s.request();
  await failed;
  s.request();
  assert.equal(s.status, 'failed');
  assert.equal(s.current, fallbackSegmenter);
  assert.equal(logs.length, 1);
  assert.match(logs[0], /character-based fallback/);
  assert.deepEqual(states, ['loading', 'failed']);
});
