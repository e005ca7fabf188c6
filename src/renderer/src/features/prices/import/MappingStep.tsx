import { Alert, Badge, Group, Loader, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconHistory } from '@tabler/icons-react';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportAnalysis,
  type ImportField,
} from '../../../../../shared/api/prices';
import { columnLetter } from './file-data';
import type { AnalyzeChoices } from './ImportWizard';

const SKIP = '__skip';

interface MappingStepProps {
  analysis: ImportAnalysis;
  revision: number;
  analyzing: boolean;
  headerRowError: string | null;
  onAnalyze(choices: AnalyzeChoices): void;
}

/** The mapping with one column moved to another field (or to none); a field has one column. */
function remap(mapping: ColumnMapping, column: number, field: ImportField | null): ColumnMapping {
  const next: ColumnMapping = {};
  for (const f of IMPORT_FIELDS) {
    const c = mapping[f];
    if (c !== undefined && c !== column && f !== field) next[f] = c;
  }
  if (field) next[field] = column;
  return next;
}

/** Step 2: sheet, header row and what each column means; every change is checked again. */
export function MappingStep({ analysis, revision, analyzing, headerRowError, onAnalyze }: MappingStepProps) {
  const { t } = useTranslation();
  // What the header-row box shows: the analysed row, or what the user is typing.
  const [headerRow, setHeaderRow] = useState<{ revision: number; value: number | string }>({
    revision,
    value: analysis.headerRow,
  });
  if (headerRow.revision !== revision) setHeaderRow({ revision, value: analysis.headerRow });
  const analyzeHeaderRow = useDebouncedCallback((value: number) => {
    onAnalyze({ sheet: analysis.sheet, headerRow: value });
  }, 350);

  const fieldOptions = [
    { value: SKIP, label: t('prices.importer.mapping.skip') },
    ...IMPORT_FIELDS.map((field) => ({ value: field, label: t(`prices.columns.${field}`) })),
  ];
  const label = (field: ImportField) => t(`prices.columns.${field}`);

  return (
    <Stack gap="md">
      <Group align="flex-start" gap="lg">
        <Select
          label={t('prices.importer.mapping.sheet')}
          data={analysis.sheets}
          value={analysis.sheet}
          allowDeselect={false}
          w={240}
          onChange={(sheet) => sheet && sheet !== analysis.sheet && onAnalyze({ sheet })}
          data-testid="import-sheet"
        />
        <NumberInput
          label={t('prices.importer.mapping.headerRow')}
          description={t('prices.importer.mapping.headerRowHint')}
          value={headerRow.value}
          min={1}
          allowDecimal={false}
          allowNegative={false}
          w={240}
          error={headerRowError}
          onChange={(value) => {
            setHeaderRow({ revision, value });
            if (typeof value === 'number' && value >= 1) analyzeHeaderRow(value);
          }}
          data-testid="import-header-row"
        />
        <Stack gap={6} pt={26}>
          {analysis.mappingRemembered && (
            <Badge
              variant="light"
              color="teal"
              size="lg"
              leftSection={<IconHistory size={14} />}
              data-testid="import-remembered"
            >
              {t('prices.importer.mapping.remembered')}
            </Badge>
          )}
          {analyzing && (
            <Group gap={6}>
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                {t('prices.importer.mapping.analyzing')}
              </Text>
            </Group>
          )}
        </Stack>
      </Group>

      {analysis.missingFields.length > 0 ? (
        <Alert
          color="orange"
          icon={<IconAlertTriangle size={18} />}
          title={t('prices.importer.mapping.missingTitle')}
          data-testid="import-missing"
        >
          {t('prices.importer.mapping.missing', { fields: analysis.missingFields.map(label).join('、') })}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('prices.importer.mapping.intro')}
        </Text>
      )}

      <Table.ScrollContainer minWidth={760} mah="calc(100vh - 460px)" mih={240}>
        <Table stickyHeader verticalSpacing={6} data-testid="import-mapping">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={56}>{t('prices.importer.mapping.column')}</Table.Th>
              <Table.Th w="24%">{t('prices.importer.mapping.header')}</Table.Th>
              <Table.Th w={220}>{t('prices.importer.mapping.field')}</Table.Th>
              <Table.Th>{t('prices.importer.mapping.samples')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {analysis.columns.map((column) => {
              const letter = columnLetter(column.index);
              // Values as read from the file, mapped or not: the user sees what a column holds.
              const values = column.samples;
              return (
                <Table.Tr
                  key={column.index}
                  data-testid={`import-column-${letter}`}
                  bg={column.field ? undefined : 'gray.0'}
                >
                  <Table.Td>
                    <Text ff="monospace" fw={600} c="dimmed">
                      {letter}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      fw={500}
                      c={column.header ? undefined : 'dimmed'}
                      data-testid="import-column-header"
                    >
                      {column.header || t('prices.importer.mapping.emptyHeader')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      data={fieldOptions}
                      value={column.field ?? SKIP}
                      allowDeselect={false}
                      aria-label={`${letter} ${column.header}`}
                      comboboxProps={{ withinPortal: true }}
                      maxDropdownHeight={320}
                      styles={column.field ? undefined : { input: { color: 'var(--mantine-color-dimmed)' } }}
                      onChange={(value) => {
                        const field = IMPORT_FIELDS.find((f) => f === value) ?? null;
                        if (field === column.field) return;
                        onAnalyze({
                          sheet: analysis.sheet,
                          headerRow: analysis.headerRow,
                          mapping: remap(analysis.mapping, column.index, field),
                        });
                      }}
                      data-testid={`import-field-${letter}`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" lineClamp={1} data-testid="import-column-samples">
                      {values.join(' · ') || '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
