// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskApi, ExportOptions } from '../../../src/core/api/contract';
import { ExportDialog } from '../../../renderer/export/export-dialog';

afterEach(cleanup);

function fakeApi(exportStory: (id: string, o: ExportOptions) => Promise<{ dir: string; files: string[] }>): CopydeskApi {
  return { exportStory, pickPaths: vi.fn(async () => ['/picked']) } as unknown as CopydeskApi;
}

describe('ExportDialog', () => {
  it('settles pending typing first, then exports the chosen formats to the typed folder', async () => {
    const order: string[] = [];
    const exportStory = vi.fn(async (_id: string, _o: ExportOptions) => {
      order.push('export');
      return { dir: '/out', files: ['/out/a.corrected.txt'] };
    });
    const onDone = vi.fn();
    render(
      <ExportDialog api={fakeApi(exportStory)} storyId="s1" storyName="a.txt" canPick={false} settle={async () => void order.push('settle')} onDone={onDone} onClose={() => undefined} />,
    );
    fireEvent.click(screen.getByLabelText(/HTML review report/));
    fireEvent.change(screen.getByPlaceholderText(/exports folder/), { target: { value: ' /out ' } });
    fireEvent.submit(screen.getByRole('dialog'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(order).toEqual(['settle', 'export']);
    expect(exportStory).toHaveBeenCalledWith('s1', { dir: '/out', formats: ['text', 'log-csv', 'log-json', 'diff'] });
    // No native dialog in a browser: no button that would do nothing.
    expect(screen.queryByText('Choose folder…')).toBeNull();
  });

  it('stays open with the reason when the folder cannot be written, and can try again', async () => {
    const exportStory = vi
      .fn()
      .mockRejectedValueOnce(new Error('Cannot write a.corrected.txt: no permission to write in /locked.'))
      .mockResolvedValueOnce({ dir: '/ok', files: [] });
    const onDone = vi.fn();
    render(<ExportDialog api={fakeApi(exportStory)} storyId="s1" storyName="a.txt" canPick settle={async () => undefined} onDone={onDone} onClose={() => undefined} />);
    fireEvent.submit(screen.getByRole('dialog'));
    expect((await screen.findByRole('alert')).textContent).toContain('no permission');
    expect(onDone).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('Choose folder…'));
    await waitFor(() => expect((screen.getByPlaceholderText(/exports folder/) as HTMLInputElement).value).toBe('/picked'));
    fireEvent.submit(screen.getByRole('dialog'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith({ dir: '/ok', files: [] }));
    expect(exportStory.mock.calls[1]![1]).toMatchObject({ dir: '/picked' });
  });

  it('closes on Escape', () => {
    const onClose = vi.fn();
    render(<ExportDialog api={fakeApi(vi.fn())} storyId="s1" storyName="a.txt" canPick={false} settle={async () => undefined} onDone={() => undefined} onClose={onClose} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
});
