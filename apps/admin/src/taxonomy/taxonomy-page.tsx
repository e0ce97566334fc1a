import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { TaxonomyVersionsQuery as TaxonomyVersionsData } from '../gql/graphql';
import { DataTable } from '../ui/data-table';
import { Dialog } from '../ui/dialog';
import { ErrorAlert } from '../ui/error-alert';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { Page } from '../ui/page';
import { TAXONOMY_KIND_VALUES, taxonomyEntrySchema } from './taxonomy-entry.schema';
import { CreateTaxonomyVersionMutation, TaxonomyVersionsQuery } from './taxonomy.operations';

type Version = TaxonomyVersionsData['nationalTaxonomyVersions'][number];
type Entry = Version['entries'][number];

const column = createColumnHelper<Entry>();
/** A new entry goes after the others of its kind. */
const SORT_STEP = 10;

/**
 * The operator's national taxonomy: every version with its complaint types, outcomes and department areas, and a new
 * version made of the newest one with a code added (versions never change, so the older figures keep their meaning).
 */
export function TaxonomyPage() {
  const { t } = useTranslation();
  const [{ data, error, fetching }, refetch] = useQuery({ query: TaxonomyVersionsQuery });
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState('');
  const versions = data?.nationalTaxonomyVersions ?? [];
  const [newest] = versions;

  const columns = [
    column.accessor('nameDa', { header: t('taxonomy.nameDa'), meta: { rowHeader: true } }),
    column.accessor('nameEn', { header: t('taxonomy.nameEn') }),
    column.accessor((entry) => t(`benchmark.settings.kind.${entry.kind}`), { id: 'kind', header: t('taxonomy.kind') }),
    column.accessor('code', { header: t('taxonomy.code') }),
  ];

  function added(version: number) {
    setAdding(false);
    setNotice(t('taxonomy.created', { version }));
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <Page
      title={t('taxonomy.title')}
      actions={
        newest && (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            {t('taxonomy.add')}
          </button>
        )
      }
    >
      <p>{t('taxonomy.intro')}</p>
      <p role="status" className="notice">
        {notice}
      </p>
      <ErrorAlert error={error} />
      {fetching && !data && <p aria-busy="true">{t('common.loading')}</p>}
      {versions.map((version) => (
        <section key={version.version} aria-labelledby={`taxonomy-version-${version.version}`}>
          <h2 id={`taxonomy-version-${version.version}`}>
            {version === newest ? t('taxonomy.newestVersion', { version: version.version }) : t('taxonomy.version', { version: version.version })}
          </h2>
          <DataTable
            caption={t('taxonomy.caption', { version: version.version })}
            captionHidden
            columns={columns}
            data={version.entries}
            getRowId={(entry) => `${entry.kind}:${entry.code}`}
            pageSize={version === newest ? 50 : 10}
          />
        </section>
      ))}
      {adding && newest && (
        <Dialog title={t('taxonomy.addTitle', { version: newest.version + 1 })} onClose={() => setAdding(false)}>
          <AddEntryForm newest={newest} onDone={added} onCancel={() => setAdding(false)} />
        </Dialog>
      )}
    </Page>
  );
}

function AddEntryForm({ newest, onDone, onCancel }: { newest: Version; onDone: (version: number) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [result, create] = useMutation(CreateTaxonomyVersionMutation);
  const taken = useMemo(() => new Set(newest.entries.map((entry) => `${entry.kind}:${entry.code}`)), [newest]);
  const schema = useMemo(() => taxonomyEntrySchema(t, taken), [t, taken]);
  const form = useSchemaForm(schema, { kind: '', code: '', nameDa: '', nameEn: '' });
  const keep = newest.entries.map(({ kind, code, nameDa, nameEn, sortOrder }) => ({ kind, code, nameDa, nameEn, sortOrder }));
  return (
    <Form
      form={form}
      onSubmit={async (entry) => {
        const sortOrder = Math.max(0, ...newest.entries.filter((e) => e.kind === entry.kind).map((e) => e.sortOrder)) + SORT_STEP;
        return settle(await create({ input: { entries: [...keep, { ...entry, sortOrder }] } }), (data) => onDone(data.createNationalTaxonomyVersion.version));
      }}
    >
      <p className="hint">{t('taxonomy.addHint', { version: newest.version })}</p>
      <Field name="kind" label={t('taxonomy.kind')}>
        {(control) => (
          <select {...control}>
            <option value="">{t('tenants.choose')}</option>
            {TAXONOMY_KIND_VALUES.map((kind) => (
              <option key={kind} value={kind}>
                {t(`benchmark.settings.kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="code" label={t('taxonomy.code')} hint={t('taxonomy.codeHint')}>
        {(control) => <input {...control} autoComplete="off" maxLength={40} />}
      </Field>
      <Field name="nameDa" label={t('taxonomy.nameDa')}>
        {(control) => <input {...control} autoComplete="off" maxLength={200} />}
      </Field>
      <Field name="nameEn" label={t('taxonomy.nameEn')}>
        {(control) => <input {...control} autoComplete="off" maxLength={200} lang="en" />}
      </Field>
      <FormFooter submitLabel={t('taxonomy.submit')} submitting={result.fetching} onCancel={onCancel} />
    </Form>
  );
}
