import { describe, expect, it } from 'vitest';
import { imageQuerySchema } from '$lib/server/publish/image-query';

describe('imageQuerySchema', () => {
  it('reads sizes, a scale of 1 or 2 and the roles, with defaults', () => {
    expect(imageQuerySchema.parse({})).toEqual({ width: 1200, height: 800, scale: 1 });
    expect(
      imageQuerySchema.parse({ width: '640', height: '480', scale: '2', layers: 'event,struck' })
    ).toEqual({
      width: 640,
      height: 480,
      scale: 2,
      layers: ['event', 'struck']
    });
  });

  it('refuses a scale of 3, a fractional or huge size, an unknown role and an unknown parameter', () => {
    for (const bad of [
      { scale: '3' },
      { width: '640.5' },
      { width: '100000' },
      { height: '10' },
      { layers: 'event,volcano' },
      { layers: '' },
      { colour: 'red' }
    ])
      expect(imageQuerySchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
