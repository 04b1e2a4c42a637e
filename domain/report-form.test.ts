import { describe, expect, it } from 'vitest';
import { checkStep, fieldOfError, REPORT_STEPS, reportFromForm, reportInputNames, stepOfField } from './report-form.ts';
import { RISK_IDS } from './risks.ts';

describe('reportFromForm', () => {
  it('nests dotted names, reads the danger answer as a boolean and leaves blank optional answers out', () => {
    const out = reportFromForm([
      ['reporter', 'teacher'],
      ['immediateDanger', 'false'],
      ['child.ageBand', '5-9'],
      ['location.province', 'punjab'],
      ['location.details', ''],
      ['risks.selfHarm', 'yes'],
      ['risks.withoutCare', ''],
      ['contact', ''],
      ['captchaToken', ''],
    ]);
    expect(out).toEqual({
      reporter: 'teacher',
      immediateDanger: false,
      child: { ageBand: '5-9' },
      location: { province: 'punjab' },
      risks: { selfHarm: 'yes' },
    });
  });

  it('keeps what it does not know for validation to name, and survives a stray scalar before its group', () => {
    expect(
      reportFromForm([
        ['immediateDanger', 'maybe'],
        ['a.b.c', 'x'],
        ['location', 'x'],
        ['location.district', 'swat'],
      ]),
    ).toEqual({
      immediateDanger: 'maybe',
      'a.b.c': 'x',
      location: { district: 'swat' },
    });
  });
});

describe('checkStep', () => {
  it('asks for required answers and counts text in code points after trimming', () => {
    expect(checkStep('who', {})).toEqual([{ field: 'reporter', problem: 'required' }]);
    expect(checkStep('where', { 'location.province': 'punjab' })).toEqual([{ field: 'location.district', problem: 'required' }]);
    expect(checkStep('text', { description: '   ' })).toEqual([{ field: 'description', problem: 'required' }]);
    expect(checkStep('text', { description: 'ابو مارتے' })).toEqual([{ field: 'description', problem: 'tooShort', limit: 10 }]);
    expect(checkStep('text', { description: 'ا'.repeat(5001) })).toEqual([{ field: 'description', problem: 'tooLong', limit: 5000 }]);
    expect(checkStep('risks', {})).toEqual([]);
    expect(checkStep('contact', {})).toEqual([]);
  });
});

describe('errors and steps', () => {
  it('finds the step of any field the API names, a left-out group at its first question', () => {
    expect(fieldOfError('child')).toBe('child.ageBand');
    expect(fieldOfError('location')).toBe('location.province');
    expect(stepOfField('risks.selfHarm')).toBe('risks');
    expect(stepOfField('child')).toBe('child');
    expect(stepOfField('captchaToken')).toBe('review');
    expect(REPORT_STEPS.at(-1)).toBe('review');
  });

  it('lists one input per risk question', () => {
    expect(reportInputNames().filter((n) => n.startsWith('risks.'))).toEqual(RISK_IDS.map((id) => `risks.${id}`));
  });
});
