import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FileDropOverlay, useWindowFileDrop } from '../../../src/panels/import';

function Harness({ onFile }: { onFile: (file: File) => void }) {
  const { dragging } = useWindowFileDrop(onFile);
  return (
    <>
      <p>{dragging ? 'dragging' : 'idle'}</p>
      <FileDropOverlay visible={dragging} />
    </>
  );
}

/** jsdom has no DataTransfer: an event carrying just what the hook reads. */
function dragEvent(type: string, files: File[], types = ['Files']) {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types, files } });
  return event;
}

describe('useWindowFileDrop', () => {
  it('shows the overlay while a file is over the window and hands the dropped file over', () => {
    const onFile = vi.fn();
    render(<Harness onFile={onFile} />);
    const file = new File(['{}'], 'a.json');
    act(() => void window.dispatchEvent(dragEvent('dragenter', [])));
    expect(screen.getByText('dragging')).toBeInTheDocument();
    expect(screen.getByText('Drop the file to import it')).toBeInTheDocument();
    const over = dragEvent('dragover', []);
    act(() => void window.dispatchEvent(over));
    expect(over.defaultPrevented).toBe(true);
    const drop = dragEvent('drop', [file]);
    act(() => void window.dispatchEvent(drop));
    expect(drop.defaultPrevented).toBe(true);
    expect(onFile).toHaveBeenCalledWith(file);
    expect(screen.getByText('idle')).toBeInTheDocument();
  });

  it('ignores drags that carry no files (canvas cards, text)', () => {
    const onFile = vi.fn();
    render(<Harness onFile={onFile} />);
    act(() => void window.dispatchEvent(dragEvent('dragenter', [], ['text/plain'])));
    expect(screen.getByText('idle')).toBeInTheDocument();
    const drop = dragEvent('drop', [], ['text/plain']);
    act(() => void window.dispatchEvent(drop));
    expect(drop.defaultPrevented).toBe(false);
    expect(onFile).not.toHaveBeenCalled();
  });

  it('stops listening when unmounted', () => {
    const onFile = vi.fn();
    const { unmount } = render(<Harness onFile={onFile} />);
    unmount();
    window.dispatchEvent(dragEvent('drop', [new File(['x'], 'x.json')]));
    expect(onFile).not.toHaveBeenCalled();
  });
});
