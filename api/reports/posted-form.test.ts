import { describe, expect, it } from 'vitest';
import { fieldsOfPosted, reportOfPosted, searchParamsOf } from './posted-form.ts';

describe('the posted form, as the form validator hands it over', () => {
  it('puts a repeated field back as its values in turn', () => {
    expect([...searchParamsOf({ a: ['1', '3'], b: '2' })]).toEqual([
      ['a', '1'],
      ['a', '3'],
      ['b', '2'],
    ]);
  });

  it('nests the dotted report fields into the JSON shape of the contract', () => {
    const report = reportOfPosted({ locale: 'ur', 'child.ageBand': '10-13', 'location.district': 'lahore', immediateDanger: 'false' });
    expect(report).toEqual({ locale: 'ur', child: { ageBand: '10-13' }, location: { district: 'lahore' }, immediateDanger: false });
  });

  it('keeps one value per flat field, the last posted (a receipt typed twice is not an array)', () => {
    expect(fieldsOfPosted({ receipt: ['1111', '2222'], locale: 'en' })).toEqual({ receipt: '2222', locale: 'en' });
  });
});
