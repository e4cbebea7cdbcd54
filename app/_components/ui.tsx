import Link from "next/link";
import type { Route } from "next";
import type { ComponentProps, ElementType, ReactNode } from "react";

/**
 * The few building blocks every page uses: a box, a button (and a link that looks like one),
 * an alert, a badge and a detail list. Pages then read as content; the look lives here.
 * No hooks, so server and client components share them.
 */

const cx = (...classes: (string | false | null | undefined)[]) => classes.filter(Boolean).join(" ");

const BOX_TONE = {
  plain: "border border-rule bg-surface",
  warning: "border-2 border-amber-500 bg-surface",
  danger: "border-2 border-rose-400 bg-surface",
  pending: "border-2 border-dashed border-amber-500 bg-surface",
  invite: "border-2 border-dashed border-accent",
  quiet: "border border-rule bg-paper",
} as const;
const BOX_PAD = { sm: "rounded-md p-3", md: "rounded-lg p-4", lg: "rounded-lg p-5", none: "rounded-lg" } as const;

type BoxProps<E extends ElementType> = {
  as?: E;
  tone?: keyof typeof BOX_TONE;
  pad?: keyof typeof BOX_PAD;
} & Omit<ComponentProps<E>, "as">;

/** A bordered panel: a section, a card, a form. */
export function Box<E extends ElementType = "div">({
  as,
  tone = "plain",
  pad = "md",
  className,
  ...rest
}: BoxProps<E>) {
  const Tag: ElementType = as ?? "div";
  return <Tag className={cx(BOX_PAD[pad], BOX_TONE[tone], className)} {...rest} />;
}

const BUTTON_VARIANT = {
  primary: "bg-accent text-paper hover:opacity-90",
  secondary: "border border-rule bg-paper text-ink hover:border-accent",
  danger: "border border-rose-300 bg-paper text-rose-800 hover:border-rose-500 dark:text-rose-200",
} as const;
const BUTTON_SIZE = { sm: "px-3 py-1.5 text-sm", md: "px-4 py-2", lg: "px-5 py-3" } as const;

interface ButtonLook {
  variant?: keyof typeof BUTTON_VARIANT;
  size?: keyof typeof BUTTON_SIZE;
}
/** The look of a button, for an element that is neither a button nor a page link (a download, say). */
export const buttonClass = ({ variant = "primary", size = "md" }: ButtonLook, className?: string) =>
  cx(
    "inline-flex items-center justify-center gap-2 rounded-md font-medium no-underline disabled:cursor-not-allowed disabled:opacity-60",
    BUTTON_VARIANT[variant],
    BUTTON_SIZE[size],
    className,
  );

/** A button; `type` defaults to "button" so a button in a form submits only when asked to. */
export function Button({ variant, size, className, type = "button", ...rest }: ButtonLook & ComponentProps<"button">) {
  return <button type={type} className={buttonClass({ variant, size }, className)} {...rest} />;
}

/** A link that looks like a button: for actions that are addresses. */
export function ButtonLink({
  variant,
  size,
  className,
  ...rest
}: ButtonLook & Omit<ComponentProps<typeof Link>, "href"> & { href: Route }) {
  return <Link className={buttonClass({ variant, size }, className)} {...rest} />;
}

const ALERT_TONE = {
  error: "border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100",
  success:
    "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100",
  warning: "border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100",
  info: "border-rule bg-surface text-ink",
} as const;

/**
 * A message about what just happened or what to know before acting. Errors are announced at
 * once (role "alert"); the others politely (role "status").
 */
export function Alert({
  tone = "info",
  title,
  className,
  children,
  ...rest
}: { tone?: keyof typeof ALERT_TONE; title?: ReactNode } & ComponentProps<"div">) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cx("space-y-1 rounded-md border p-3 text-sm", ALERT_TONE[tone], className)}
      {...rest}
    >
      {title && <p className="font-semibold">{title}</p>}
      {children}
    </div>
  );
}

const BADGE_TONE = {
  neutral: "bg-stone-100 text-stone-800 dark:bg-stone-800 dark:text-stone-100",
  accent: "bg-accent-soft text-accent",
  success: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  warning: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  danger: "bg-rose-100 text-rose-900 dark:bg-rose-900 dark:text-rose-100",
  outline: "border border-rule text-muted",
} as const;
export type BadgeTone = keyof typeof BADGE_TONE;

/** A short label: a status, a kind, a count. */
export function Badge({ tone = "neutral", className, ...rest }: { tone?: BadgeTone } & ComponentProps<"span">) {
  return (
    <span
      className={cx(
        "inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold tracking-wide whitespace-nowrap",
        BADGE_TONE[tone],
        className,
      )}
      {...rest}
    />
  );
}

const DETAIL_LAYOUT = {
  stack: "space-y-3",
  columns: "grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 *:contents",
} as const;

/**
 * Terms and their values, as a description list: stacked, or in two columns (term beside
 * value). Items whose value is empty are left out.
 */
export function DetailList({
  layout = "stack",
  className,
  children,
  ...rest
}: { layout?: keyof typeof DETAIL_LAYOUT } & ComponentProps<"dl">) {
  return (
    <dl className={cx(DETAIL_LAYOUT[layout], className)} {...rest}>
      {children}
    </dl>
  );
}

const isEmpty = (value: ReactNode) => value === null || value === undefined || value === false || value === "";

/** One term of a DetailList with its value, or with several values (`values`, one `dd` each). */
export function Detail({
  term,
  children,
  values,
  className,
  valueClassName,
}: {
  term: ReactNode;
  children?: ReactNode;
  values?: readonly ReactNode[];
  className?: string;
  valueClassName?: string;
}) {
  const shown = (values ?? [children]).filter((v) => !isEmpty(v));
  if (shown.length === 0) return null;
  return (
    <div className={className}>
      <dt className="text-sm text-muted">{term}</dt>
      {shown.map((value, i) => (
        <dd key={i} className={valueClassName}>
          {value}
        </dd>
      ))}
    </div>
  );
}

/** The look of a text input, select or textarea. */
export const inputClass = (invalid = false, className?: string) =>
  cx("w-full rounded-md border bg-paper px-3 py-1.5", invalid ? "border-rose-600" : "border-rule", className);
