import { useTranslation } from 'react-i18next';
import type { ReportStep } from '../../../domain/report-form.ts';
import type { FormProvince } from './places.ts';
import { riskAnswers } from './RiskStep.tsx';
import { StepFrame } from './StepFrame.tsx';
import { riskAnswerKey } from './spoken.ts';
import { type StepProps, wordingOf } from './step-props.ts';
import { useCategoryLabel } from './steps.tsx';
import type { useCaptcha } from './useCaptcha.ts';

interface Props {
  s: StepProps;
  provinces: readonly FormProvince[];
  goTo: (step: ReportStep) => void;
  /** The captcha: its widget's box is shown here when the server has a site key. */
  captcha: ReturnType<typeof useCaptcha>;
}

/** Every answer read back, each with a Change button that returns to its step. */
export function ReviewStep({ s, provinces, goTo, captcha }: Props) {
  const { t } = useTranslation('report');
  const categoryLabel = useCategoryLabel(s.child);
  const v = s.values;
  // A child reads back their own answers in their own words: the labels, the yes/no of questions asked the safe way round.
  const ctx = wordingOf(s.child);
  const none = t('review.notAnswered', ctx);
  const name = (field: string) => t(`fieldName.${field}`, ctx);
  const province = provinces.find((p) => p.id === v['location.province']);
  const district = province?.districts.find((d) => d.id === v['location.district']);
  const risks = Object.entries(riskAnswers(v) ?? {}).map(([id, a]) => `${t(`risk.${id}`, ctx)} ${t(riskAnswerKey(id, a, s.child))}`);
  const danger = v.immediateDanger === 'true' ? 'danger.yes' : 'danger.no';
  const rows: [ReportStep, string, string][] = [
    ['who', name('reporter'), v.reporter ? t(`reporter.${v.reporter}`) : none],
    ['what', name('category'), v.category ? categoryLabel(v.category) : none],
    ['risks', name('risks'), risks.join('\n') || none],
    ['danger', name('immediateDanger'), v.immediateDanger ? t(danger, ctx) : none],
    ['child', name('child.ageBand'), v['child.ageBand'] ? t(`age.${v['child.ageBand']}`, ctx) : none],
    ['where', name('location.district'), [province?.name, district?.name, v['location.details']].filter(Boolean).join(' – ') || none],
    ['text', name('description'), v.description || none],
    ['contact', name('contact'), v.contact || t('review.none', ctx)],
  ];
  return (
    <StepFrame step="review" s={s}>
      <dl className="app-review">
        {rows.map(([target, label, value]) => (
          <div className="app-review__row" key={target}>
            <dt>{label}</dt>
            <dd dir="auto">{value}</dd>
            <dd>
              <button type="button" className="app-button--link" onClick={() => goTo(target)}>
                {t('review.change', ctx)} <span className="app-u-visually-hidden">{label}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      {captcha.sitekey && (
        <div className="app-form__field">
          {/* biome-ignore lint/a11y/useSemanticElements: hCaptcha draws its widget into this box; a fieldset would frame it */}
          <div ref={captcha.box} className="app-captcha" role="group" aria-label={t('captcha.label', ctx)} />
          {captcha.state === 'failed' && <p className="app-form__hint">{t('captcha.unavailable')}</p>}
        </div>
      )}
    </StepFrame>
  );
}
