import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPart } from '../../src/ui/lazyPart';
import { Loading } from '../../src/ui/Loading';

/** A part whose code arrives when the test says so, as over a slow network. */
function slowPart() {
  let arrive: () => void = () => undefined;
  let loads = 0;
  const Part = lazyPart<{ name: string }>(() => {
    loads += 1;
    return new Promise((resolve) => {
      arrive = () => resolve(({ name }: { name: string }) => <p>Hello {name}</p>);
    });
  });
  return { Part, arrive: () => arrive(), loads: () => loads };
}

const show = (Part: ReturnType<typeof slowPart>['Part']) =>
  render(
    <Suspense fallback={<Loading what="the greeting" />}>
      <Part name="Ann" />
    </Suspense>,
  );

describe('lazyPart', () => {
  it('announces that it is loading until its code arrives, then shows the part', async () => {
    const slow = slowPart();
    show(slow.Part);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the greeting…');
    expect(screen.queryByText('Hello Ann')).not.toBeInTheDocument();
    await act(async () => slow.arrive());
    expect(screen.getByText('Hello Ann')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows a preloaded part at once, with no loading message, and loads its code only once', async () => {
    const slow = slowPart();
    const preloaded = slow.Part.preload();
    slow.arrive();
    await preloaded;
    await slow.Part.preload();
    show(slow.Part);
    expect(screen.getByText('Hello Ann')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(slow.loads()).toBe(1);
  });

  it('tries again after a failed load', async () => {
    let attempts = 0;
    const Part = lazyPart<object>(() => {
      attempts += 1;
      return attempts === 1
        ? Promise.reject(new Error('offline'))
        : Promise.resolve(() => <p>Back online</p>);
    });
    await expect(Part.preload()).rejects.toThrow('offline');
    await Part.preload();
    render(<Part />);
    expect(screen.getByText('Back online')).toBeInTheDocument();
  });
});
