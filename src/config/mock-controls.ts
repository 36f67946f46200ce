/**
 * Whether the testers' controls (fault injection) exist in this build: with the browser mocks
 * on, or explicitly against the HTTP mock gateway. Build-time constants, so a production build
 * with mocks off contains none of it.
 */
export const mockControlsEnabled =
  import.meta.env.VITE_MOCKS !== 'off' || import.meta.env.VITE_MOCK_CONTROLS === 'on';
