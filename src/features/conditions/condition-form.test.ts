import { describe, expect, it } from 'vitest';
import { checkConditionForm } from './condition-form';

const values = {
  name: 'Vrije tijd',
  description: '',
  red: 'Geen vrijetijdsbesteding',
  amber: 'Zoekt een club',
  green: 'Vaste club of hobby',
  appliesFromAge: '',
};

describe('checkConditionForm', () => {
  it('holds criteria and description to the limits a backup holds them to', () => {
    const long = 'x'.repeat(5001);
    const result = checkConditionForm({ ...values, amber: long, description: long }, []);
    expect(result.fields).toBeUndefined();
    expect(result.errors).toEqual({ amber: 'Dit is te lang.', description: 'Dit is te lang.' });
    expect(checkConditionForm(values, []).fields).toBeDefined();
  });
});
