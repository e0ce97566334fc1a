import { InquiryKind } from '@raadgiver/domain';
import { NationalCategoryCode } from './national-taxonomy';
import { pick, Random } from './prng';

/**
 * Invented Danish demo summaries: short, plausible, about no real person. Composed from a template per
 * kind and a topic that fits the org unit, so the list and the free-text search have something to show.
 */

/** Topics by org unit name; units not listed use GENERAL_TOPICS. */
const TOPICS: Record<string, readonly string[]> = {
  Jobcenter: ['sygedagpenge', 'jobafklaringsforløb', 'ressourceforløb', 'aktivering', 'fleksjob'],
  'Ydelse og Borgerservice': ['kontanthjælp', 'boligstøtte', 'enkeltydelse', 'tilbagebetaling af ydelse'],
  'Administration og Udbetaling': ['kontanthjælp', 'enkeltydelse', 'tilskud til medicin', 'tilbagebetaling af ydelse'],
  Ungeenheden: ['uddannelseshjælp', 'ungeindsats', 'uddannelsesplan'],
  Familierådgivningen: ['børnefaglig undersøgelse', 'aflastning', 'samvær', 'forebyggende foranstaltning'],
  'Børne- og ungeområdet': ['børnefaglig undersøgelse', 'aflastning', 'tabt arbejdsfortjeneste', 'merudgifter til barn'],
  'Pædagogisk Psykologisk Rådgivning': ['PPR-udredning', 'specialtilbud', 'skoleudsættelse'],
  'Myndighed og Visitation': ['hjemmehjælp', 'hjælpemidler', 'plejebolig', 'rehabiliteringsforløb'],
  Visitation: ['hjemmehjælp', 'hjælpemidler', 'ældrebolig', 'plejebolig', 'rengøring'],
  'Hjemmepleje og Plejecentre': ['hjemmehjælp', 'besøgstider', 'madordning'],
  'Socialafdelingen, Voksen': ['bostøtte', 'botilbud', 'merudgifter', 'ledsageordning'],
  'Myndigheds- og visitationsafdelingen': ['bostøtte', 'botilbud', 'ledsageordning', 'merudgifter'],
  Myndighedsafdelingen: ['børnefaglig undersøgelse', 'anbringelse', 'samvær', 'aflastning'],
  'Dagtilbud og Skole': ['pasningsgaranti', 'skolebus'],
  Dagtilbud: ['pasningsgaranti', 'søskendetilskud', 'dagplejeplads'],
  Skoler: ['skolebus', 'skoleskift', 'specialundervisning'],
  Skoleområdet: ['skoleskift', 'specialundervisning', 'befordring til skole'],
  'Byggeri og Miljø': ['byggetilladelse', 'spildevand', 'naboklage'],
  'Veje og Trafik': ['vejbelysning', 'snerydning', 'parkering'],
  'Sundhed og Omsorgsområdet': ['hjemmehjælp', 'hjælpemidler', 'genoptræning', 'plejebolig'],
  'Skole- og dagtilbudsområdet': ['skoleskift', 'dagtilbudsplads', 'specialundervisning'],
  'Borgerservice, IT og Digitalisering': ['kontrolsag', 'MitID', 'pas og kørekort', 'digital post'],
  'Erhverv- og arbejdsmarkedsafdelingen': ['sygedagpenge', 'fleksjob', 'jobafklaringsforløb', 'kontanthjælp'],
};
const GENERAL_TOPICS = ['sin sag', 'en ansøgning', 'en afgørelse', 'en betaling fra kommunen'];

/** Complaint templates by the national code of the complaint's first category. */
const COMPLAINTS: Partial<Record<NationalCategoryCode, readonly string[]>> = {
  processing_time: [
    'Har ventet i flere måneder på svar om {topic} og har rykket uden at få besked.',
    'Ansøgningen om {topic} ligger stadig ubehandlet, og borgeren ved ikke hvorfor.',
  ],
  involvement: [
    'Føler sig ikke hørt i forløbet om {topic} og ønsker at blive inddraget.',
    'Utilfreds med, at afgørelsen om {topic} blev truffet uden en samtale først.',
  ],
  note_duty: ['Mener, at referatet fra mødet om {topic} ikke svarer til det, der blev sagt.', 'Kan ikke finde telefonsamtalerne om {topic} noteret i sagen.'],
  guidance_duty: ['Fik ikke at vide, at der kunne søges om {topic}, før fristen var overskredet.', 'Har ikke fået vejledning om sine muligheder vedrørende {topic}.'],
  access_to_documents: ['Har bedt om aktindsigt i sagen om {topic} og venter stadig på svar.'],
  consultation: ['Er ikke blevet partshørt, før der blev truffet afgørelse om {topic}.'],
  coordination: ['Oplever at blive sendt rundt mellem afdelinger i spørgsmålet om {topic}.', 'To afdelinger giver modstridende svar om {topic}.'],
  deadlines: ['Fristen for afgørelse om {topic} er overskredet uden besked om ny frist.'],
  conduct: ['Oplevede en afvisende tone i telefonen, da borgeren spurgte til {topic}.', 'Mangler tillid til afdelingen efter forløbet om {topic}.'],
  communication: ['Har haft tre forskellige sagsbehandlere på {topic} og mangler overblik.', 'Ved ikke, hvor sagen om {topic} står, og får ikke svar på beskeder.'],
  case_procedure: ['Forstår ikke, hvorfor der skal indhentes flere oplysninger i sagen om {topic}.'],
  disagreement_with_decision: ['Ønsker hjælp til at skrive klagepunkter ned om {topic}.', 'Forstår ikke begrundelsen i afgørelsen om {topic}.'],
};
const ANY_COMPLAINT = ['Utilfreds med sagsbehandlingen vedrørende {topic}.', 'Forstår ikke begrundelsen i afgørelsen om {topic}.'];
const FOLLOW_UPS = [
  'Følgesag: henvender sig igen om {topic}, da det aftalte ikke er sket.',
  'Følgesag: ny utilfredshed i samme forløb om {topic} efter seneste møde.',
  'Følgesag: har fået nyt svar om {topic}, men oplever stadig ikke at blive hørt.',
];
const BY_KIND: Record<Exclude<InquiryKind, 'complaint'>, readonly string[]> = {
  guidance: [
    'Spørger, hvordan man søger om {topic}, og hvilke frister der gælder.',
    'Ønsker vejledning om, hvad en partshøring om {topic} betyder.',
    'Vil vide, om der kan klages over afgørelsen om {topic}, og hvordan.',
  ],
  wayfinding: [
    'Ved ikke, hvem i kommunen der behandler {topic}; vist videre til rette afdeling.',
    'Har brug for en kontaktperson vedrørende {topic}; kontakt formidlet.',
    'Søger den rette indgang til kommunen om {topic}.',
  ],
  information: [
    'Fortæller om sin oplevelse i forløbet om {topic} uden at ønske videre skridt.',
    'Orienterer om en god dialog med afdelingen om {topic}.',
  ],
  other: [
    'Henvendelse om et forhold uden for kommunens område; henvist til rette myndighed.',
    'Generelt spørgsmål om borgerrådgiverens rolle.',
  ],
};

/** `category` is the national code of a complaint's first category. */
export function demoSummary(random: Random, kind: InquiryKind, unit: string | null, followUp: boolean, category?: NationalCategoryCode): string {
  const complaint = (category && COMPLAINTS[category]) || ANY_COMPLAINT;
  const templates = followUp ? FOLLOW_UPS : kind === 'complaint' ? complaint : BY_KIND[kind];
  const topics = (unit && TOPICS[unit]) || GENERAL_TOPICS;
  return pick(random, templates).replace('{topic}', pick(random, topics));
}
