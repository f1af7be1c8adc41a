import { allowedActions, isOpen, nextStatus } from './lifecycle';
import { RequestAction, RequestStatus } from './types';

describe('nextStatus', () => {
  const allowed: [RequestStatus, RequestAction, RequestStatus][] = [
    ['new', 'acknowledge', 'acknowledged'],
    ['new', 'start', 'in_progress'],
    ['acknowledged', 'start', 'in_progress'],
    ['waiting_for_requester', 'start', 'in_progress'],
    ['new', 'wait_for_requester', 'waiting_for_requester'],
    ['acknowledged', 'wait_for_requester', 'waiting_for_requester'],
    ['in_progress', 'wait_for_requester', 'waiting_for_requester'],
    ['new', 'resolve', 'resolved'],
    ['acknowledged', 'resolve', 'resolved'],
    ['in_progress', 'resolve', 'resolved'],
    ['waiting_for_requester', 'resolve', 'resolved'],
    ['new', 'close', 'closed'],
    ['acknowledged', 'close', 'closed'],
    ['in_progress', 'close', 'closed'],
    ['waiting_for_requester', 'close', 'closed'],
    ['resolved', 'close', 'closed'],
    ['resolved', 'reopen', 'in_progress'],
  ];
  it.each(allowed)('%s, %s: %s', (status, action, expected) => {
    expect(nextStatus(status, action)).toBe(expected);
  });

  const refused: [RequestStatus, RequestAction][] = [
    ['acknowledged', 'acknowledge'],
    ['in_progress', 'acknowledge'],
    ['in_progress', 'start'],
    ['resolved', 'start'],
    ['waiting_for_requester', 'wait_for_requester'],
    ['resolved', 'wait_for_requester'],
    ['resolved', 'resolve'],
    ['closed', 'close'],
    ['new', 'reopen'],
    ['in_progress', 'reopen'],
    ['closed', 'reopen'],
    ['closed', 'start'],
    ['closed', 'resolve'],
  ];
  it.each(refused)('%s, %s: refused', (status, action) => {
    expect(nextStatus(status, action)).toBeUndefined();
  });
});

describe('allowedActions', () => {
  it.each([
    ['new', ['acknowledge', 'start', 'wait_for_requester', 'resolve', 'close']],
    ['acknowledged', ['start', 'wait_for_requester', 'resolve', 'close']],
    ['in_progress', ['wait_for_requester', 'resolve', 'close']],
    ['waiting_for_requester', ['start', 'resolve', 'close']],
    ['resolved', ['close', 'reopen']],
    ['closed', []],
  ] as const)('%s: %j', (status, expected) => {
    expect(allowedActions(status)).toEqual(expected);
  });
});

describe('isOpen', () => {
  it.each([
    ['new', true],
    ['acknowledged', true],
    ['in_progress', true],
    ['waiting_for_requester', true],
    ['resolved', false],
    ['closed', false],
  ] as const)('%s: %s', (status, expected) => {
    expect(isOpen(status)).toBe(expected);
  });
});
