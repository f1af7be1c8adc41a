import {
  accessType,
  questionType,
} from '../../../../__testUtils__/fakeZooportApi';
import { minutesOf } from '../../../../time';
import {
  RequestTypeDraft,
  approverRef,
  keyOf,
  newField,
  requestTypeDraftOf,
  requestTypeInputOf,
  requestTypeProblems,
  storedInputOf,
  withLabel,
} from './requestTypeDraft';

const draftWith = (patch: Partial<RequestTypeDraft>): RequestTypeDraft => ({
  ...requestTypeDraftOf(accessType),
  ...patch,
});

describe('request type drafts', () => {
  it('gives back the type it was read from', () => {
    const draft = requestTypeDraftOf({
      ...accessType,
      approvers: ['user:default/mei'],
      entryIds: ['entry-preview'],
    });
    expect(requestTypeProblems(draft)).toEqual({});
    expect(requestTypeInputOf(draft)).toEqual({
      ...storedInputOf(accessType),
      approvers: ['user:default/mei'],
      entryIds: ['entry-preview'],
    });
  });

  it('starts a new type blank, on business-hour targets that pass', () => {
    const draft = requestTypeDraftOf();
    expect(requestTypeProblems(draft)).toEqual({ name: 'is required' });
    expect(draft.sla.high).toEqual({
      firstResponse: '30 min',
      resolution: '8 h',
      clock: 'business',
    });
  });

  it.each([
    ['90', 90],
    ['45 min', 45],
    ['4 h', 240],
    ['2 h 30 min', 150],
    ['1h30m', 90],
    ['24 h', 1440],
    ['', undefined],
    ['4 hours', undefined],
    ['1.5 h', undefined],
  ])('reads the span %p as %p minutes', (text, minutes) => {
    expect(minutesOf(text)).toBe(minutes);
  });

  it('sends spans as minutes, the kind-specific lists only for their kind, and full user refs', () => {
    const input = requestTypeInputOf(
      draftWith({
        fields: [
          { ...newField(), key: 'db', label: ' Database ', options: ['x'] },
          {
            ...newField(),
            key: 'size',
            label: 'Size',
            kind: 'select',
            options: ['S', 'M'],
            entityKinds: ['Component'],
          },
          { ...newField(), key: 'system', label: 'System', kind: 'entity' },
        ],
        sla: {
          ...requestTypeDraftOf(accessType).sla,
          urgent: { firstResponse: '15', resolution: '2 h', clock: 'always' },
        },
        approvers: ['mei', 'user:default/mei', 'user:infra/lars'],
      }),
    );
    expect(input.fields).toEqual([
      { key: 'db', label: 'Database', kind: 'text', required: false },
      {
        key: 'size',
        label: 'Size',
        kind: 'select',
        required: false,
        options: ['S', 'M'],
      },
      { key: 'system', label: 'System', kind: 'entity', required: false },
    ]);
    expect(input.sla.urgent).toEqual({
      firstResponseMinutes: 15,
      resolutionMinutes: 120,
      clock: 'always',
    });
    expect(input.approvers).toEqual(['user:default/mei', 'user:infra/lars']);
  });

  it('derives a new field’s key from its label until the key is typed', () => {
    const field = withLabel(newField(), 'Database name');
    expect(field.key).toBe('database_name');
    expect(withLabel({ ...field, keyFollowsLabel: false }, 'DB').key).toBe(
      'database_name',
    );
    expect(keyOf('2nd approver!')).toBe('field_2nd_approver');
  });

  it('reads approvers as users only', () => {
    expect(approverRef('amara')).toBe('user:default/amara');
    expect(approverRef('group:default/platform')).toBeUndefined();
  });

  it.each<[string, Partial<RequestTypeDraft>, Record<string, string>]>([
    ['a blank name', { name: ' ' }, { name: 'is required' }],
    [
      'a key that is no identifier, and a select without choices',
      {
        fields: [
          {
            ...newField(),
            key: 'Bad key',
            label: 'Size',
            kind: 'select',
          },
        ],
      },
      {
        'fields.0.key': 'must be a short identifier, e.g. database_name',
        'fields.0.options': 'a select needs at least one option',
      },
    ],
    [
      'two fields with one key',
      {
        fields: [
          { ...newField(), key: 'db', label: 'A' },
          { ...newField(), key: 'db', label: 'B' },
        ],
      },
      { 'fields.1.key': 'another field has this key' },
    ],
    [
      'a resolution sooner than the first response, and a span it cannot read',
      {
        sla: {
          ...requestTypeDraftOf(questionType).sla,
          high: { firstResponse: '2 h', resolution: '1 h', clock: 'business' },
          low: { firstResponse: 'soon', resolution: '1 h', clock: 'business' },
        },
      },
      {
        'sla.high.resolutionMinutes':
          'must not be shorter than the first response',
        'sla.low.firstResponseMinutes':
          'a span, e.g. 45 min, 4 h or 2 h 30 min',
      },
    ],
    [
      'a zero target',
      {
        sla: {
          ...requestTypeDraftOf(questionType).sla,
          urgent: { firstResponse: '0', resolution: '1 h', clock: 'always' },
        },
      },
      { 'sla.urgent.firstResponseMinutes': 'between 1 minute and a year' },
    ],
    [
      'a group as approver',
      { approvers: ['group:default/platform'] },
      { approvers: 'group:default/platform is not a user' },
    ],
  ])('names the fields of %s', (_case, patch, problems) => {
    expect(requestTypeProblems(draftWith(patch))).toEqual(problems);
  });
});
