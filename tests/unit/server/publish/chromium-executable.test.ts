import { describe, expect, it } from 'vitest';
import { BrowserUnavailable, chromiumExecutable } from '$lib/server/publish/chromium-executable';

describe('chromiumExecutable', () => {
  it('takes CHROMIUM_PATH when it is an executable', () => {
    expect(chromiumExecutable({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('refuses a CHROMIUM_PATH that is no executable, as BrowserUnavailable with the path', () => {
    expect(() => chromiumExecutable({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(BrowserUnavailable);
    expect(() => chromiumExecutable({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(
      'no map image: CHROMIUM_PATH=/nonexistent/chromium is not an executable file'
    );
  });
});
