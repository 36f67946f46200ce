import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, type FormEvent } from 'react';
import { get, useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { foutKey, type Issue } from '../fields';

/**
 * Moves focus to the error summary after each try (`attempt` counts them); after a try without
 * problems there is no summary and focus stays. Only a try moves focus: an error that comes or
 * goes while the citizen types (react-hook-form checks again on change) must not pull focus away
 * mid-word.
 */
export function useFocusSummary(attempt: number) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  return ref;
}

type Options<In extends FieldValues, Out extends FieldValues> = {
  schema: z.ZodType<Out, In>;
  /** What the draft already holds: a step opened again (Back, "Wijzigen") shows the earlier answer. */
  defaultValues: DefaultValues<In>;
  /** Called only with valid values; the step saves them in the draft and moves on. */
  onValid: (values: Out) => void | Promise<void>;
  /** Where a field's summary link points, when its first input's id is not the field's name. */
  ids?: Partial<Record<Path<In>, string>>;
  /**
   * Problems found outside the schema (no address found, none chosen) and how often they were
   * found; one for a field that already has a schema error is left out.
   */
  extra?: { issues: Issue[]; attempts: number };
};

/**
 * The form wiring every question of the correction flow shares, so a step declares only its
 * schema, its default values and its fields:
 *  - react-hook-form with the step's zod schema; the schema's messages are `fouten.*` keys,
 *    translated here;
 *  - a failed submit keeps what the citizen typed (the form is never reset or remounted on an
 *    error, and the fields stay registered), so nothing has to be typed twice;
 *  - the error summary lists every problem and gets focus after each failed submit, so a
 *    screen reader user hears what to fix; each entry links to its field.
 * The page around it (title, "Stap x van y", back link) is `StepPage`.
 */
export function useStepForm<In extends FieldValues, Out extends FieldValues>({
  schema,
  defaultValues,
  onValid,
  ids,
  extra,
}: Options<In, Out>) {
  const { t } = useTranslation('correcties');
  const form = useForm<In, unknown, Out>({
    resolver: zodResolver(schema),
    defaultValues,
    // Keep values when a field unmounts (a hint or error shown above it) and never reset on error.
    shouldUnregister: false,
    // The summary takes focus, not the first field: react-hook-form's own focus (once right away, once
    // in a timeout) raced the summary's, so a second failed try left focus on the field.
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  const message = (name: Path<In>): string | undefined => {
    const text: unknown = (get(errors, name) as { message?: unknown } | undefined)?.message;
    return typeof text === 'string' && text ? t(foutKey(text)) : undefined;
  };
  const fieldIssues: Issue[] = Object.keys(errors).flatMap((name) => {
    const text = message(name as Path<In>);
    return text ? [{ id: ids?.[name as Path<In>] ?? name, message: text }] : [];
  });
  // One message per field: the schema's comes first, a problem found outside it only when the field is otherwise fine.
  const issues = [...fieldIssues, ...(extra?.issues ?? []).filter((i) => !fieldIssues.some((f) => f.id === i.id))];
  const summaryRef = useFocusSummary(submitCount + (extra?.attempts ?? 0));
  return {
    form,
    /** The translated error at a field, or undefined. */
    error: message,
    /** Props for `ErrorSummary`. */
    summary: { title: t('foutenTitel'), issues, summaryRef },
    onSubmit: (event: FormEvent<HTMLFormElement>) => void form.handleSubmit(onValid)(event),
  };
}
