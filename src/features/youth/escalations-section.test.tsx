import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listConditions } from '@/db/condition-repository';
import type { UitstroombordDatabase } from '@/db/database';
import { recordEscalation } from '@/db/escalation-repository';
import { addYouth } from '@/db/youth-repository';
import { toIsoDate } from '@/domain/dates';
import type { Condition, Youth } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { te } from '@/i18n/escalations';
import { freshDatabase } from '@/testing/test-database';
import { CapabilityProvider } from '@/ui/capability';
import { Toaster } from '@/ui/toaster';
import { EscalationsSection } from './escalations-section';
import { daysAgo, yearsAgo, youthFields } from './test-fixtures';

const e = te;
let database: UitstroombordDatabase;
let youth: Youth;
let conditions: Condition[];
const today = toIsoDate(new Date());

beforeEach(async () => {
  database = await freshDatabase();
  youth = await addYouth(youthFields({ birthDate: yearsAgo(16), placementStart: daysAgo(400) }));
  conditions = await listConditions();
});
afterEach(() => {
  cleanup();
  database.close();
});

function renderSection(write = true) {
  render(
    <CapabilityProvider
      value={write ? { write: true } : { write: false, readOnlyBecause: 'review' }}
    >
      <EscalationsSection youth={youth} conditions={conditions} today={today} />
      <Toaster />
    </CapabilityProvider>,
  );
}

describe('Escalaties on the youth page', () => {
  it('refuses a due date before the day it is asked, in Dutch, and saves nothing', async () => {
    const user = userEvent.setup();
    renderSection();
    await user.click(await screen.findByRole('button', { name: e.record }));
    const dialog = screen.getByRole('dialog', { name: e.dialogTitle(youth.initials) });
    await user.type(within(dialog).getByLabelText(e.fields.question, { exact: false }), 'Plek');
    await user.type(within(dialog).getByLabelText(e.fields.askedOf, { exact: false }), 'toegang');
    const due = within(dialog).getByLabelText(e.fields.answerDueOn, { exact: false });
    await user.clear(due);
    await user.type(due, daysAgo(3));
    await user.click(within(dialog).getByRole('button', { name: t.actions.save }));
    expect(await within(dialog).findByText(e.errors.dueBeforeRaised)).toBeInTheDocument();
    expect(due).toHaveFocus();
    expect(await database.escalations.count()).toBe(0);
  });

  it('read-only: shows the history but draws no control that writes', async () => {
    await recordEscalation(youth.id, {
      question: 'Besluit verlengde jeugdhulp',
      askedOf: 'contractmanager',
      raisedOn: today,
      answerDueOn: today,
      conditionId: conditions[0]!.id,
    });
    renderSection(false);
    expect(await screen.findByText('Besluit verlengde jeugdhulp')).toBeInTheDocument();
    expect(screen.getByText(e.status.open)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
