import { TEXT_LIMITS } from '@raadgiver/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import type { TenantRole } from '../gql/graphql';
import { z } from 'zod';
import { errorCodeOf } from '../graphql/api-errors';
import i18n from '../i18n/i18n';
import { LanguageSwitch } from '../i18n/language-switch';
import { Field } from '../ui/field';
import { ErrorAlert } from '../ui/error-alert';
import { Form, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
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


  const roleList = (roles: TenantRole[]) => {
    const names = roles.map((role) => t(`invitation.roles.${role}`));
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${t('invitation.and')} ${names[names.length - 1]}`;
  };
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
  } else if (invitation.ssoLoginPath) {
    // The municipality requires its own login: logging in through it accepts the invitation.
    body = (
      <>
        <p>{t('invitation.invitedTo', { municipality: invitation.municipalityName, roles: roleList(invitation.roles) })}</p>
        <p>{t('invitation.ssoHint', { municipality: invitation.municipalityName })}</p>
        <p>
          <a className="button-link" href={invitation.ssoLoginPath}>
            {t('auth.ssoLogin', { municipality: invitation.municipalityName })}
          </a>
        </p>
      </>
    );
  } else {
    body = (
      <>
        <p>{t('invitation.invitedTo', { municipality: invitation.municipalityName, roles: roleList(invitation.roles) })}</p>
        <p>{t('invitation.sentTo', { email: invitation.email })}</p>
        {!invitation.choosesPassword && <p>{t('invitation.currentPasswordHint')}</p>}
        <PasswordForm
          email={invitation.email}
          choosesPassword={invitation.choosesPassword}
          submitting={accepting.fetching}
          onSubmit={async (password) => {
            const result = await accept({ input: { token, password } });
            if (result.data?.acceptInvitation) setAccepted(true);
            return result.error;
          }}
        />
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

const { min, max } = TEXT_LIMITS.password;

/** A new password must have the API's length; an existing one only has to be given. */
const passwordSchema = (choosesPassword: boolean) =>
  z.object({
    password: choosesPassword
      ? z
          .string()
          .min(1)
          .refine((password) => password.length >= min && password.length <= max, { error: () => i18n.t('invitation.passwordLength', { min, max }) })
      : z.string().min(1).max(max),
  });

interface PasswordFormProps {
  email: string;
  choosesPassword: boolean;
  submitting: boolean;
  onSubmit: (password: string) => Promise<CombinedError | undefined>;
}

function PasswordForm({ email, choosesPassword, submitting, onSubmit }: PasswordFormProps) {
  const { t } = useTranslation();
  const [schema] = useState(() => passwordSchema(choosesPassword));
  const form = useSchemaForm(schema, { password: '' });
  return (
    <Form form={form} onSubmit={({ password }) => onSubmit(password)}>
      {/* For password managers: the account the password belongs to. */}
      <input type="email" name="email" value={email} autoComplete="username" readOnly hidden />
      <Field
        name="password"
        label={choosesPassword ? t('invitation.newPassword') : t('invitation.currentPassword')}
        hint={choosesPassword ? t('invitation.newPasswordHint', { min }) : undefined}
      >
        {(control) => <input {...control} type="password" autoComplete={choosesPassword ? 'new-password' : 'current-password'} maxLength={max} />}
      </Field>
      <FormFooter submitLabel={submitting ? t('invitation.accepting') : t('invitation.accept')} submitting={submitting} />
    </Form>
  );
}
