import { DateInput, MonthPickerInput, type DateInputProps, type MonthPickerInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * Dates typed and shown as YYYY-MM-DD with a calendar to pick from (in the UI language, see
 * LocaleGate's DatesProvider). Not the browser's date input: that one draws dates in the
 * browser's own language, so a Chinese user on an English Chromium read 01/06/2027 as 1 June.
 */
type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat'> & {
  /** YYYY-MM-DD, or '' for none. */
  value: string;
  onChange(value: string): void;
};

export function DateField({ value, onChange, ...props }: DateFieldProps) {
  const { i18n } = useTranslation();
  return (
    <DateInput
      valueFormat="YYYY-MM-DD"
      // 2026年12月 above the days in Chinese, December 2026 in English.
      monthLabelFormat={i18n.language.startsWith('zh') ? 'YYYY年M月' : 'MMMM YYYY'}
      placeholder="YYYY-MM-DD"
      leftSection={<IconCalendar size={16} stroke={1.5} />}
      popoverProps={{ withinPortal: true }}
      {...props}
      value={value === '' ? null : value}
      onChange={(next) => onChange(next ?? '')}
    />
  );
}

type MonthFieldProps = Omit<MonthPickerInputProps, 'value' | 'onChange' | 'valueFormat' | 'type'> & {
  /** YYYY-MM, or '' for none. */
  value: string;
  onChange(value: string): void;
};

/** A month (YYYY-MM) picked from a calendar of months; clearing it gives ''. */
export function MonthField({ value, onChange, ...props }: MonthFieldProps) {
  return (
    <MonthPickerInput
      valueFormat="YYYY-MM"
      placeholder="YYYY-MM"
      clearable
      leftSection={<IconCalendar size={16} stroke={1.5} />}
      {...props}
      value={value === '' ? null : `${value}-01`}
      onChange={(next) => onChange(next ? next.slice(0, 7) : '')}
    />
  );
}
