import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../i18n/i18n';
import { formatDay } from '../i18n/dates';
import { ACCESSIBILITY, STATEMENT_DATE } from './accessibility-content';
import { InfoLayout } from './info-layout';

/** The accessibility statement (tilgængelighedserklæring), linked from every page's footer. */
export function AccessibilityPage() {
  const { i18n } = useTranslation();
  const language = (i18n.resolvedLanguage ?? 'da') as LanguageCode;
  const statement = ACCESSIBILITY[language];
  return (
    <InfoLayout title={statement.title}>
      <p>{statement.intro}</p>
      <h2>{statement.status.title}</h2>
      <p>{statement.status.text}</p>
      <h2>{statement.gaps.title}</h2>
      <ul>
        {statement.gaps.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{statement.method.title}</h2>
      <p>{statement.method.text}</p>
      <p>
        <time dateTime={STATEMENT_DATE}>{formatDay(STATEMENT_DATE, language)}</time>
      </p>
      <h2>{statement.feedback.title}</h2>
      <p>
        {statement.feedback.text} <a href={`mailto:${statement.feedback.email}`}>{statement.feedback.email}</a>
      </p>
      <h2>{statement.enforcement.title}</h2>
      <p>
        {statement.enforcement.text} <a href={statement.enforcement.href}>{statement.enforcement.linkText}</a>
      </p>
    </InfoLayout>
  );
}
