import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useDocumentsT } from '../../i18n/documents-messages.ts';
import { isoToDateText, parseDateText } from './form-values.ts';

/**
 * A date typed as dd/MM/yyyy, the way Vietnamese documents write it, whatever the browser's
 * locale. Says so once the field is left with text that is no real date, and tidies 5/9/2016 to
 * 05/09/2016.
 */
export function DateTextInput({
  value,
  onChange,
  error,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange'> & { value: string; onChange: (value: string) => void }) {
  const dt = useDocumentsT();
  const [isTouched, setIsTouched] = useState(false);
  const parsed = parseDateText(value);
  const ownError = isTouched && !parsed.isValid ? dt('date.invalid') : undefined;
  return (
    <TextInput
      placeholder={dt('date.placeholder')}
      inputMode="numeric"
      autoComplete="off"
      {...props}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event) => {
        setIsTouched(true);
        if (parsed.iso) onChange(isoToDateText(parsed.iso));
        props.onBlur?.(event);
      }}
      error={error ?? ownError}
    />
  );
}
