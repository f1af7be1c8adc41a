import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  RequestPriority,
  RequestType,
  RequestTypeField,
  RequestTypeInput,
  SlaTarget,
  requestPriorities,
} from '@zooport/plugin-zooport-common';
import { formatMinutes, minutesOf } from '../../../../time';
import {
  Problems,
  problemsOf,
  requiredTextProblem,
} from '../../../shared/EditorFields/problems';
import {
  JiraProjectDraft,
  jiraProjectDraftOf,
  jiraProjectOf,
  jiraProjectProblems,
} from '../../../shared/JiraProjectFields';

/** A form field of the type as typed so far. */
export interface FieldDraft {
  key: string;
  label: string;
  kind: RequestTypeField['kind'];
  required: boolean;
  /** The choices of a select. */
  options: string[];
  /** The kinds an entity field offers, e.g. Component. */
  entityKinds: string[];
  /** A new field's key follows its label until someone types a key. */
  keyFollowsLabel: boolean;
}

/** An SLA target with its spans as typed, e.g. "2 h 30 min" or "90". */
export interface SlaDraft {
  firstResponse: string;
  resolution: string;
  clock: SlaTarget['clock'];
}

export interface RequestTypeDraft {
  name: string;
  description: string;
  fields: FieldDraft[];
  defaultPriority: RequestPriority;
  sla: Record<RequestPriority, SlaDraft>;
  /** User refs as typed: `amara` or `user:default/amara`. */
  approvers: string[];
  entryIds: string[];
  /** Where its bug tickets are filed in Jira; a blank key: the desk's project. */
  jiraProject: JiraProjectDraft;
}

/** The backend's limits on a request type. */
const limits = {
  name: 100,
  description: 2000,
  fields: 20,
  label: 100,
  options: 50,
  option: 100,
  entityKinds: 10,
  approvers: 20,
  entries: 20,
  /** A year. */
  slaMinutes: 60 * 24 * 365,
};

/** Business minutes; a working day is eight hours of them. */
const newTypeTargets: Record<RequestPriority, [number, number]> = {
  urgent: [5, 4 * 60],
  high: [30, 8 * 60],
  medium: [2 * 60, 24 * 60],
  low: [8 * 60, 80 * 60],
};

function slaDraftOf(target: SlaTarget): SlaDraft {
  return {
    firstResponse: formatMinutes(target.firstResponseMinutes),
    resolution: formatMinutes(target.resolutionMinutes),
    clock: target.clock,
  };
}

/** The draft of `type`, or of a new one with targets on business hours. */
export function requestTypeDraftOf(type?: RequestType): RequestTypeDraft {
  if (!type) {
    const sla = Object.fromEntries(
      requestPriorities.map(priority => {
        const [firstResponseMinutes, resolutionMinutes] =
          newTypeTargets[priority];
        const target: SlaTarget = {
          firstResponseMinutes,
          resolutionMinutes,
          clock: 'business',
        };
        return [priority, slaDraftOf(target)];
      }),
    ) as RequestTypeDraft['sla'];
    return {
      name: '',
      description: '',
      fields: [],
      defaultPriority: 'medium',
      sla,
      approvers: [],
      entryIds: [],
      jiraProject: jiraProjectDraftOf(),
    };
  }
  return {
    name: type.name,
    description: type.description,
    fields: type.fields.map(field => ({
      key: field.key,
      label: field.label,
      kind: field.kind,
      required: field.required,
      options: field.options ?? [],
      entityKinds: field.entityKinds ?? [],
      keyFollowsLabel: false,
    })),
    defaultPriority: type.defaultPriority,
    sla: Object.fromEntries(
      requestPriorities.map(priority => [
        priority,
        slaDraftOf(type.sla[priority]),
      ]),
    ) as RequestTypeDraft['sla'],
    approvers: type.approvers,
    entryIds: type.entryIds,
    jiraProject: jiraProjectDraftOf(type.jiraProject),
  };
}

export function newField(): FieldDraft {
  return {
    key: '',
    label: '',
    kind: 'text',
    required: false,
    options: [],
    entityKinds: [],
    keyFollowsLabel: true,
  };
}

/** A field key from its label: "Database name" → `database_name`. */
export function keyOf(label: string): string {
  const words = label
    .normalize('NFKD')
    .toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const key = /^[a-z]/.test(words) ? words : `field_${words}`;
  return key.slice(0, 40).replace(/_+$/, '');
}

/** The field with a new label, and its key too while the key follows it. */
export function withLabel(field: FieldDraft, label: string): FieldDraft {
  return field.keyFollowsLabel
    ? { ...field, label, key: keyOf(label) }
    : { ...field, label };
}

const fieldKeyPattern = /^[a-z][a-zA-Z0-9_]{0,39}$/;

/** `amara` → `user:default/amara`; undefined when it is not a user ref. */
export function approverRef(text: string): string | undefined {
  try {
    const ref = parseEntityRef(text.trim(), {
      defaultKind: 'user',
      defaultNamespace: 'default',
    });
    return ref.kind.toLocaleLowerCase('en-US') === 'user'
      ? stringifyEntityRef(ref)
      : undefined;
  } catch {
    return undefined;
  }
}

function fieldProblems(
  fields: FieldDraft[],
): Record<string, string | undefined> {
  const problems: Record<string, string | undefined> = {
    fields:
      fields.length > limits.fields ? `at most ${limits.fields}` : undefined,
  };
  const keys = fields.map(field => field.key);
  fields.forEach((field, i) => {
    const path = `fields.${i}`;
    problems[`${path}.label`] = requiredTextProblem(field.label, limits.label);
    if (!fieldKeyPattern.test(field.key)) {
      problems[`${path}.key`] =
        'must be a short identifier, e.g. database_name';
    } else if (keys.indexOf(field.key) !== i) {
      problems[`${path}.key`] = 'another field has this key';
    }
    if (field.kind === 'select') {
      if (field.options.length === 0) {
        problems[`${path}.options`] = 'a select needs at least one option';
      } else if (field.options.length > limits.options) {
        problems[`${path}.options`] = `at most ${limits.options}`;
      } else if (field.options.some(o => o.length > limits.option)) {
        problems[
          `${path}.options`
        ] = `each at most ${limits.option} characters`;
      }
    }
    if (
      field.kind === 'entity' &&
      field.entityKinds.length > limits.entityKinds
    ) {
      problems[`${path}.entityKinds`] = `at most ${limits.entityKinds}`;
    }
  });
  return problems;
}

function slaProblems(
  sla: RequestTypeDraft['sla'],
): Record<string, string | undefined> {
  const problems: Record<string, string | undefined> = {};
  const spanProblem = (text: string) => {
    const minutes = minutesOf(text);
    if (minutes === undefined) {
      return 'a span, e.g. 45 min, 4 h or 2 h 30 min';
    }
    return minutes < 1 || minutes > limits.slaMinutes
      ? 'between 1 minute and a year'
      : undefined;
  };
  for (const priority of requestPriorities) {
    const path = `sla.${priority}`;
    const { firstResponse, resolution } = sla[priority];
    problems[`${path}.firstResponseMinutes`] = spanProblem(firstResponse);
    problems[`${path}.resolutionMinutes`] =
      spanProblem(resolution) ??
      ((minutesOf(resolution) ?? 0) < (minutesOf(firstResponse) ?? 0)
        ? 'must not be shorter than the first response'
        : undefined);
  }
  return problems;
}

function approverProblem(approvers: string[]): string | undefined {
  if (approvers.length > limits.approvers) {
    return `at most ${limits.approvers}`;
  }
  const notUser = approvers.find(approver => !approverRef(approver));
  return notUser === undefined ? undefined : `${notUser} is not a user`;
}

/** Why the backend would refuse the draft; empty when it would take it. */
export function requestTypeProblems(draft: RequestTypeDraft): Problems {
  return problemsOf({
    name: requiredTextProblem(draft.name, limits.name),
    description:
      draft.description.length > limits.description
        ? `at most ${limits.description} characters`
        : undefined,
    ...fieldProblems(draft.fields),
    ...slaProblems(draft.sla),
    approvers: approverProblem(draft.approvers),
    entryIds:
      draft.entryIds.length > limits.entries
        ? `at most ${limits.entries}`
        : undefined,
    ...jiraProjectProblems(draft.jiraProject),
  });
}

/** What a stored type says, without its bookkeeping. */
export function storedInputOf(type: RequestType): RequestTypeInput {
  const {
    id: _id,
    teamRef: _teamRef,
    archived: _archived,
    revision: _revision,
    ...input
  } = type;
  return input;
}

function fieldOf(field: FieldDraft): RequestTypeField {
  const { key, label, kind, required } = field;
  return {
    key,
    label: label.trim(),
    kind,
    required,
    ...(kind === 'select' && { options: field.options }),
    ...(kind === 'entity' &&
      field.entityKinds.length > 0 && { entityKinds: field.entityKinds }),
  };
}

/** The draft as `POST`/`PUT …/request-types` take it; check it first. */
export function requestTypeInputOf(draft: RequestTypeDraft): RequestTypeInput {
  const sla = Object.fromEntries(
    requestPriorities.map(priority => {
      const target = draft.sla[priority];
      return [
        priority,
        {
          firstResponseMinutes: minutesOf(target.firstResponse) ?? 0,
          resolutionMinutes: minutesOf(target.resolution) ?? 0,
          clock: target.clock,
        },
      ];
    }),
  ) as RequestTypeInput['sla'];
  const jiraProject = jiraProjectOf(draft.jiraProject);
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    fields: draft.fields.map(fieldOf),
    defaultPriority: draft.defaultPriority,
    sla,
    approvers: [
      ...new Set(draft.approvers.map(a => approverRef(a) ?? a.trim())),
    ],
    entryIds: draft.entryIds,
    ...(jiraProject && { jiraProject }),
  };
}
