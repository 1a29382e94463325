import type { BackupErrorDetail, BackupTable } from '@/domain/backup-types';

// Where in a file (a backup or a share file) a refused record is, in words:
// one way of naming table, record and field for every refusal.

export const tableLabels: Record<BackupTable, string> = {
  youths: 'Jongeren',
  conditions: 'Randvoorwaarden',
  assessments: 'Stoplichten (geschiedenis)',
  settings: 'Instellingen',
  meetings: 'Overleggen',
  reviewRequests: 'Verzoeken om herbeoordeling',
  outflowChecks: 'Controles na uitstroom',
  reportNotes: 'Toelichtingen bij maandrapporten',
  escalations: 'Escalaties',
  escalationUpdates: 'Antwoorden op escalaties',
};

const recordLabels: Record<BackupTable, string> = {
  youths: 'jongere',
  conditions: 'randvoorwaarde',
  assessments: 'stoplicht',
  settings: 'instelling',
  meetings: 'overleg',
  reviewRequests: 'verzoek om herbeoordeling',
  outflowChecks: 'controle na uitstroom',
  reportNotes: 'toelichting bij maandrapport',
  escalations: 'escalatie',
  escalationUpdates: 'antwoord op escalatie',
};

/** Where in a file (backup or share file) a record is: table, record and field, in words. */
export function where(detail: BackupErrorDetail): string {
  const parts: string[] = [];
  if (detail.table) {
    parts.push(
      detail.index === undefined
        ? `tabel ‘${tableLabels[detail.table]}’`
        : `${recordLabels[detail.table]} nr. ${detail.index + 1} in ‘${tableLabels[detail.table]}’${detail.id ? ` (id ${detail.id})` : ''}`,
    );
  }
  if (detail.field) parts.push(`veld ‘${detail.field}’`);
  return parts.join(', ');
}

/**
 * What is wrong with the field `where` names: the same words for a refused
 * backup and a refused share file.
 */
export function problemOf(detail: BackupErrorDetail & { duplicate?: boolean }): string {
  if (detail.duplicate) return 'komt twee keer voor';
  if (detail.reference) return 'is ongeldig: het verwijst naar iets dat niet in het bestand staat';
  if (detail.unknown) return 'is onbekend: zo’n veld schrijft het Uitstroombord nooit';
  if (detail.missing) return 'ontbreekt';
  return 'is ongeldig';
}
