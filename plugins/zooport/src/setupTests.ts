import '@testing-library/jest-dom';
import { pinClock } from './__testUtils__/clock';

pinClock();

// Typing into forms with user-event is slow on a busy two-core machine; the
// 5-second default is about speed, which these tests do not measure.
jest.setTimeout(30_000);
