import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpAnswerFragment, MyRecommendationsQuery as MyRecommendationsResult } from '../gql/graphql';
import { formatDay, formatInstant, todayIsoDay } from '../i18n/dates';
import { useCursorList } from '../graphql/use-cursor-list';
import { ErrorAlert } from '../ui/error-alert';
import { FollowUpAttachments } from './follow-up-attachments';
import { FollowUpForm } from './follow-up-form';
import { answerFor, groupByReport, isOverdue } from './follow-up-view';
import { MyRecommendationsQuery } from './follow-up.operations';
import { Page } from '../ui/page';

type Recommendation = MyRecommendationsResult['myRecommendations']['edges'][number]['node'];

/** Recommendations fetched at a time. */
export const RECOMMENDATION_PAGE_SIZE = 25;
const recommendationsOf = (data: MyRecommendationsResult) => data.myRecommendations;

/** An answer as it was written: the text with its line breaks, the proposal, who and when. */
export function FollowUpAnswer({ answer }: { answer: FollowUpAnswerFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="follow-up-answer">
      <p className="free-text" data-testid="follow-up-text">
        {answer.text}
      </p>
      <p className="muted">
        {answer.proposedStatus && <>{t('followUp.proposal', { status: t(`followUp.status.${answer.proposedStatus}`) })} · </>}
        {t('followUp.writtenBy', { author: answer.writtenBy ?? '', date: formatInstant(answer.updatedAt, i18n.language) })}
      </p>
    </div>
  );
}

interface UnitAnswerProps {
  recommendation: Recommendation;
  orgUnit: { id: string; name: string };
  canAnswer: boolean;
  onAttachmentsChange: () => void;
}

/** One addressed unit's answer with its attachments, and, for the contact's own units, the form to write or rewrite it and the file input. */
function UnitAnswer({ recommendation, orgUnit, canAnswer, onAttachmentsChange }: UnitAnswerProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  // The mutation's answer until the list is fetched again.
  const [saved, setSaved] = useState<FollowUpAnswerFragment | null>(null);
  const fetched = answerFor(recommendation.followUps, orgUnit.id);
  const answer = saved && (!fetched || saved.updatedAt >= fetched.updatedAt) ? saved : fetched;
  // Attachments change without changing the answer: the fetched list is the current one.
  const attachments = (fetched?.id === answer?.id ? fetched : answer)?.attachments ?? [];

  return (
    <section className="unit-answer" aria-label={t('followUp.answerFrom', { unit: orgUnit.name })}>
      <h4>{orgUnit.name}</h4>
      {answer ? <FollowUpAnswer answer={answer} /> : <p className="muted">{t('followUp.noAnswerYet')}</p>}
      <p role="status" className="notice">
        {notice}
      </p>
      {editing ? (
        <FollowUpForm
          recommendationId={recommendation.id}
          orgUnit={orgUnit}
          answer={answer}
          onCancel={() => setEditing(false)}
          onSaved={(next) => {
            setSaved(next);
            setEditing(false);
            setNotice(t('followUp.saved'));
          }}
        />
      ) : (
        canAnswer && (
        <div className="form-buttons">
          <button
            type="button"
            onClick={() => {
              setNotice('');
              setEditing(true);
            }}
          >
            {answer ? t('followUp.editFor', { unit: orgUnit.name }) : t('followUp.writeFor', { unit: orgUnit.name })}
          </button>
        </div>
        )
      )}
      {answer && <FollowUpAttachments followUpId={answer.id} attachments={attachments} canChange={canAnswer} onChange={onAttachmentsChange} />}
    </section>
  );
}

function RecommendationCard({ recommendation, today, onAttachmentsChange }: { recommendation: Recommendation; today: string; onAttachmentsChange: () => void }) {
  const { t, i18n } = useTranslation();
  const overdue = isOverdue(recommendation, today);
  return (
    <article aria-label={recommendation.title} className={overdue ? 'recommendation-card overdue-row' : 'recommendation-card'}>
      <h3>{recommendation.title}</h3>
      {recommendation.text && <p className="free-text">{recommendation.text}</p>}
      <dl className="details-list">
        <dt>{t('followUp.dueOn')}</dt>
        <dd data-testid="due-on">
          {recommendation.dueOn ? formatDay(recommendation.dueOn, i18n.language) : t('followUp.noDueDate')}
          {overdue && <strong className="overdue"> {t('followUp.overdue')}</strong>}
        </dd>
        <dt>{t('followUp.statusLabel')}</dt>
        <dd>{t(`followUp.status.${recommendation.status}`)}</dd>
        <dt>{t('followUp.addressedTo')}</dt>
        <dd>{recommendation.orgUnits.map((unit) => unit.name).join(', ')}</dd>
      </dl>
      <h4>{t('followUp.answers')}</h4>
      {recommendation.orgUnits.map((unit) => (
        <UnitAnswer
          key={unit.id}
          recommendation={recommendation}
          orgUnit={unit}
          canAnswer={recommendation.answerableOrgUnitIds.includes(unit.id)}
          onAttachmentsChange={onAttachmentsChange}
        />
      ))}
    </article>
  );
}

/** The department contact's recommendations, under their report, with the departments' answers and a form per addressed unit. */
export function MyRecommendationsPage() {
  const { t, i18n } = useTranslation();
  const { list, fetching, error, loadMore, reload } = useCursorList(MyRecommendationsQuery, recommendationsOf, RECOMMENDATION_PAGE_SIZE);
  const loaded = !fetching || list.nodes.length > 0;
  // A page may end inside a report: its recommendations join the report's group when the next page comes.
  const groups = groupByReport(list.nodes);
  const today = todayIsoDay();

  return (
    <Page title={t('followUp.title')} className="my-recommendations">
      <p>{t('followUp.intro')}</p>
      {!loaded && <p aria-busy="true">{t('common.loading')}</p>}
      <ErrorAlert error={error} />
      {loaded && !error && groups.length === 0 && <p className="muted">{t('followUp.empty')}</p>}
      {groups.map(({ report, recommendations }) => (
        <section key={report.id} aria-label={report.title} className="recommendation-report">
          <h2>{report.title}</h2>
          {report.publishedAt && <p className="muted">{t('followUp.published', { date: formatInstant(report.publishedAt, i18n.language) })}</p>}
          {recommendations.map((recommendation) => (
            <RecommendationCard key={recommendation.id} recommendation={recommendation} today={today} onAttachmentsChange={reload} />
          ))}
        </section>
      ))}
      {list.hasNextPage && (
        <div className="form-buttons">
          <button type="button" disabled={fetching} onClick={loadMore}>
            {t('inquiries.showMore')}
          </button>
        </div>
      )}
    </Page>
  );
}
