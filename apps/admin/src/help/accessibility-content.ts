import type { LanguageCode } from '../i18n/i18n';

export interface AccessibilityStatement {
  title: string;
  intro: string;
  status: { title: string; text: string };
  gaps: { title: string; items: string[] };
  method: { title: string; text: string };
  feedback: { title: string; text: string; email: string };
  enforcement: { title: string; text: string; linkText: string; href: string };
}

/** When the statement was made and last reviewed; a change to what is known not to conform changes it. */
export const STATEMENT_DATE = '2026-12-06';

/**
 * The accessibility statement (tilgængelighedserklæring) the law on public bodies' websites asks for, for the admin and
 * the public benchmark: how far they conform to WCAG 2.1 AA, what is known not to, how it was checked, and whom to tell.
 */
export const ACCESSIBILITY: Record<LanguageCode, AccessibilityStatement> = {
  da: {
    title: 'Tilgængelighedserklæring',
    intro:
      'Raadgiver skal kunne bruges af alle. Erklæringen gælder kommunernes administration af borgerrådgivningen i Raadgiver og den offentlige sammenligning af kommunerne.',
    status: { title: 'Overholdelse', text: 'Raadgiver overholder delvist standarden WCAG 2.1 på niveau AA. Det, der ikke overholdes, står herunder.' },
    gaps: {
      title: 'Det, der endnu ikke er tilgængeligt',
      items: [
        'Beretningernes og opfølgningsnotaternes PDF-filer er endnu ikke fuldt mærket (PDF/UA). Samme tal findes i Excel-filen og på siden.',
        'Diagrammerne i beretninger og sammenligning er billeder for skærmlæsere; tallene bag dem står i tabellen under hvert diagram.',
        'Bilag, som brugerne selv lægger op, kontrolleres ikke for tilgængelighed.',
      ],
    },
    method: {
      title: 'Sådan er det undersøgt',
      text: 'Hver side for hver rolle kontrolleres automatisk med axe efter WCAG 2.1 A og AA ved 1366 og 320 pixels bredde og ved 200 % zoom, og de vigtigste opgaver gennemgås med tastaturet alene, hver gang koden ændres.',
    },
    feedback: {
      title: 'Fandt du noget, der ikke virker?',
      text: 'Skriv til os, så svarer vi inden for 14 dage og retter fejlen eller giver dig indholdet på en anden måde.',
      email: 'tilgaengelighed@raadgiver.dk',
    },
    enforcement: {
      title: 'Klage',
      text: 'Er du ikke tilfreds med svaret, kan du klage til Digitaliseringsstyrelsen, som fører tilsyn med offentlige organers tilgængelighed.',
      linkText: 'Klag til Digitaliseringsstyrelsen',
      href: 'https://www.was.digst.dk',
    },
  },
  en: {
    title: 'Accessibility statement',
    intro: "Raadgiver should be usable by everyone. This statement covers the municipalities' administration of their citizen advice in Raadgiver and the public comparison of municipalities.",
    status: { title: 'Compliance', text: 'Raadgiver partially conforms to WCAG 2.1 level AA. What does not conform is listed below.' },
    gaps: {
      title: 'What is not accessible yet',
      items: [
        "The reports' and follow-up notes' PDF files are not yet fully tagged (PDF/UA). The same figures are in the Excel file and on the page.",
        'The charts in reports and the benchmark are images to screen readers; the figures behind them are in the table below each chart.',
        'Attachments uploaded by users are not checked for accessibility.',
      ],
    },
    method: {
      title: 'How it was checked',
      text: "Every page of every role is checked automatically with axe against WCAG 2.1 A and AA at 1366 and 320 pixels wide and at 200 % zoom, and the main tasks are walked with the keyboard alone, whenever the code changes.",
    },
    feedback: {
      title: 'Found something that does not work?',
      text: 'Write to us: we answer within 14 days and fix it or give you the content another way.',
      email: 'tilgaengelighed@raadgiver.dk',
    },
    enforcement: {
      title: 'Complaints',
      text: 'If you are not satisfied with the answer, you can complain to the Danish Agency for Digital Government, which supervises public bodies’ accessibility.',
      linkText: 'Complain to the Agency for Digital Government',
      href: 'https://www.was.digst.dk',
    },
  },
};
