import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { db } from '../../mocks/db';
import { server } from '../../mocks/node';
import { preloadParts } from '../../src/app/lazyParts';

/*
 * jsdom has no layout engine. React Flow measures its container and nodes and only shows nodes once
 * they have a size, so give it what it asks for: a ResizeObserver that reports at once, DOMMatrix
 * for the viewport transform, and non-zero element sizes.
 */
class ReportingResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = { x: 0, y: 0, top: 0, left: 0, bottom: 800, right: 1200, width: 1200, height: 800 };
    this.callback(
      [{ target, contentRect: { ...rect, toJSON: () => rect } } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}

class DOMMatrixReadOnlyStub {
  m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([0-9.]+)\)/)?.[1];
    this.m22 = scale !== undefined ? Number(scale) : 1;
  }
}

globalThis.ResizeObserver = ReportingResizeObserver as unknown as typeof ResizeObserver;
globalThis.DOMMatrixReadOnly = DOMMatrixReadOnlyStub as unknown as typeof DOMMatrixReadOnly;
Object.defineProperties(HTMLElement.prototype, {
  offsetWidth: { configurable: true, get: () => 1200 },
  offsetHeight: { configurable: true, get: () => 800 },
});
// React Flow's pane and minimap read SVG sizes too.
(SVGElement.prototype as unknown as { getBBox: () => object }).getBBox = () => ({
  x: 0,
  y: 0,
  width: 0,
  height: 0,
});
// user-event gives its mouse events a `view` of null in jsdom (it defines the property on each
// event), where a browser gives the window; React Flow's pan (d3-zoom, d3-drag) reads
// `event.view.document` on a mousedown on the pane, e.g. a double-click on a lane's name.
const defineProperty = Object.defineProperty;
Object.defineProperty = function <T>(target: T, key: PropertyKey, attributes: PropertyDescriptor): T {
  if (key === 'view' && target instanceof UIEvent && attributes.get?.() === null)
    return defineProperty(target, key, { ...attributes, get: () => window });
  return defineProperty(target, key, attributes);
} as typeof Object.defineProperty;

// The mocked backend, the same handlers as `npm run dev`; an unexpected request fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// The inspector and dialogs load after the first screen (see src/app/lazyParts.ts); the tests see the
// designer as a user does a moment later, once they are there. tests/component/lazyParts.test.tsx
// covers the moment before.
beforeAll(() => preloadParts());
afterEach(() => {
  cleanup();
  server.resetHandlers();
  // The seeded flows again and no faults: a save or fault in one test must not leak into the next.
  db.reset();
  localStorage.clear();
});
afterAll(() => server.close());
