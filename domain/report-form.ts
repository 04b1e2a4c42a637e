// The report form, described once: its steps in order, each question's field name (the dotted path into the
// contract's JSON, shared/spec/api.md `POST /api/reports`), kind, limits, wording keys (locale `report`
// namespace; a `_child` variant is the child's wording, chosen with i18next's context) and choices (from the
// vocabulary, never a list of its own). From it come the API's zod schema (api/schemas.ts ReportInput), the
// island's steps and its JavaScript-off render (site/islands/report/), the urlencoded parser (reportFromForm,
// used by api/reports/form-body.ts and by the island); the server's error page is the island rendered again (site/render/).
// Kept free of heavy imports: the report page's script carries it (110 KB page budget).
import { AGE_BANDS, CATEGORIES, GENDERS, REPORTER_TYPES } from './report-choices.ts';
import { RISK_ANSWERS, RISK_IDS } from './risks.ts';

export const REPORT_STEPS = ['who', 'what', 'risks', 'danger', 'child', 'where', 'text', 'contact', 'review'] as const;
export type ReportStep = (typeof REPORT_STEPS)[number];

/** The picture beside a step's title: the step's own icon (domain/icons.ts ICONS; a test checks they exist). */
export const stepIcon = (step: ReportStep) => (step === 'risks' ? 'danger' : step);

export type FieldKind = 'radios' | 'select' | 'text' | 'textarea' | 'risks';

export interface ReportField {
  /** The input's name in the form: the contract's JSON path, dotted (`child.ageBand`). */
  readonly name: string;
  readonly step: ReportStep;
  readonly kind: FieldKind;
  /** Locale key of the question; for a question that is its step's title, the step title itself. */
  readonly label: string;
  readonly hint?: string;
  readonly required: boolean;
  /** The allowed answers (radios); for risks, the answers to each question. */
  readonly choices?: readonly string[];
  /** Locale key prefix of a choice's words (`reporter` → `reporter.teacher`); `danger` maps true/false to yes/no. */
  readonly choiceKey?: string;
  /** Locale key prefix of a choice's example line under its words. */
  readonly choiceHint?: string;
  /** Icons for choices (names of ICONS); `*` for every choice not named. */
  readonly choiceIcon?: Readonly<Record<string, string>>;
  /** Answer assumed when none is given. */
  readonly default?: string;
  /** Length limits, in Unicode code points after NFC normalisation and trimming. */
  readonly min?: number;
  readonly max?: number;
  /** The posted text is a JSON boolean in the contract. */
  readonly boolean?: boolean;
  /** The risk questions (kind `risks`): one radio group `risks.<id>` each. */
  readonly questions?: readonly string[];
}

/** Select fields hold a directory id (content/directory/): lower-case letters, digits and hyphens. */
const PLACE_ID_MAX = 64;
export const PLACE_ID = { max: PLACE_ID_MAX, pattern: /^[a-z0-9-]+$/ } as const;
/** The captcha token and the form's language travel with the answers but are not questions. */
export const CAPTCHA_TOKEN_MAX = 4096;

export const REPORT_FIELDS = [
  {
    name: 'reporter',
    step: 'who',
    kind: 'radios',
    label: 'steps.who',
    required: true,
    choices: REPORTER_TYPES,
    choiceKey: 'reporter',
    choiceIcon: { self: 'self', '*': 'adult' },
  },
  {
    name: 'category',
    step: 'what',
    kind: 'radios',
    label: 'steps.what',
    required: true,
    choices: CATEGORIES,
    choiceKey: 'category',
    choiceHint: 'categoryExample',
  },
  {
    name: 'risks',
    step: 'risks',
    kind: 'risks',
    label: 'steps.risks',
    hint: 'risks.intro',
    required: false,
    choices: RISK_ANSWERS,
    choiceKey: 'risks',
    questions: RISK_IDS,
  },
  {
    name: 'immediateDanger',
    step: 'danger',
    kind: 'radios',
    label: 'steps.danger',
    required: true,
    choices: ['true', 'false'],
    choiceKey: 'danger',
    choiceIcon: { true: 'danger', false: 'safe' },
    boolean: true,
  },
  { name: 'child.ageBand', step: 'child', kind: 'radios', label: 'form.ageLabel', required: true, choices: AGE_BANDS, choiceKey: 'age' },
  {
    name: 'child.gender',
    step: 'child',
    kind: 'radios',
    label: 'form.genderLabel',
    required: false,
    choices: GENDERS,
    choiceKey: 'gender',
    default: 'unknown',
  },
  { name: 'location.province', step: 'where', kind: 'select', label: 'form.provinceLabel', required: true, max: PLACE_ID_MAX },
  { name: 'location.district', step: 'where', kind: 'select', label: 'form.districtLabel', required: true, max: PLACE_ID_MAX },
  {
    name: 'location.details',
    step: 'where',
    kind: 'text',
    label: 'form.detailsLabel',
    hint: 'form.detailsHint',
    required: false,
    max: 500,
  },
  {
    name: 'description',
    step: 'text',
    kind: 'textarea',
    label: 'form.descriptionLabel',
    hint: 'form.descriptionHint',
    required: true,
    min: 10,
    max: 5000,
  },
  { name: 'contact', step: 'contact', kind: 'text', label: 'form.contactLabel', hint: 'form.contactWarning', required: false, max: 200 },
] as const satisfies readonly ReportField[];

export type ReportFieldName = (typeof REPORT_FIELDS)[number]['name'];

/** A described field by name (typed: `reportField('description').max` is a number). */
export function reportField<N extends ReportFieldName>(name: N): Extract<(typeof REPORT_FIELDS)[number], { name: N }> {
  return REPORT_FIELDS.find((f) => f.name === name) as Extract<(typeof REPORT_FIELDS)[number], { name: N }>;
}

export const fieldsOfStep = (step: ReportStep): readonly ReportField[] =>
  (REPORT_FIELDS as readonly ReportField[]).filter((f) => f.step === step);

/** The icon of a choice, if the field has pictures. */
export const choiceIcon = (field: ReportField, choice: string) => field.choiceIcon?.[choice] ?? field.choiceIcon?.['*'];

/** The locale key of a choice's words: `reporter.teacher`; the danger question's true/false read yes/no. */
export function choiceLabelKey(field: ReportField, choice: string): string {
  if (field.boolean) return `${field.choiceKey}.${choice === 'true' ? 'yes' : 'no'}`;
  return `${field.choiceKey}.${choice}`;
}

/** Every input name the form posts for a field: one per risk question for `risks`, else the field's own. */
export function inputNames(field: ReportField): string[] {
  return field.kind === 'risks' ? (field.questions ?? []).map((q) => `${field.name}.${q}`) : [field.name];
}

/** Every input name of the whole form, in order (the hidden `locale` first). */
export const reportInputNames = (): string[] => ['locale', ...REPORT_FIELDS.flatMap(inputNames)];

/** The step a server error's field belongs to (`child` alone, a group left out, is asked at the age question). */
export function stepOfField(name: string): ReportStep {
  const target = fieldOfError(name);
  return REPORT_FIELDS.find((f) => f.name === target || target.startsWith(`${f.name}.`))?.step ?? 'review';
}

/** The field that shows an error reported on a whole group (`child`, `location`) or on a field itself. */
export function fieldOfError(name: string): string {
  const first = (REPORT_FIELDS as readonly ReportField[]).find((f) => f.name.startsWith(`${name}.`) && f.required);
  return first ? first.name : name;
}

/** Length as the API counts it: code points after NFC normalisation and trimming. */
export const textLength = (s: string) => [...s.normalize('NFC').trim()].length;

/** A refused answer: `problem` is the key of its message in the `api` namespace (`field.tooShort`), `limit` its {{min}}/{{max}}. */
export interface FieldProblem {
  field: string;
  problem: 'required' | 'tooShort' | 'tooLong';
  limit?: number;
}

/** The answers of one step that the API would refuse, checked before moving on (the API checks again). */
export function checkStep(step: ReportStep, values: Readonly<Record<string, string>>): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const f of fieldsOfStep(step)) {
    const value = values[f.name] ?? '';
    if (f.kind === 'text' || f.kind === 'textarea') {
      const n = textLength(value);
      if (n === 0 && f.required) out.push({ field: f.name, problem: 'required' });
      else if (n > 0 && f.min !== undefined && n < f.min) out.push({ field: f.name, problem: 'tooShort', limit: f.min });
      else if (f.max !== undefined && n > f.max) out.push({ field: f.name, problem: 'tooLong', limit: f.max });
    } else if (f.required && !value) out.push({ field: f.name, problem: 'required' });
  }
  return out;
}

const ALL: readonly ReportField[] = REPORT_FIELDS;
const NESTED = new Set(ALL.flatMap((f) => (f.name.includes('.') || f.kind === 'risks' ? [f.name.split('.')[0]!] : [])));
/** Optional answers left blank are absent from the JSON, not empty strings (a blank risk question, no contact). */
const BLANK_IS_ABSENT = new Set([...ALL.filter((f) => !f.required && !f.default).flatMap(inputNames), 'captchaToken']);
const BOOLEAN = new Set(ALL.filter((f) => f.boolean).map((f) => f.name));

/**
 * The form's answers, by input name as posted (`child.ageBand`, `risks.selfHarm`), turned into the JSON shape of
 * the contract. Used for the JavaScript-off post (urlencoded) and the island's JSON alike. Unknown names are
 * kept as they are, so validation names them.
 */
export function reportFromForm(entries: Iterable<[string, string]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    if (value === '' && BLANK_IS_ABSENT.has(name)) continue;
    const [head, tail, ...rest] = name.split('.');
    if (rest.length || !head) {
      out[name] = value;
      continue;
    }
    if (tail !== undefined && NESTED.has(head)) {
      // A stray scalar of the same name (`location=`) must not turn the nested fields into a TypeError (500).
      if (typeof out[head] !== 'object' || out[head] === null) out[head] = {};
      (out[head] as Record<string, unknown>)[tail] = value;
      continue;
    }
    if (BOOLEAN.has(head)) out[head] = value === 'true' ? true : value === 'false' ? false : value;
    else out[head] = value;
  }
  return out;
}
