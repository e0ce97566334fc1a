import { TEXT_LIMITS } from '@raadgiver/domain';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { requiredText } from '../ui/form-schemas';
import { CATALOGUE_MUTATIONS, type CatalogueEntry, type CatalogueKind, type NationalChoice } from './catalogue-kinds';

const catalogueEntrySchema = z.object({
  name: requiredText(TEXT_LIMITS.name),
  nationalCode: requiredText(TEXT_LIMITS.nationalCode),
});

interface CatalogueEntryFormProps {
  kind: CatalogueKind;
  /** The entry renamed or remapped; null adds a new one at the end of the list. */
  entry: CatalogueEntry | null;
  /** The current taxonomy's codes of the kind, in their order. */
  choices: readonly NationalChoice[];
  onDone: (notice: string) => void;
  onCancel: () => void;
}

/** Adds an entry, or renames it and maps it to another national code; the API checks the code and the name's uniqueness. */
export function CatalogueEntryForm({ kind, entry, choices, onDone, onCancel }: CatalogueEntryFormProps) {
  const { t } = useTranslation();
  const mutations = CATALOGUE_MUTATIONS[kind];
  const [created, create] = useMutation(mutations.create);
  const [updated, update] = useMutation(mutations.update);
  const form = useSchemaForm(catalogueEntrySchema, { name: entry?.name ?? '', nationalCode: entry?.nationalCode ?? '' });
  // A code the current taxonomy no longer has is shown as it is, so that saving a new name keeps it.
  const kept = entry && !choices.some((choice) => choice.code === entry.nationalCode) ? [{ code: entry.nationalCode, name: t('catalogue.oldCode', { code: entry.nationalCode }) }] : [];

  return (
    <Form
      form={form}
      onSubmit={async (input) =>
        entry
          ? settle(await update({ input: { id: entry.id, ...input } }), () => onDone(t(`catalogue.${kind}.saved`, { name: input.name })))
          : settle(await create({ input }), () => onDone(t(`catalogue.${kind}.created`, { name: input.name })))
      }
    >
      <Field name="name" label={t('catalogue.name')}>
        {(control) => <input {...control} autoComplete="off" maxLength={TEXT_LIMITS.name} />}
      </Field>
      <Field name="nationalCode" label={t(`catalogue.${kind}.national`)} hint={t('catalogue.nationalHint')}>
        {(control) => (
          <select {...control}>
            <option value="">{t('catalogue.chooseNational')}</option>
            {[...kept, ...choices].map((choice) => (
              <option key={choice.code} value={choice.code}>
                {choice.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormFooter submitLabel={entry ? t('common.save') : t(`catalogue.${kind}.add`)} submitting={created.fetching || updated.fetching} onCancel={onCancel} />
    </Form>
  );
}
