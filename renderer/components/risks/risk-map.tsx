// The risk map: severity × likelihood on a 4×4 grid, each risk shown where it starts (hollow) and where the action
// plan brings it (filled), joined by an arrow. SVG drawn from data, with a text alternative.
import { riskZone, type RiskZone } from '../../../core/risk/zone.ts';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../core/model/assessment.ts';
import type { ScaleLevel } from '../../../core/template/schema.ts';
import { useLanguage } from '../../i18n/i18n.ts';

const CELL = 88;
const LEFT = 132;
const TOP = 16;
const BOTTOM = 64;
const SIZE = CELL * 4;
const LEVELS = [1, 2, 3, 4] as const;

/** The zone of a cell: the same four-zone rule as the Word export (core/risk/zone.ts). */
export function zoneOf(severity: number, likelihood: number): RiskZone {
  return riskZone(severity, likelihood);
}

interface Point {
  number: number;
  severity: number;
  likelihood: number;
  kind: 'initial' | 'residual';
}

interface Placed extends Point {
  x: number;
  y: number;
}

/**
 * Spreads the markers that share a cell (initial and residual alike) over a small grid inside it, so that none
 * hides another; a risk's two markers sit side by side when it stays in the same cell.
 */
function place(points: readonly Point[]): Placed[] {
  const byCell = new Map<string, Point[]>();
  for (const p of points) {
    const key = `${p.severity}:${p.likelihood}`;
    byCell.set(key, [...(byCell.get(key) ?? []), p]);
  }
  const placed: Placed[] = [];
  for (const group of byCell.values()) {
    group.sort((a, b) => a.number - b.number || a.kind.localeCompare(b.kind));
    const per = Math.ceil(Math.sqrt(group.length));
    const step = CELL / (per + 1);
    group.forEach((p, i) => {
      placed.push({
        ...p,
        x: LEFT + (p.likelihood - 1) * CELL + step * ((i % per) + 1),
        y: TOP + (4 - p.severity) * CELL + step * (Math.floor(i / per) + 1),
      });
    });
  }
  return placed;
}

export const RiskMap = memo(function RiskMap(props: {
  risks: readonly Risk[];
  severityScale: readonly ScaleLevel[];
  likelihoodScale: readonly ScaleLevel[];
}) {
  const { t } = useTranslation();
  const { loc } = useLanguage();
  const id = useId();
  const numbered = props.risks.map((risk, index) => ({ risk, number: index + 1 }));
  const points: Point[] = [];
  for (const { risk, number } of numbered) {
    for (const kind of ['initial', 'residual'] as const) {
      const { severity, likelihood } = risk[kind];
      if (severity !== null && likelihood !== null) points.push({ number, severity, likelihood, kind });
    }
  }
  const placed = place(points);
  const initial = placed.filter((p) => p.kind === 'initial');
  const residual = placed.filter((p) => p.kind === 'residual');
  const residualByNumber = new Map(residual.map((p) => [p.number, p]));
  const radius = Math.max(7, Math.min(12, 120 / Math.max(1, Math.sqrt(props.risks.length) * 3)));
  const label = (scale: readonly ScaleLevel[], level: number) =>
    loc(scale.find((s) => s.level === level)?.label);
  const rated = (r: Risk['initial']) =>
    r.severity !== null && r.likelihood !== null
      ? t('riskMap.position', { severity: r.severity, likelihood: r.likelihood })
      : t('riskMap.notRated');

  return (
    <figure className="risk-map">
      <div className="risk-map-visual">
        <svg
          viewBox={`0 0 ${LEFT + SIZE + 8} ${TOP + SIZE + BOTTOM}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          className="risk-map-svg"
        >
          <title id={`${id}-title`}>{t('riskMap.title')}</title>
          <desc id={`${id}-desc`}>
            {numbered
              .map(({ risk, number }) =>
                t('riskMap.describe', {
                  number,
                  title: risk.title,
                  initial: rated(risk.initial),
                  residual: rated(risk.residual),
                }),
              )
              .join(' ')}
          </desc>
          <defs>
            <marker
              id={`${id}-arrow`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" className="risk-arrow-head" />
            </marker>
          </defs>
          {LEVELS.map((severity) =>
            LEVELS.map((likelihood) => (
              <rect
                key={`${severity}-${likelihood}`}
                x={LEFT + (likelihood - 1) * CELL}
                y={TOP + (4 - severity) * CELL}
                width={CELL}
                height={CELL}
                className={`risk-cell zone-${zoneOf(severity, likelihood)}`}
              />
            )),
          )}
          {LEVELS.map((level) => (
            <g key={`s${level}`}>
              <text
                x={LEFT - 8}
                y={TOP + (4 - level) * CELL + CELL / 2 - 6}
                className="axis-level"
                textAnchor="end"
              >
                {level}
              </text>
              <text
                x={LEFT - 8}
                y={TOP + (4 - level) * CELL + CELL / 2 + 10}
                className="axis-label"
                textAnchor="end"
              >
                {label(props.severityScale, level)}
              </text>
              <text
                x={LEFT + (level - 1) * CELL + CELL / 2}
                y={TOP + SIZE + 16}
                className="axis-level"
                textAnchor="middle"
              >
                {level}
              </text>
              <text
                x={LEFT + (level - 1) * CELL + CELL / 2}
                y={TOP + SIZE + 31}
                className="axis-label"
                textAnchor="middle"
              >
                {label(props.likelihoodScale, level)}
              </text>
            </g>
          ))}
          <text x={LEFT + SIZE / 2} y={TOP + SIZE + 54} className="axis-title" textAnchor="middle">
            {t('riskMap.likelihood')}
          </text>
          <text
            x={16}
            y={TOP + SIZE / 2}
            className="axis-title"
            textAnchor="middle"
            transform={`rotate(-90 16 ${TOP + SIZE / 2})`}
          >
            {t('riskMap.severity')}
          </text>
          {initial.map((from) => {
            const to = residualByNumber.get(from.number);
            if (!to || (to.x === from.x && to.y === from.y)) return null;
            const dx = to.x - from.x;
            const dy = to.y - from.y;
            const length = Math.hypot(dx, dy);
            if (length < radius * 2.2) return null;
            const ux = dx / length;
            const uy = dy / length;
            return (
              <line
                key={`a${from.number}`}
                x1={from.x + ux * radius}
                y1={from.y + uy * radius}
                x2={to.x - ux * (radius + 1)}
                y2={to.y - uy * (radius + 1)}
                className="risk-arrow"
                markerEnd={`url(#${id}-arrow)`}
              />
            );
          })}
          {initial.map((p) => (
            <g key={`i${p.number}`} className="risk-point initial">
              <circle cx={p.x} cy={p.y} r={radius} />
              <text x={p.x} y={p.y} dy="0.35em" textAnchor="middle" style={{ fontSize: radius * 1.05 }}>
                {p.number}
              </text>
            </g>
          ))}
          {residual.map((p) => (
            <g key={`r${p.number}`} className="risk-point residual">
              <circle cx={p.x} cy={p.y} r={radius} />
              <text x={p.x} y={p.y} dy="0.35em" textAnchor="middle" style={{ fontSize: radius * 1.05 }}>
                {p.number}
              </text>
            </g>
          ))}
        </svg>
        <div className="risk-map-legend">
          <span>
            <svg width="16" height="16" aria-hidden="true">
              <circle cx="8" cy="8" r="6" className="legend-initial" />
            </svg>
            {t('riskMap.initial')}
          </span>
          <span>
            <svg width="16" height="16" aria-hidden="true">
              <circle cx="8" cy="8" r="6" className="legend-residual" />
            </svg>
            {t('riskMap.residual')}
          </span>
        </div>
      </div>
      <ol className="risk-map-key" aria-label={t('riskMap.key')}>
        {numbered.map(({ risk, number }) => (
          <li key={risk.id}>
            <span className="risk-key-number" aria-hidden="true">
              {number}
            </span>
            <span className="risk-key-title">{risk.title}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
});
