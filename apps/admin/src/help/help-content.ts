import type { LanguageCode } from '../i18n/i18n';

/** Who a part of the help is for: a tenant role, or the platform's operator. */
export type HelpAudience = 'advisor' | 'tenant_admin' | 'department_contact' | 'council_viewer' | 'operator';

export interface HelpText {
  title: string;
  intro: string;
  roles: Record<HelpAudience, { title: string; pages: { name: string; text: string }[] }>;
  counting: { title: string; items: string[] };
  shortcuts: { title: string; items: { keys: string; text: string }[] };
  otherRoles: string;
}

/** The help page's text per language: what each role's pages are for, how the figures are counted, the shortcuts. */
export const HELP: Record<LanguageCode, HelpText> = {
  da: {
    title: 'Hjælp',
    intro: 'Her står kort, hvad hver side er til, hvordan tallene tælles, og hvilke tastaturgenveje der findes. Dine egne roller står først.',
    roles: {
      advisor: {
        title: 'Rådgiver',
        pages: [
          { name: 'Henvendelser', text: 'Registrér hver henvendelse fra en borger: hvornår den kom, hvordan, hvilken type og hvilken enhed den handler om. Listen kan filtreres og hentes som regneark.' },
          { name: 'Import', text: 'Indlæs henvendelser fra et regneark (CSV eller XLSX). En fil med fejl afvises helt, og fejlene vises række for række.' },
          { name: 'Beretninger', text: 'Lav årsberetningen ud fra registreringerne, skriv anbefalinger og tekster, og udgiv den som PDF, Word og Excel.' },
          { name: 'Sammenligning', text: 'Se kommunens tal ved siden af landets median og kvartiler.' },
        ],
      },
      tenant_admin: {
        title: 'Administrator',
        pages: [
          { name: 'Organisation', text: 'Kommunens enheder: opret, omdøb, flyt, sammenlæg og luk dem. Historikken bevares, så gamle beretninger passer.' },
          { name: 'Klagetyper og Udfald', text: 'De valg, rådgiverne registrerer med, og hvordan de svarer til den landsdækkende opdeling.' },
          { name: 'Brugere', text: 'Invitér brugere, giv og fjern roller, og luk adgang.' },
          { name: 'Svarfrister', text: 'Fristerne for første kontakt og afslutning, som henvendelser markeres overskredne efter.' },
          { name: 'Log', text: 'Hvem har set og ændret hvad. Loggen kan filtreres og hentes.' },
          { name: 'Sagsmængder', text: 'Antal afgjorte sager pr. enhed og år, så henvendelser kan ses pr. 1.000 afgjorte sager.' },
        ],
      },
      department_contact: {
        title: 'Forvaltningskontakt',
        pages: [
          { name: 'Læringsvæg', text: 'Klager om dine enheder, uden borgerens oplysninger, og hvad forvaltningen har lært af dem.' },
          { name: 'Anbefalinger', text: 'Beretningens anbefalinger til dine enheder: skriv, hvad der er gjort.' },
        ],
      },
      council_viewer: {
        title: 'Byrådsmedlem og læser',
        pages: [
          { name: 'Beretninger', text: 'De udgivne beretninger og opfølgningsnotater, nyeste først, med tal og dokumenter til download.' },
          { name: 'Sammenligning', text: 'Kommunens tal ved siden af landets.' },
        ],
      },
      operator: {
        title: 'Driftsansvarlig',
        pages: [
          {
            name: 'Kommuner',
            text: 'Hver kommune på platformen med dens brug: aktive brugere, henvendelser registreret i år og seneste aktivitet (login eller registrering). Du ser aldrig sagsindhold. Opret en kommune fra listen over de 98 kommuner, vælg dens sammenligningsgruppe, og invitér dens første administrator; vedkommende får en e-mail med et link. En deaktiveret kommunes brugere kan ikke logge ind i den, før du genaktiverer den.',
          },
          {
            name: 'Landsdækkende klagetyper',
            text: 'Versionerne af den landsdækkende opdeling i klagetyper, udfald og fagområder, som kommunernes egne valg svarer til i sammenligningen. En ny version er den nyeste med en tilføjet kode; de ældre versioner ændres ikke.',
          },
          {
            name: 'Køer',
            text: 'Baggrundsjobbenes køer i en oversigt, der åbner i en ny fane: ventende, aktive, fejlede, gennemførte og forsinkede job i hver kø. Et fejlet job kan prøves igen derfra. Kun du kan åbne oversigten, og den lukker, når du logger ud.',
          },
        ],
      },
    },
    counting: {
      title: 'Sådan tælles tallene',
      items: [
        'En henvendelse tælles i den periode, den er modtaget i.',
        'Borgere tælles én gang, uanset hvor mange henvendelser de har haft i perioden.',
        'En klage kan handle om flere klagetyper; hver tæller med i fordelingen af klagetyper.',
        'Svartider regnes i kalenderdage fra modtagelsen til første kontakt og til afslutningen.',
        'I sammenligningen med andre kommuner vises små tal ikke ("..") — heller ikke tal, som de kunne regnes ud fra.',
      ],
    },
    shortcuts: {
      title: 'Tastaturgenveje',
      items: [
        { keys: 'Alt+N', text: 'Registrér en ny henvendelse (fra listen over henvendelser).' },
        { keys: 'Ctrl+Enter', text: 'Gem henvendelsen (i resuméfeltet).' },
        { keys: 'Esc', text: 'Annullér formularen eller luk dialogen.' },
      ],
    },
    otherRoles: 'Andre roller',
  },
  en: {
    title: 'Help',
    intro: 'What each page is for, how the figures are counted, and the keyboard shortcuts. Your own roles come first.',
    roles: {
      advisor: {
        title: 'Advisor',
        pages: [
          { name: 'Inquiries', text: 'Register every inquiry from a citizen: when it came, how, its kind and the unit it concerns. The list can be filtered and downloaded as a spreadsheet.' },
          { name: 'Import', text: 'Load inquiries from a spreadsheet (CSV or XLSX). A file with errors is refused whole, and the errors are shown row by row.' },
          { name: 'Reports', text: 'Make the annual report from the registrations, write recommendations and texts, and publish it as PDF, Word and Excel.' },
          { name: 'Benchmark', text: "See the municipality's figures beside the national median and quartiles." },
        ],
      },
      tenant_admin: {
        title: 'Administrator',
        pages: [
          { name: 'Organisation', text: "The municipality's units: create, rename, move, merge and close them. History is kept, so old reports stay right." },
          { name: 'Complaint types and Outcomes', text: 'The choices advisors register with, and how they map to the national taxonomy.' },
          { name: 'Users', text: 'Invite users, give and take roles, and end access.' },
          { name: 'Response targets', text: 'The targets for first contact and closing that mark inquiries overdue.' },
          { name: 'Log', text: 'Who saw and changed what. The log can be filtered and downloaded.' },
          { name: 'Case volumes', text: 'Decided cases per unit and year, so inquiries can be read per 1,000 decided cases.' },
        ],
      },
      department_contact: {
        title: 'Department contact',
        pages: [
          { name: 'Learning wall', text: "Complaints about your units, without the citizen's details, and what the department learnt from them." },
          { name: 'Recommendations', text: "The report's recommendations to your units: write what has been done." },
        ],
      },
      council_viewer: {
        title: 'Council member and reader',
        pages: [
          { name: 'Reports', text: 'The published reports and follow-up notes, newest first, with figures and documents to download.' },
          { name: 'Benchmark', text: "The municipality's figures beside the country's." },
        ],
      },
      operator: {
        title: 'Operator',
        pages: [
          {
            name: 'Municipalities',
            text: "Each municipality on the platform with its use: active users, inquiries registered this year and last activity (login or registration). You never see case content. Create a municipality from the list of the 98 municipalities, choose its peer group and invite its first administrator, who gets an e-mail with a link. A deactivated municipality's users cannot log in to it until you reactivate it.",
          },
          {
            name: 'National complaint types',
            text: "The versions of the national division into complaint types, outcomes and department areas, which the municipalities' own choices map to in the benchmark. A new version is the newest with a code added; older versions never change.",
          },
          {
            name: 'Queues',
            text: "The background jobs' queues in a dashboard that opens in a new tab: waiting, active, failed, completed and delayed jobs of each queue. A failed job can be retried from there. Only you can open the dashboard, and it closes when you log out.",
          },
        ],
      },
    },
    counting: {
      title: 'How the figures are counted',
      items: [
        'An inquiry counts in the period it was received in.',
        'Citizens are counted once, however many inquiries they had in the period.',
        'A complaint may concern several complaint types; each counts in the distribution of types.',
        'Response times are calendar days from receipt to first contact and to closing.',
        'In the comparison with other municipalities small numbers are not shown (".."), nor numbers they could be worked out from.',
      ],
    },
    shortcuts: {
      title: 'Keyboard shortcuts',
      items: [
        { keys: 'Alt+N', text: 'Register a new inquiry (from the inquiry list).' },
        { keys: 'Ctrl+Enter', text: 'Save the inquiry (in the summary field).' },
        { keys: 'Esc', text: 'Cancel the form or close the dialog.' },
      ],
    },
    otherRoles: 'Other roles',
  },
};
