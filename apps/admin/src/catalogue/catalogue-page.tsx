import { createColumnHelper } from '@tanstack/react-table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { DataTable } from '../ui/data-table';
import { Dialog } from '../ui/dialog';
import { ErrorAlert } from '../ui/error-alert';
import { Page } from '../ui/page';
import { useRowActions } from '../ui/row-actions';
import { CatalogueEntryForm } from './catalogue-form';
import { CATALOGUE_MUTATIONS, movedOrder, type CatalogueEntry, type CatalogueKind, type NationalChoice } from './catalogue-kinds';
import { NationalTaxonomyQuery } from '../benchmark/benchmark.operations';
import { CataloguePageQuery } from './catalogue.operations';

const CATALOGUE_CONTEXT = { additionalTypenames: ['Category', 'Outcome'] };

type Open = { kind: 'add' } | { kind: 'edit'; entry: CatalogueEntry } | null;
/** After a move the focus stays on the moved entry's button of the same direction (the other one at an end). */
type Focus = { id: string; step: -1 | 1 } | null;

const column = createColumnHelper<CatalogueEntry>();
const moveButtonId = (id: string, step: -1 | 1) => `move-${step < 0 ? 'up' : 'down'}-${id}`;

/**
 * Klagetyper or Udfald: the tenant admin's list of one catalogue in its order, to add, rename, map to the national
 * taxonomy, move up or down and deactivate. An inactive entry stays on the inquiries that have it and is not offered
 * for new ones.
 */
export function CataloguePage({ kind }: { kind: CatalogueKind }) {
  const { t, i18n } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: CataloguePageQuery, context: CATALOGUE_CONTEXT });
  const [taxonomy] = useQuery({ query: NationalTaxonomyQuery });
  const [open, setOpen] = useState<Open>(null);
  const { notice, setNotice, error: actionError, act } = useRowActions();
  const [focus, setFocus] = useState<Focus>(null);
  const mutations = CATALOGUE_MUTATIONS[kind];
  const [, update] = useMutation(mutations.update);
  const [reordering, reorder] = useMutation(mutations.reorder);

  const entries: CatalogueEntry[] = (kind === 'category' ? data?.categories : data?.outcomes) ?? [];
  const choices: NationalChoice[] = (taxonomy.data?.nationalTaxonomy.entries ?? [])
    .filter((entry) => entry.kind === kind)
    .map((entry) => ({ code: entry.code, name: i18n.language === 'en' ? entry.nameEn : entry.nameDa }));
  const nationalName = (code: string) => choices.find((choice) => choice.code === code)?.name ?? t('catalogue.oldCode', { code });

  useEffect(() => {
    if (!focus) return;
    const button = document.getElementById(moveButtonId(focus.id, focus.step)) as HTMLButtonElement | null;
    const target = button && !button.disabled ? button : document.getElementById(moveButtonId(focus.id, focus.step < 0 ? 1 : -1));
    target?.focus();
  }, [focus, entries]);

  const done = (message: string) => {
    setOpen(null);
    setNotice(message);
  };

  async function move(entry: CatalogueEntry, step: -1 | 1) {
    const order = movedOrder(entries.map((e) => e.id), entry.id, step);
    await act(() => reorder({ input: { ids: order } }, CATALOGUE_CONTEXT), t('catalogue.moved', { name: entry.name, position: order.indexOf(entry.id) + 1, count: order.length }));
    setFocus({ id: entry.id, step });
  }

  const columns = [
    column.accessor('name', { header: t('catalogue.name'), meta: { rowHeader: true } }),
    column.accessor((entry) => nationalName(entry.nationalCode), { id: 'national', header: t(`catalogue.${kind}.national`) }),
    column.accessor((entry) => (entry.active ? t('catalogue.active') : t('catalogue.inactive')), { id: 'status', header: t('catalogue.status') }),
    column.display({
      id: 'actions',
      header: t('catalogue.actions'),
      cell: ({ row: { original: entry, index } }) => (
        <div className="row-actions">
          <button
            type="button"
            id={moveButtonId(entry.id, -1)}
            className="button-secondary"
            aria-label={t('catalogue.moveUpName', { name: entry.name })}
            disabled={index === 0 || reordering.fetching}
            onClick={() => void move(entry, -1)}
          >
            {t('catalogue.moveUp')}
          </button>
          <button
            type="button"
            id={moveButtonId(entry.id, 1)}
            className="button-secondary"
            aria-label={t('catalogue.moveDownName', { name: entry.name })}
            disabled={index === entries.length - 1 || reordering.fetching}
            onClick={() => void move(entry, 1)}
          >
            {t('catalogue.moveDown')}
          </button>
          <button type="button" className="button-secondary" aria-label={t('catalogue.editName', { name: entry.name })} onClick={() => setOpen({ kind: 'edit', entry })}>
            {t('common.edit')}
          </button>
          <button
            type="button"
            className="button-secondary"
            aria-label={t(entry.active ? 'catalogue.deactivateName' : 'catalogue.reactivateName', { name: entry.name })}
            onClick={() =>
              void act(
                () => update({ input: { id: entry.id, active: !entry.active } }, CATALOGUE_CONTEXT),
                t(entry.active ? 'catalogue.deactivated' : 'catalogue.reactivated', { name: entry.name }),
              )
            }
          >
            {t(entry.active ? 'catalogue.deactivate' : 'catalogue.reactivate')}
          </button>
        </div>
      ),
    }),
  ];

  return (
    <Page
      title={t(`catalogue.${kind}.title`)}
      actions={
        <button type="button" className="primary" onClick={() => setOpen({ kind: 'add' })}>
          {t(`catalogue.${kind}.add`)}
        </button>
      }
    >
      <p>{t(`catalogue.${kind}.intro`)}</p>
      <p role="status" className="notice">
        {notice}
      </p>
      <ErrorAlert error={error ?? taxonomy.error ?? actionError} />
      <DataTable
        caption={t(`catalogue.${kind}.caption`)}
        captionHidden
        columns={columns}
        data={entries}
        getRowId={(entry) => entry.id}
        pageSize={null}
        loading={fetching && !data}
        emptyText={t(`catalogue.${kind}.empty`)}
      />
      {open && (
        <Dialog title={open.kind === 'add' ? t(`catalogue.${kind}.addTitle`) : t('catalogue.editTitle', { name: open.entry.name })} onClose={() => setOpen(null)}>
          <CatalogueEntryForm kind={kind} entry={open.kind === 'edit' ? open.entry : null} choices={choices} onDone={done} onCancel={() => setOpen(null)} />
        </Dialog>
      )}
    </Page>
  );
}
