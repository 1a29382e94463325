import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tc } from '@/i18n/conditions';
import { DragHandle, SortableList, useSortableItem } from './sortable-list';

const texts = tc.drag;

function Item({ id }: { id: string }) {
  const { item, handle } = useSortableItem(id);
  return (
    <li {...item} data-item={id}>
      <DragHandle handle={handle} className="handle" label={`${id} verplaatsen`} focusKey={id} />
      {id}
    </li>
  );
}

function renderList(onReorder: (from: number, to: number) => void) {
  const ids = ['Wonen', 'Onderwijs', 'Zorg'];
  render(
    <SortableList
      ids={ids}
      labelOf={(id) => id}
      texts={texts}
      onReorder={onReorder}
      className="list"
    >
      {ids.map((id) => (
        <Item key={id} id={id} />
      ))}
    </SortableList>,
  );
}

describe('SortableList', () => {
  // jsdom has no layout; give each item a rectangle by its place in the list.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      const item = this.closest('li[data-item]');
      const index = item?.parentElement ? Array.from(item.parentElement.children).indexOf(item) : 0;
      const top = index * 100;
      return {
        x: 0,
        y: top,
        top,
        left: 0,
        right: 600,
        bottom: top + 90,
        width: 600,
        height: 90,
        toJSON: () => ({}),
      } as DOMRect;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('moves an item by keyboard and says each step in Dutch', async () => {
    const user = userEvent.setup();
    const onReorder = vi.fn();
    renderList(onReorder);
    const handle = screen.getByRole('button', { name: 'Zorg verplaatsen' });
    expect(handle).toHaveAttribute('aria-roledescription', texts.roleDescription);

    handle.focus();
    await user.keyboard('[Space]');
    await screen.findByText(texts.pickedUp('Zorg', 3, 3));
    await user.keyboard('[ArrowUp]');
    await screen.findByText(texts.over('Zorg', 2, 3));
    await user.keyboard('[Space]');

    await waitFor(() => expect(onReorder).toHaveBeenCalledWith(2, 1));
    expect(screen.getByText(texts.dropped('Zorg', 2, 3))).toBeInTheDocument();
  });

  it('changes nothing when the move is cancelled with Escape', async () => {
    const user = userEvent.setup();
    const onReorder = vi.fn();
    renderList(onReorder);
    screen.getByRole('button', { name: 'Wonen verplaatsen' }).focus();
    await user.keyboard('[Space]');
    await user.keyboard('[ArrowDown]');
    await user.keyboard('[Escape]');
    await screen.findByText(texts.cancelled('Wonen', 1, 3));
    expect(onReorder).not.toHaveBeenCalled();
  });
});
