"use client";

import { useContext, useEffect, useState, type KeyboardEvent, type ReactNode } from "react";
import {
  ComboBox,
  ComboBoxStateContext,
  Group,
  Input,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type TextProps,
} from "react-aria-components";

export type ComboboxProps<T extends object> = {
  /** The text box's accessible name. */
  label: string;
  /** The accessible name of the list of options. */
  listLabel: string;
  /** The typed text (controlled). */
  inputValue: string;
  onInputChange: (text: string) => void;
  /** The options for the typed text; the last answer may stand while `loading`. */
  items: readonly T[];
  loading: boolean;
  itemKey: (item: T) => string;
  /** What the option is called when read out or typed ahead to. */
  itemText: (item: T) => string;
  /** The option's content, with an `OptionLabel` and optionally an `OptionDescription`. */
  renderItem: (item: T) => ReactNode;
  /** Called when an option is clicked, or focused with the arrows and entered. */
  onChoose: (item: T) => void;
  /** Called on Enter when no option is focused; without it Enter only closes the list. */
  onSubmit?: (text: string) => void;
  onOpenChange?: (open: boolean) => void;
  /** Below this many characters (ignoring spaces at the ends) no list is shown. */
  minLength?: number;
  /** Focus the first option whenever the list has options and none is focused, so Enter picks it. */
  autoFocusFirst?: boolean;
  id?: string;
  /** The form field the typed text is submitted as. */
  name?: string;
  placeholder?: string;
  maxLength?: number;
  describedBy?: string;
  className?: string;
  inputClassName?: string;
  /** Shown beside the text box; the list spans both. */
  addon?: ReactNode;
};

/** The part of an option it is named by. */
export function OptionLabel(props: Omit<TextProps, "slot">) {
  return <Text {...props} slot="label" />;
}

/** The part of an option read after its name. */
export function OptionDescription(props: Omit<TextProps, "slot">) {
  return <Text {...props} slot="description" />;
}

/**
 * A text box with a list of options fetched for what is typed: an ARIA combobox driven by
 * the arrows, Enter, Escape and the pointer. The list says when it is loading, when nothing
 * matched and how many options there are; choosing an option never selects it into the box.
 */
export function Combobox<T extends object>({
  label,
  listLabel,
  inputValue,
  onInputChange,
  items,
  loading,
  itemKey,
  itemText,
  renderItem,
  onChoose,
  onSubmit,
  onOpenChange,
  minLength = 0,
  autoFocusFirst = false,
  id,
  name,
  placeholder,
  maxLength,
  describedBy,
  className,
  inputClassName,
  addon,
}: ComboboxProps<T>) {
  const active = inputValue.trim().length >= minLength;
  const shown = active ? items : [];
  return (
    <ComboBox
      id={id}
      name={name}
      aria-label={label}
      aria-describedby={describedBy}
      items={shown}
      inputValue={inputValue}
      onInputChange={onInputChange}
      onOpenChange={onOpenChange}
      allowsCustomValue
      allowsEmptyCollection={active}
      menuTrigger="manual"
      shouldFocusWrap
      className={className}
    >
      <Group role="presentation" className="flex w-full gap-2">
        <TextBox
          active={(text) => text.trim().length >= minLength}
          onSubmit={onSubmit}
          placeholder={placeholder}
          maxLength={maxLength}
          className={inputClassName}
        />
        {addon}
      </Group>
      <Popover
        offset={4}
        className="flex w-(--trigger-width) flex-col overflow-hidden rounded-md border border-rule bg-surface shadow-lg"
      >
        <ListBox<T>
          aria-label={listLabel}
          dependencies={[renderItem, onChoose]}
          className="max-h-80 min-h-0 overflow-auto"
        >
          {(item) => (
            <ListBoxItem
              id={itemKey(item)}
              textValue={itemText(item)}
              onAction={() => onChoose(item)}
              className="cursor-pointer px-3 py-2 text-sm outline-none data-focused:bg-accent-soft"
            >
              {renderItem(item)}
            </ListBoxItem>
          )}
        </ListBox>
        <Status loading={loading} count={shown.length} />
        {autoFocusFirst && <FocusFirst />}
      </Popover>
    </ComboBox>
  );
}

function TextBox({
  active,
  onSubmit,
  placeholder,
  maxLength,
  className,
}: {
  active: (text: string) => boolean;
  onSubmit?: (text: string) => void;
  placeholder?: string;
  maxLength?: number;
  className?: string;
}) {
  const state = useContext(ComboBoxStateContext);

  function onKeyDownCapture(e: KeyboardEvent<HTMLInputElement>) {
    if (!state || e.nativeEvent.isComposing) return;
    if (e.key === "Enter" && onSubmit && state.selectionManager.focusedKey == null) {
      e.preventDefault();
      if (state.isOpen) state.close();
      onSubmit(state.inputValue);
    } else if ((e.key === "ArrowDown" || e.key === "ArrowUp") && !state.isOpen && !active(state.inputValue)) {
      // Too little is typed for a list: the arrows only move the caret.
      e.stopPropagation();
    } else if (e.key === "Tab" && state.isOpen) {
      // Leaving the box closes the list on blur; it never takes the focused option with it.
      e.stopPropagation();
    }
  }

  return (
    <Input
      placeholder={placeholder}
      maxLength={maxLength}
      className={className}
      onKeyDownCapture={onKeyDownCapture}
      onFocus={(e) => {
        // Moving the virtual focus back from an option refocuses the box too; only a real arrival opens the list.
        if (state && !state.isFocused && active(e.currentTarget.value)) state.open(null, "focus");
      }}
      onChange={(e) => {
        if (state && active(e.currentTarget.value)) state.open(null, "input");
      }}
    />
  );
}

/**
 * A polite live region inside the list: "Loading…" and "No results" are shown and read, the
 * count is read only. It is filled a frame after it appears, so that the first message is
 * announced as a change rather than arriving with the region.
 */
function Status({ loading, count }: { loading: boolean; count: number }) {
  const state = useContext(ComboBoxStateContext);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  const message = loading ? "Loading…" : count === 0 ? "No results" : `${count} ${count === 1 ? "result" : "results"}`;
  if (!state) return null;
  return (
    <div role="status" className={!loading && count > 0 ? "sr-only" : "px-3 py-2 text-sm text-muted"}>
      {ready ? message : null}
    </div>
  );
}

function FocusFirst() {
  const state = useContext(ComboBoxStateContext);
  const first = state?.collection.getFirstKey() ?? null;
  const focused = state?.selectionManager.focusedKey ?? null;
  const open = state?.isOpen ?? false;
  useEffect(() => {
    if (open && focused == null && first != null) state?.selectionManager.setFocusedKey(first);
  }, [state, open, focused, first]);
  return null;
}
