import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hmoChecklist } from './hmo-checklist.js';

describe('examples/typescript: HMO inspection checklist', () => {
  const checklist = hmoChecklist();

  it('lists the signs a housing officer may see in a home, each with its sources', () => {
    const items = checklist.split('\n').filter((line) => line.startsWith('[ ] '));
    assert.ok(items.length >= 10, `only ${items.length} signs`);
    assert.match(checklist, /Locks on the outside/);
    assert.equal(checklist.split('\n').filter((line) => line.trim().startsWith('Sources: ')).length, items.length);
  });

  it('says that signs are not proof, and puts 999 first among contacts', () => {
    assert.match(checklist, /not proof/);
    const contacts = checklist.slice(checklist.indexOf('## Who to contact'));
    assert.match(contacts.split('\n').find((line) => line.startsWith('- ')) ?? '', /999/);
    assert.match(contacts, /Cambridgeshire Constabulary/);
  });
});
