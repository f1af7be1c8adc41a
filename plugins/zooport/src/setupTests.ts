import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { pinClock } from './__testUtils__/clock';

pinClock();

// Typing into forms with user-event is slow on a busy two-core machine; the
// 5-second default is about speed, which these tests do not measure. The
// same holds for the 1-second wait of `findBy…` queries: a page of charts
// takes seconds to render in jsdom while other suites share the cores.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 15_000 });

// jsdom measures nothing and has no ResizeObserver, which the charts'
// ResponsiveContainer needs; the tests read the charts' text and links.
class StillResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= StillResizeObserver;
