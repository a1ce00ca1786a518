import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPart } from '../../src/ui/lazyPart';
import { Loading } from '../../src/ui/Loading';
import { LoadPart } from '../../src/ui/LoadPart';

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

  it('shows nothing while it loads when its place asks for no message (fallback null)', async () => {
    const slow = slowPart();
    const { container } = render(
      <LoadPart what="dragging from the palette" fallback={null}>
        <slow.Part name="Ann" />
      </LoadPart>,
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(container).toBeEmptyDOMElement();
    await act(async () => slow.arrive());
    expect(screen.getByText('Hello Ann')).toBeInTheDocument();
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

describe('a lazy part that cannot be shown', () => {
  // React reports the caught error on the console; the boundary's own warning says what failed.
  afterEach(() => vi.restoreAllMocks());
  const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

  /** Fails its first `failures` loads the way Chromium words a chunk that did not arrive. */
  function flakyPart(failures: number) {
    let attempts = 0;
    const Part = lazyPart<object>(() => {
      attempts += 1;
      return attempts <= failures
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Part-1.js'))
        : Promise.resolve(() => <p>The part</p>);
    });
    return { Part, attempts: () => attempts };
  }

  it('says so in its place, keeps the page, and loads on "Try again"', async () => {
    quiet();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const flaky = flakyPart(1);
    render(
      <>
        <p>The rest of the page</p>
        <LoadPart what="the inspector">
          <flaky.Part />
        </LoadPart>
      </>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the inspector: the connection may be down.');
    expect(alert).toHaveTextContent('Your design is not affected');
    expect(screen.getByText('The rest of the page')).toBeInTheDocument();
    // Not fetched again by itself: offline, that would be a loop.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(flaky.attempts()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The part')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(flaky.attempts()).toBe(2);
  });

  it('names an error of the part itself, and a dialog that cannot open can be closed', async () => {
    quiet();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const onClose = vi.fn();
    const Broken = lazyPart<object>(() =>
      Promise.resolve(() => {
        throw new Error('settings missing');
      }),
    );
    render(
      <LoadPart what="the flows" kind="dialog" onClose={onClose}>
        <Broken />
      </LoadPart>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The flows stopped with an error: settings missing',
    );
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('as an overlay, draws nothing while loading or when its code does not arrive, and keeps what it is drawn over', async () => {
    quiet();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const flaky = flakyPart(1);
    render(
      <div>
        <p>The card</p>
        <LoadPart what="the run's overlay" kind="overlay">
          <flaky.Part />
        </LoadPart>
      </div>,
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(screen.getByText('The card')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText('The part')).not.toBeInTheDocument();
  });
});
