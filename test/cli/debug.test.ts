// --debug: how a posting was read (its blocks, their roles and the evidence), in JSON and in the stylish report.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, jobaudit } from './run.js';

beforeAll(assertBuilt);

const POSTING = [
  'Commis de cuisine',
  '',
  'Fondée en 1952, la Boulangerie du Quartier est un chef de file de la boulangerie.',
  '',
  'Nous recherchons une personne qui :',
  '- a 5 ans d’expérience',
  '',
  'Pour postuler',
  'Faites parvenir votre CV à emplois@exemple.ca',
  '',
].join('\n');

describe('jobaudit check --debug', () => {
  it('adds each posting’s blocks to the JSON, with role, evidence and span', () => {
    const r = jobaudit(['check', '--debug', '-f', 'json', '--date', '2026-06-01', '-'], { input: POSTING });
    const result = JSON.parse(r.stdout).results[0];
    expect(result.blocks.map((b: { role: string }) => b.role)).toEqual(['title', 'about', 'requirements', 'apply']);
    expect(result.blocks[2]).toMatchObject({
      evidence: { source: 'heading', line: 5, phrase: 'recherchons une personne' },
      span: { start: { line: 5, column: 1 } },
    });
    expect(result.blocks[1].evidence).toEqual({ source: 'cue', line: 3, phrase: 'Fondée en 1952' });
  });

  it('leaves the JSON as it was without --debug', () => {
    const r = jobaudit(['check', '-f', 'json', '--date', '2026-06-01', '-'], { input: POSTING });
    expect(JSON.parse(r.stdout).results[0]).not.toHaveProperty('blocks');
  });

  it('lists the blocks under the file name in the stylish report', () => {
    const r = jobaudit(['check', '--debug', '--no-color', '--date', '2026-06-01', '-'], { input: POSTING });
    const lines = r.stdout.split('\n');
    expect(lines).toContain('  3  about         cue “Fondée en 1952”');
    expect(lines).toContain('  8  apply         heading “Pour postuler”');
  });
});
