import { TEXT_LIMITS } from '@raadgiver/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { TenantRole } from '../gql/graphql';
import { apiErrorsOf, errorCodeOf } from '../graphql/api-errors';
import { LanguageSwitch } from '../i18n/language-switch';
import { Field } from '../ui/field';
import { ErrorAlert } from '../ui/error-alert';
import { FormErrors } from '../ui/form-errors';
import { AcceptInvitationMutation, InvitationPreviewQuery } from './invitation.operations';
import { hrefTo } from '../shell/app-paths';

/**
 * `#/invitation/<token>`, the link of an invitation e-mail: says what the person is invited to and accepts it with
 * the password of their existing user, or a new one. Works signed in or not; the link alone is the proof.
 */
export function InvitationPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const [preview] = useQuery({ query: InvitationPreviewQuery, variables: { token } });
  const [accepting, accept] = useMutation(AcceptInvitationMutation);
  const [accepted, setAccepted] = useState(false);
  const invitation = preview.data?.invitation;
  const { min, max } = TEXT_LIMITS.password;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password'));
    const result = await accept({ input: { token, password } });
    if (result.data?.acceptInvitation) setAccepted(true);
  }

  const roleList = (roles: TenantRole[]) => {
    const names = roles.map((role) => t(`invitation.roles.${role}`));
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${t('invitation.and')} ${names[names.length - 1]}`;
  };
  const errors = apiErrorsOf(accepting.error, ['password', 'token']);
  const passwordError = errors.fields.password ? t(invitation?.choosesPassword ? 'invitation.passwordLength' : 'invitation.wrongPassword', { min, max }) : undefined;
  const gone = errorCodeOf(preview.error) === 'NOT_FOUND' || errorCodeOf(accepting.error) === 'NOT_FOUND';

  let body;
  if (preview.fetching) body = <p aria-busy="true">{t('common.loading')}</p>;
  else if (gone) body = <p role="alert">{t('invitation.notFound')}</p>;
  else if (!invitation) body = <ErrorAlert error={preview.error} />;
  else if (accepted) {
    body = (
      <>
        <p role="status">{t('invitation.accepted', { municipality: invitation.municipalityName })}</p>
        <p>
          <a href={hrefTo('/')}>{t('invitation.toLogin')}</a>
        </p>
      </>
    );
  } else {
    body = (
      <>
        <p>{t('invitation.invitedTo', { municipality: invitation.municipalityName, roles: roleList(invitation.roles) })}</p>
        <p>{t('invitation.sentTo', { email: invitation.email })}</p>
        {!invitation.choosesPassword && <p>{t('invitation.currentPasswordHint')}</p>}
        <form onSubmit={submit} noValidate>
          {/* For password managers: the account the password belongs to. */}
          <input type="email" name="email" value={invitation.email} autoComplete="username" readOnly hidden />
          <Field label={invitation.choosesPassword ? t('invitation.newPassword') : t('invitation.currentPassword')} error={passwordError}>
            {(control) => (
              <input
                {...control}
                name="password"
                type="password"
                autoComplete={invitation.choosesPassword ? 'new-password' : 'current-password'}
                required
                minLength={invitation.choosesPassword ? min : undefined}
                maxLength={max}
              />
            )}
          </Field>
          {invitation.choosesPassword && <p className="muted">{t('invitation.newPasswordHint', { min })}</p>}
          <FormErrors errors={errors} />
          <button type="submit" className="primary" disabled={accepting.fetching}>
            {accepting.fetching ? t('invitation.accepting') : t('invitation.accept')}
          </button>
        </form>
      </>
    );
  }

  return (
    <main className="login-page">
      <div className="login-card">
        <LanguageSwitch />
        <h1>{t('invitation.title')}</h1>
        {body}
      </div>
    </main>
  );
}
