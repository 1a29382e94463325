import type { DemoTexts } from '@/domain/demo/demo-texts';

/**
 * The words of the fictitious demo board: places, people and what is missing
 * for whom. All made up. Only the demo generator uses them (see `../demo.ts`).
 */
export const demo = {
  locations: [
    { name: 'De Linde', coordinators: ['Sanne W.', 'Joost V.'] },
    { name: 'Het Baken', coordinators: ['Mehmet K.', 'Lotte B.'] },
    { name: 'Gezinshuis De Vlier', coordinators: ['Fatima E.'] },
  ],
  municipalities: [
    { name: 'Zwolle', accessTeam: 'Wijkteam Zwolle', weight: 34 },
    { name: 'Deventer', accessTeam: 'Sociaal Team Deventer', weight: 25 },
    { name: 'Kampen', accessTeam: 'Gemeente Kampen toegang', weight: 15 },
    { name: 'Hardenberg', accessTeam: 'Team Jeugd Hardenberg', weight: 14 },
    { name: 'Raalte', accessTeam: 'Gemeente Raalte toegang', weight: 12 },
  ],
  guardianship: 'Jeugdbescherming Overijssel',
  // Repeated letters weight the draw towards common Dutch initials.
  initials: {
    first: 'AAABBCDDEEFGHHIJJJKKLLMMMNNOPRRSSSTTVWYZ',
    surname: 'BBBDDGHHJKKKLMMMPRSSSTVVWWZ',
    prefixes: ['v.', 'v.d.', 'd.', 'v.', 'v.d.', 't.'],
  },
  mentors: ['Ilse', 'Ruben', 'Noor', 'Daan', 'Esra', 'Kevin', 'Marieke', 'Yusuf', 'Anouk', 'Bram'],
  notes: [
    'Evaluatie 3 maanden voor einde plaatsing gepland',
    'Gezinsgesprekken eens per twee weken',
    'Schoolwissel na de zomer besproken',
    'Verlenging plaatsing aangevraagd bij gemeente',
    'Weekendverlof naar huis loopt goed',
  ],
  owners: { districtTeam: 'Wijkteam', parents: 'Ouders', youth: 'Jongere' },
  conditions: {
    housing: {
      red: [
        ['Geen woonplek in zicht na vertrek', 'Aanmelding begeleid wonen bij Wmo-loket'],
        [
          'Wachtlijst begeleid wonen zonder verwachte datum',
          'Urgentie aanvragen bij de woningcorporatie',
        ],
        [
          'Terug naar huis is niet haalbaar, geen alternatief',
          'Mogelijkheden gezinshuis verkennen met procesregie',
        ],
        ['Geen pleeggezin beschikbaar in de regio', 'Matching pleegzorg opnieuw aanvragen'],
      ],
      amber: [
        [
          'Aangemeld voor trainingshuis, plaatsing verwacht binnen 3 maanden',
          'Intakegesprek trainingshuis plannen',
        ],
        [
          'Op wachtlijst begeleid wonen, verwachte datum bekend',
          'Plaatsingsdatum navragen bij aanbieder',
        ],
        [
          'Terugkeer naar huis wordt voorbereid, weekendverlof loopt',
          'Weekendverlof evalueren met ouders',
        ],
        [
          'Ingeschreven als woningzoekende, nog geen woning',
          'Samen met jongere reageren op woningaanbod',
        ],
      ],
      green: [
        'Plek in trainingshuis toegezegd met startdatum',
        'Terugkeer naar huis afgesproken met datum',
        'Kamer begeleid wonen toegezegd',
      ],
    },
    schoolWork: {
      red: [
        ['Geen school of werk na vertrek', 'Aanmelding mbo-opleiding met begeleiding'],
        ['Gaat nu niet naar school (verzuim)', 'Overleg met leerplichtambtenaar en school'],
        ['Geen passende onderwijsplek in de woonplaats', 'Onderwijsconsulent inschakelen'],
      ],
      amber: [
        ['Aangemeld bij mbo, toelating nog niet zeker', 'Intakegesprek mbo voorbereiden'],
        ['In gesprek over stageplek of werk', 'Gesprek met jobcoach plannen'],
        [
          'Dagbesteding aangevraagd, start nog onbekend',
          'Indicatie dagbesteding navragen bij gemeente',
        ],
      ],
      green: ['Ingeschreven op school vanaf vertrekdatum', 'Leerwerkplek geregeld'],
    },
    followUpCare: {
      red: [
        [
          'Benodigde hulp na vertrek nog onduidelijk',
          'Hulpvraag na vertrek in kaart brengen met jongere en ouders',
        ],
        ['Geen aanbieder voor ambulante hulp beschikbaar', 'Andere aanbieder zoeken met wijkteam'],
        ['Wachtlijst ggz, geen startdatum', 'Overbruggingszorg afspreken'],
      ],
      amber: [
        [
          'Ambulante begeleiding aangevraagd, beschikking volgt',
          'Beschikking ambulante hulp navragen bij gemeente',
        ],
        ['Op wachtlijst FACT-team, datum verwacht', 'Warme overdracht voorbereiden'],
      ],
      green: [
        'Ambulante begeleiding toegekend, warme overdracht gepland',
        'Vervolghulp start op vertrekdatum',
      ],
    },
    transition18: {
      red: [
        ['Geen plan voor na 18 jaar', 'Toekomstplan 18+ opstellen met jongere'],
        ['Wmo-aanvraag begeleiding nog niet gedaan', 'Melding doen bij Wmo-loket'],
        [
          'Geen zicht op zorg na 18, verlengde jeugdhulp onduidelijk',
          'Verlengde jeugdhulp aanvragen bij gemeente',
        ],
      ],
      amber: [
        ['Toekomstplan 18+ in de maak', 'Toekomstplan bespreken in 18-min-overleg'],
        ['Wmo-aanvraag loopt, beschikking volgt', 'Keukentafelgesprek Wmo voorbereiden'],
        ['Aanvraag Wlz-indicatie bij CIZ loopt', 'Aanvullende informatie aanleveren bij CIZ'],
      ],
      green: [
        'Zorg na 18 geregeld via de Wmo',
        'Verlengde jeugdhulp toegekend',
        'Toekomstplan 18+ rond',
      ],
    },
    finances: {
      red: [
        ['Geen inkomen na 18 geregeld', 'Aanvraag uitkering of studiefinanciering voorbereiden'],
        ['Zorgverzekering per 18 jaar niet geregeld', 'Zorgverzekering en zorgtoeslag aanvragen'],
        ['Schulden zonder plan', 'Aanmelden bij schuldhulpverlening'],
      ],
      amber: [
        ['Aanvraag studiefinanciering loopt', 'DigiD aanvragen en aanvraag DUO afronden'],
        ['Bewindvoering aangevraagd bij de kantonrechter', 'Zitting bewindvoering voorbereiden'],
        ['Zorgtoeslag en huurtoeslag aangevraagd', 'Nagaan of toeslagen zijn toegekend'],
      ],
      green: ['Inkomen en zorgverzekering geregeld', 'Bewindvoering geregeld'],
    },
    network: {
      red: [
        ['Geen steunfiguur buiten de hulpverlening', 'Samen met jongere een JIM-mentor zoeken'],
        ['Contact met ouders verbroken', 'Netwerkberaad organiseren'],
      ],
      amber: [
        ['JIM-mentor in beeld, kennismaking gepland', 'Kennismaking met JIM-mentor plannen'],
        ['Contact met ouders wordt opgebouwd', 'Afspraken over bezoek met ouders vastleggen'],
        ['Buddy aangevraagd', 'Aanvraag buddy opvolgen'],
      ],
      green: ['Vaste steunfiguur en afspraken met ouders', 'JIM-mentor betrokken'],
    },
    independence: {
      red: [
        [
          'Mist basisvaardigheden voor zelfstandig wonen',
          'Trainingsplan zelfstandigheid opstellen',
        ],
        ['Kan nog niet zelf koken en boodschappen doen', 'Oefenen met koken en budget op de groep'],
      ],
      amber: [
        ['Training in trainingshuis loopt', 'Voortgang training evalueren'],
        ['Oefent met eigen budget, gaat wisselend', 'Budgetoefening evalueren met mentor'],
      ],
      green: ['Vaardig genoeg voor de beoogde woonvorm'],
    },
    treatment: {
      red: [
        ['Behandeldoelen nog ver weg', 'Behandelplan herzien met behandelaar'],
        ['Behandeling stagneert', 'Multidisciplinair overleg over behandeling'],
      ],
      amber: [
        ['Behandeldoelen deels bereikt, afronding gepland', 'Eindevaluatie behandeling plannen'],
        ['Behandeling loopt volgens plan', 'Tussenevaluatie behandelplan'],
      ],
      green: ['Behandeldoelen voldoende bereikt'],
    },
  },
  generic: {
    red: [
      ['Nog geen zicht op een oplossing', 'Bespreken in casusoverleg en actiehouder aanwijzen'],
    ],
    amber: [['In gang gezet, nog niet rond', 'Voortgang navragen en terugkoppelen']],
    green: ['Geregeld'],
  },
  notApplicable: ['Niet aan de orde voor deze jongere', 'Nog niet aan de orde gezien leeftijd'],
} satisfies DemoTexts;
