import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AssessmentId, ConditionId, YouthId } from '@/domain/ids';
import type { Assessment, Condition } from '@/domain/types';
import { LightEditor } from './light-editor';

// ui may not import the test factories (layer rule): plain records.
const at = '2026-11-01T10:00:00.000Z';
const meta = { createdAt: at, updatedAt: at, updatedBy: 'Test' };
const condition: Condition = {
  id: 'c1' as ConditionId,
  name: 'Wonen',
  description: '',
  criteria: { red: 'rood', amber: 'oranje', green: 'groen' },
  order: 1,
  retired: false,
  ...meta,
};
const current: Assessment = {
  id: 'a0' as AssessmentId,
  youthId: 'y' as YouthId,
  conditionId: condition.id,
  colour: 'red',
  reason: 'Geen woonplek na vertrek',
  action: 'Aanmelden begeleid wonen',
  actionOwner: 'Mentor',
  discussedWithYouth: 'agreed',
  assessedAt: at,
  assessedBy: 'Test',
  ...meta,
};

function renderEditor(light = current) {
  const onSave = vi.fn();
  render(
    <LightEditor
      open
      youthLabel="A.B."
      condition={condition}
      current={light}
      onSave={onSave}
      onClose={() => undefined}
    />,
  );
  return onSave;
}

describe('light editor', () => {
  it('starts from the current words for the same colour, and leaves them behind for another', async () => {
    const user = userEvent.setup();
    const onSave = renderEditor();
    const reason = screen.getByLabelText('Wat ontbreekt er?');
    expect(reason).toHaveValue('Geen woonplek na vertrek');
    expect(screen.getByRole('radio', { name: 'Besproken, jongere is het eens' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: /^oranje/i }));
    expect(reason).toHaveValue('');
    expect(screen.getByRole('radio', { name: 'Niet besproken met de jongere' })).toBeChecked();
    // What red said stays in sight, as a hint, not as the new light's words.
    expect(screen.getByText(/Bij rood stond: „Geen woonplek na vertrek”/)).toBeInTheDocument();
    expect(screen.getByLabelText('Actie')).toHaveValue('Aanmelden begeleid wonen');

    // Back to red: the red words return, untouched.
    await user.click(screen.getByRole('radio', { name: /^rood/i }));
    expect(reason).toHaveValue('Geen woonplek na vertrek');

    // Once the person writes, switching colour keeps what they wrote.
    await user.click(screen.getByRole('radio', { name: /^oranje/i }));
    await user.type(reason, 'Aangemeld, wachtlijst tot maart');
    await user.click(screen.getByRole('radio', { name: /^groen/i }));
    await user.click(screen.getByRole('radio', { name: /^oranje/i }));
    expect(reason).toHaveValue('Aangemeld, wachtlijst tot maart');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ colour: 'amber', reason: 'Aangemeld, wachtlijst tot maart' }),
    );
  });

  it('refuses a reason longer than a backup may hold, and saves nothing', async () => {
    const onSave = renderEditor();
    const reason = screen.getByLabelText('Wat ontbreekt er?');
    // Pasted, not typed: 5,001 characters.
    const user = userEvent.setup();
    await user.clear(reason);
    await user.click(reason);
    await user.paste('x'.repeat(5001));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Dit is te lang.')).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it("chooses the owner's role from a list, keeps it across colours, and saves it", async () => {
    const user = userEvent.setup();
    const onSave = renderEditor({ ...current, actionOwnerRole: 'mentor' });
    const role = screen.getByRole('combobox', { name: 'Rol' });
    expect(role).toHaveValue('mentor');
    await user.click(screen.getByRole('radio', { name: /^oranje/i }));
    expect(role).toHaveValue('mentor');
    await user.selectOptions(role, 'wijkteam');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ actionOwner: 'Mentor', actionOwnerRole: 'districtTeam' }),
    );
  });

  it('saves no role when none is chosen', async () => {
    const user = userEvent.setup();
    const onSave = renderEditor();
    expect(screen.getByRole('combobox', { name: 'Rol' })).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(onSave.mock.calls[0]![0]).not.toHaveProperty('actionOwnerRole');
  });

  it('says when the action was carried over from an earlier light', () => {
    renderEditor({ ...current, colour: 'amber', reason: '', actionFrom: 'a1' as AssessmentId });
    expect(screen.getByText(/Deze actie staat open uit een vorig licht/)).toBeInTheDocument();
  });
});
