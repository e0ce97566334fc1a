import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import type { LanguageCode } from '../i18n/i18n';
import { rolesOf } from '../shell/navigation';
import { Shortcut } from '../ui/shortcut';
import { HELP, type HelpAudience } from './help-content';
import { InfoLayout } from './info-layout';

const AUDIENCES: readonly HelpAudience[] = ['advisor', 'tenant_admin', 'department_contact', 'council_viewer', 'operator'];

/** The help page: each role's pages, the signed-in user's roles first, then how figures are counted and the shortcuts. */
export function HelpPage() {
  const { i18n } = useTranslation();
  const { session } = useAuth();
  const help = HELP[(i18n.resolvedLanguage ?? 'da') as LanguageCode];
  const own = session ? (rolesOf(session.me) as string[]) : [];
  const mine = AUDIENCES.filter((audience) => own.includes(audience));
  const others = AUDIENCES.filter((audience) => !own.includes(audience));
  const section = (audience: HelpAudience, level: 'h2' | 'h3') => {
    const Heading = level;
    const role = help.roles[audience];
    return (
      <section key={audience} aria-labelledby={`help-${audience}`} data-role={audience}>
        <Heading id={`help-${audience}`}>{role.title}</Heading>
        <dl className="help-pages">
          {role.pages.map((page) => (
            <div key={page.name}>
              <dt>{page.name}</dt>
              <dd>{page.text}</dd>
            </div>
          ))}
        </dl>
      </section>
    );
  };
  return (
    <InfoLayout title={help.title}>
      <p>{help.intro}</p>
      {mine.map((audience) => section(audience, 'h2'))}
      <section aria-labelledby="help-counting">
        <h2 id="help-counting">{help.counting.title}</h2>
        <ul>
          {help.counting.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="help-shortcuts">
        <h2 id="help-shortcuts">{help.shortcuts.title}</h2>
        <dl className="help-pages">
          {help.shortcuts.items.map((item) => (
            <div key={item.keys}>
              <dt>
                <Shortcut keys={item.keys} />
              </dt>
              <dd>{item.text}</dd>
            </div>
          ))}
        </dl>
      </section>
      {others.length > 0 && (
        <section aria-labelledby="help-others">
          <h2 id="help-others">{help.otherRoles}</h2>
          {others.map((audience) => section(audience, 'h3'))}
        </section>
      )}
    </InfoLayout>
  );
}
