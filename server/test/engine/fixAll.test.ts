// Fix-all reviews the text again after every pass, and a review registers its text in the
// workspace; the document is not changed until the caller applies the edit, so the workspace must
// still hold the original text afterwards (it once kept a closed file's fixed text, which was on
// no disk, and the next workspace fix found nothing to do).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, Workspace } from '../../src/engine';
import { seed } from '../helpers';

test('fixAll leaves the workspace holding the text it was given', () => {
  const { text } = seed('003');
  const workspace = new Workspace();
  const uri = 'file:///003.txt';
  workspace.set(uri, text);
  const result = fixAll(text, { uri, workspace });
  assert.notEqual(result.text, text, 'the seed has fixes to apply');
  assert.equal(workspace.text(uri), text);
  // And a second run finds the same fixes again.
  assert.equal(fixAll(text, { uri, workspace }).text, result.text);
});
