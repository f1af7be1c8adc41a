import { render, screen, within } from '@testing-library/react';
import { ScheduledSegment } from '@zooport/plugin-zooport-common';
import { fromNow } from '../../../__testUtils__/clock';
import { ShiftTimeline } from './ShiftTimeline';

const fallback = {
  userRef: 'user:default/erin',
  role: 'fallback' as const,
  source: 'rotation' as const,
};

function segment(
  days: [number, number],
  changes: Partial<ScheduledSegment>,
): ScheduledSegment {
  return {
    start: fromNow({ days: days[0] }),
    end: fromNow({ days: days[1] }),
    onDuty: [fallback],
    supportDay: true,
    gap: true,
    missingCapabilities: [],
    ...changes,
  };
}

describe('ShiftTimeline', () => {
  it('shows days without support calmly, and a gap on a support day in red', () => {
    const segments = [
      segment([0, 3], {
        onDuty: [
          { userRef: 'user:default/lars', role: 'primary', source: 'rotation' },
        ],
        gap: false,
      }),
      segment([3, 5], { supportDay: false, gap: false }),
      segment([5, 7], {}),
    ];
    render(
      <ShiftTimeline
        shifts={[
          {
            index: 1,
            start: segments[0].start,
            end: segments[2].end,
            gap: true,
            missingCapabilities: [],
            segments,
          },
        ]}
      />,
    );

    const shift = within(screen.getByRole('list', { name: 'Coming shifts' }));
    const calm = shift.getByText('no support day, the fallback answers');
    expect(calm).toHaveClass('MuiTypography-colorTextSecondary');
    const gaps = shift.getAllByText(/^gap/);
    expect(gaps.map(gap => gap.textContent)).toEqual([
      'gap, the fallback covers',
    ]);
    expect(gaps[0]).toHaveClass('MuiTypography-colorError');
  });
});
