import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bpToPercentInput, parsePercentInput } from '../../../../../shared/money';

type Common = Omit<TextInputProps, 'value' | 'onChange' | 'error'> & { error?: string; 'data-testid'?: string };

/**
 * A whole number typed as text: what is not a number stays on screen with its error and is not
 * put into the contract (the last good value is kept); ranges are checked with the server's schema.
 */
export function IntegerInput({ value, onValue, error, ...rest }: Common & { value: number; onValue(n: number): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(value));
  const bad = !/^\d{1,5}$/.test(text.trim());
  return (
    <TextInput
      {...rest}
      value={text}
      inputMode="numeric"
      error={bad ? t('contractUi.terms.wholeNumber') : error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        if (/^\d{1,5}$/.test(next.trim())) onValue(Number(next.trim()));
      }}
    />
  );
}

/** A percentage typed as "15" or "12.5" ↔ basis points (1500, 1250), exactly. */
export function PercentInput({
  value,
  onValue,
  error,
  ...rest
}: Common & { value: number; onValue(bp: number): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(bpToPercentInput(value));
  const parsed = parsePercentInput(text);
  return (
    <TextInput
      {...rest}
      value={text}
      inputMode="decimal"
      rightSection="%"
      error={parsed === null ? t('err.contracts.percent') : error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const bp = parsePercentInput(next);
        if (bp !== null) onValue(bp);
      }}
    />
  );
}
