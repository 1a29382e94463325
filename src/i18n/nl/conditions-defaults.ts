import type { ConditionText } from '@/domain/conditions';
import type { DefaultConditionKey } from '@/domain/types';

/** The default conditions and what each colour means (domain.md), as seeded on first start. */
export const defaultConditions: Record<DefaultConditionKey, ConditionText> = {
  housing: {
    name: 'Wonen',
    description: 'Een plek om te wonen na vertrek.',
    criteria: {
      red: 'Geen plek in zicht, of een wachtlijst zonder datum.',
      amber: 'Plek gekozen; aanmelding, inschrijving of wachtlijst met verwachte datum.',
      green: 'Plek toegezegd, met een datum.',
    },
  },
  schoolWork: {
    name: 'Onderwijs / werk',
    description: 'Onderwijs, werk of dagbesteding na vertrek.',
    criteria: {
      red: 'Niets na vertrek, of gaat nu niet naar school of werk.',
      amber: 'Aangemeld of in gesprek, nog niet zeker.',
      green: 'Ingeschreven of geplaatst vanaf de vertrekdatum.',
    },
  },
  followUpCare: {
    name: 'Vervolghulp',
    description: 'De hulp die na vertrek nodig is.',
    criteria: {
      red: 'Benodigde hulp onbekend of niet beschikbaar.',
      amber: 'Aangevraagd; besluit of wachtlijst loopt.',
      green: 'Toegekend, startdatum afgesproken, warme overdracht gepland.',
    },
  },
  transition18: {
    name: '18+ overgang',
    description: 'Wat er geregeld is voor na de 18e verjaardag.',
    criteria: {
      red: '17 jaar of ouder en geen plan voor na 18.',
      amber: 'Plan in de maak; aanvragen Wmo / Wlz / Zvw / volwassen-ggz lopen.',
      green: 'Plan klaar en zorg na 18 geregeld, of verlengde jeugdhulp besloten.',
    },
  },
  finances: {
    name: 'Financiën',
    description: 'Inkomen en geldzaken bij 18 jaar.',
    criteria: {
      red: 'Geen inkomen of zorgverzekering geregeld, of schulden zonder plan.',
      amber: 'Aanvragen lopen (studiefinanciering, uitkering, toeslagen, bewindvoering).',
      green: 'Inkomen, verzekering en waar nodig bewindvoering geregeld.',
    },
  },
  network: {
    name: 'Netwerk',
    description: 'Familie en informele steun.',
    criteria: {
      red: 'Geen steunfiguur buiten de professionele hulp.',
      amber: 'Contacten worden opgebouwd (JIM-mentor, buddy, steungezin).',
      green: 'Vaste steunfiguur of -figuren en afspraken met netwerk of ouders.',
    },
  },
  independence: {
    name: 'Zelfstandigheid',
    description: 'Praktische vaardigheden voor de beoogde woonsituatie.',
    criteria: {
      red: 'Mist de basis voor de beoogde woonsituatie.',
      amber: 'Training loopt (trainingshuis, fasehuis).',
      green: 'Vaardig genoeg voor de beoogde woonsituatie.',
    },
  },
  treatment: {
    name: 'Behandeling afgerond',
    description: 'Hoe ver de behandeldoelen bereikt zijn.',
    criteria: {
      red: 'Behandeldoelen nog ver weg.',
      amber: 'Doelen deels bereikt, afronding gepland.',
      green: 'Doelen ver genoeg bereikt om te vertrekken.',
    },
  },
};
