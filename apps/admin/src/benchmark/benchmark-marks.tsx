import { comparabilityText } from '@raadgiver/domain';
import { useEffect, useId, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparabilityReason } from '../gql/graphql';
import type { ReportLanguage } from '../reports/report-format';
import type { StatisticView } from './benchmark-view';

/** What marks a value that is not fully comparable; the page's explanation of marks says so once. */
export const COMPARABILITY_MARK = '*';

const WIDTH = 96;
const HEIGHT = 18;

/**
 * Where a value lies among the municipalities, drawn small: the middle half (the quartiles) as a grey bar, the
 * median as a stroke, the value as a dot. Decorative: the words beside it say the same.
 */
export function QuartileBand({ value, national, max }: { value: number | null; national: StatisticView; max: number }) {
  const x = (v: number) => 2 + (Math.min(Math.max(v, 0), max) / max) * (WIDTH - 4);
  return (
    <svg className="benchmark-band" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      <line x1={2} x2={WIDTH - 2} y1={HEIGHT / 2} y2={HEIGHT / 2} stroke="#c5cbd6" strokeWidth={1} />
      <rect x={x(national.lowerQuartile)} y={4} width={Math.max(1, x(national.upperQuartile) - x(national.lowerQuartile))} height={HEIGHT - 8} fill="#c5cbd6" />
      <line x1={x(national.median)} x2={x(national.median)} y1={2} y2={HEIGHT - 2} stroke="#1d2330" strokeWidth={2} />
      {value !== null && <circle cx={x(value)} cy={HEIGHT / 2} r={4} fill="#1f5fa8" stroke="#ffffff" strokeWidth={1} />}
    </svg>
  );
}

/** The end of a band's scale: a little past the largest of the value and the upper quartile. */
export function bandMax(value: number | null, national: StatisticView): number {
  return Math.max(value ?? 0, national.upperQuartile, national.median) * 1.25 || 1;
}

/** A municipality's values over the years as a small line; years the public may not see are gaps. Decorative. */
export function Sparkline({ points }: { points: readonly { year: number; value: number | null }[] }) {
  const known = points.filter((point): point is { year: number; value: number } => point.value !== null);
  if (known.length < 2) return null;
  const max = Math.max(...known.map((point) => point.value)) || 1;
  const step = (WIDTH - 4) / Math.max(points.length - 1, 1);
  const segments: string[] = [];
  let open = false;
  points.forEach((point, index) => {
    if (point.value === null) {
      open = false;
      return;
    }
    const command = open ? 'L' : 'M';
    segments.push(`${command}${(2 + index * step).toFixed(1)},${(HEIGHT - 2 - (point.value / max) * (HEIGHT - 4)).toFixed(1)}`);
    open = true;
  });
  return (
    <svg className="benchmark-sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      <path d={segments.join(' ')} fill="none" stroke="#1f5fa8" strokeWidth={1.5} />
    </svg>
  );
}

/**
 * The reason's tooltip: open while the pointer is over the mark or its trigger has keyboard focus, closed by Escape
 * until the next hover or focus (WCAG 1.4.13: dismissible, hoverable, persistent).
 */
export interface ReasonTooltip {
  id: string;
  open: boolean;
  /** For the focusable element the tooltip describes. */
  trigger: { 'aria-describedby': string; onFocus: (event: FocusEvent<HTMLElement>) => void; onBlur: () => void };
  /** For the mark with its tooltip, so that the pointer may move onto the text. */
  hover: { onMouseEnter: () => void; onMouseLeave: () => void };
}

/** `keyboardFocusOnly`: a click that focuses the trigger does not open it (a line of the overview, whose click opens the figure). */
export function useReasonTooltip({ keyboardFocusOnly = false } = {}): ReasonTooltip {
  const id = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = (hovered || focused) && !dismissed;
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  const show = (set: (value: boolean) => void) => {
    setDismissed(false);
    set(true);
  };
  return {
    id,
    open,
    trigger: {
      'aria-describedby': id,
      onFocus: (event) => {
        if (!keyboardFocusOnly || event.currentTarget.matches(':focus-visible')) show(setFocused);
      },
      onBlur: () => setFocused(false),
    },
    hover: { onMouseEnter: () => show(setHovered), onMouseLeave: () => setHovered(false) },
  };
}

interface ComparabilityMarkProps {
  reasons: readonly ComparabilityReason[];
  language: ReportLanguage;
  /**
   * The tooltip of a focusable element around the mark (a line of the overview, whose <summary> may hold no control
   * of its own): the mark is then only drawn. Without it the mark is a button of its own.
   */
  tooltip?: ReasonTooltip;
}

/**
 * The mark beside a value whose year is not fully comparable, with why in a tooltip on hover and on focus. The
 * tooltip's text is in the cell for screen readers too (clipped while closed), and describes the focused element.
 */
export function ComparabilityMark({ reasons, language, tooltip }: ComparabilityMarkProps) {
  const { t } = useTranslation();
  const own = useReasonTooltip();
  if (reasons.length === 0) return null;
  const { id, open, trigger, hover } = tooltip ?? own;
  const label = (
    <>
      <span aria-hidden="true">{COMPARABILITY_MARK}</span>
      <span className="visually-hidden">{t('benchmark.comparability.mark')}</span>
    </>
  );
  return (
    <span className="comparability" data-comparability={reasons.join(' ')} {...hover}>
      {tooltip ? (
        <span className="comparability-mark">{label}</span>
      ) : (
        // A click or tap opens it too, also after Escape and where a tapped button takes no focus.
        <button type="button" className="comparability-mark" {...trigger} onClick={hover.onMouseEnter}>
          {label}
        </button>
      )}
      <span role="tooltip" id={id} className={open ? 'comparability-reason open' : 'comparability-reason'}>
        {comparabilityText(reasons, language)}
      </span>
    </span>
  );
}
