import { Anchor, Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatPercentBp, formatYuan } from '../../../../../shared/money';
import { fill, proposalLabels } from '../../../../../shared/proposals/labels';
import { resolveTitle } from '../../../../../shared/proposals/title';
import { MergeText } from '../../../components/rich-text/RichDocView';
import { notPrinted } from '../model/proposal-model';
import { PrintNote, type SectionEditorProps } from './common';
import classes from './sections.module.css';

/** 项目预算: the linked quote's section totals, VAT by rate and the total in 大写, as printed. */
export function BudgetPreview({ data }: SectionEditorProps<'budget'>) {
  const { t } = useTranslation();
  const quote = data.quote;
  const L = proposalLabels(data.locale).budget;
  if (!quote) return <PrintNote color="yellow">{t('libraryUi.budget.noQuote')}</PrintNote>;
  const priced = quote.priced;
  return (
    <Stack gap="sm" data-testid="budget-preview">
      <PrintNote>{t('libraryUi.budget.note', { quote: `${quote.number}-${quote.revision}` })}</PrintNote>
      <Table withTableBorder withColumnBorders verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{L.columns[0]}</Table.Th>
            <Table.Th ta="right">{L.columns[1]}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {priced.sections.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{s.title}</Table.Td>
              <Table.Td className={classes.money}>{formatYuan(s.subtotalFen)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Td ta="right">{L.net}</Table.Td>
            <Table.Td className={classes.money}>{formatYuan(priced.totalNetFen)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td ta="right">{L.tax}</Table.Td>
            <Table.Td className={classes.money}>{formatYuan(priced.totalTaxFen)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td ta="right" fw={700}>
              {L.total}
            </Table.Td>
            <Table.Td className={classes.money} fw={700} data-testid="budget-total">
              {formatYuan(priced.totalFen)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      <Table withTableBorder verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            {L.byRate.map((title, i) => (
              <Table.Th key={title} ta={i === 0 ? 'center' : 'right'}>
                {title}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {priced.vatSummary.map((r) => (
            <Table.Tr key={r.vatRateBp}>
              <Table.Td ta="center">{formatPercentBp(r.vatRateBp)}</Table.Td>
              <Table.Td className={classes.money}>{formatYuan(r.netFen)}</Table.Td>
              <Table.Td className={classes.money}>{formatYuan(r.taxFen)}</Table.Td>
              <Table.Td className={classes.money}>{formatYuan(r.grossFen)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Paper withBorder radius="sm" p="sm" bg="indigo.0">
        <Text size="sm" data-testid="budget-capital">
          {L.capital}：{quote.totalCapital}
        </Text>
      </Paper>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {fill(L.quote, { number: `${quote.number}-${quote.revision}`, validUntil: quote.content.validUntil })}
        </Text>
        <Anchor href={`#/quotes/${quote.revisionId}`} size="sm">
          <Group gap={4} wrap="nowrap">
            <IconExternalLink size={14} />
            {t('libraryUi.budget.openQuote')}
          </Group>
        </Anchor>
      </Group>
    </Stack>
  );
}

/** 解决方案: the solution's summary and the chosen modules with their features, as printed. */
export function SolutionPreview({ data }: SectionEditorProps<'solution'>) {
  const { t } = useTranslation();
  const solution = data.solution;
  if (!solution) return <PrintNote color="yellow">{t('libraryUi.solutionChapter.noSolution')}</PrintNote>;
  const chosen = solution.modules.filter((m) => data.content.moduleIds.includes(m.id));
  const L = proposalLabels(data.locale).solution;
  return (
    <Stack gap="sm" data-testid="solution-preview">
      <PrintNote>{t('libraryUi.solutionChapter.note')}</PrintNote>
      {solution.summary && (
        <Text size="sm">
          <MergeText text={solution.summary} />
        </Text>
      )}
      {chosen.length === 0 && <PrintNote color="yellow">{t('libraryUi.solutionChapter.noModules')}</PrintNote>}
      {chosen.map((module) => (
        <Paper key={module.id} withBorder radius="sm" p="sm">
          <Group gap="xs" mb={4}>
            <Title order={6}>{module.name}</Title>
            {module.itemCode && (
              <Badge size="xs" variant="outline" tt="none" ff="monospace">
                {L.itemCode} {module.itemCode}
              </Badge>
            )}
          </Group>
          {module.description && (
            <Text size="sm" c="gray.7" mb={6}>
              <MergeText text={module.description} />
            </Text>
          )}
          {module.features.length > 0 && (
            <Table withTableBorder verticalSpacing={4} fz="sm">
              <Table.Tbody>
                {module.features.map((f) => (
                  <Table.Tr key={f.name}>
                    <Table.Td w="28%" fw={500}>
                      {f.name}
                    </Table.Td>
                    <Table.Td>
                      <MergeText text={f.description} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

/** 封面: built from the company profile, the customer and the linked quote. */
export function CoverPreview({ data }: SectionEditorProps<'cover'>) {
  const { t } = useTranslation();
  const L = proposalLabels(data.locale).cover;
  const lines = [
    { label: L.customer, value: data.customer?.name ?? '' },
    { label: L.supplier, value: data.company?.name ?? '' },
    { label: L.date, value: data.values.today ?? '' },
    ...(data.quote ? [{ label: L.quote, value: `${data.quote.number}-${data.quote.revision}` }] : []),
  ];
  return (
    <Stack gap="sm" data-testid="cover-preview">
      <PrintNote>{t('libraryUi.cover.note')}</PrintNote>
      <Paper withBorder radius="sm" p="xl" ta="center">
        <Title order={3}>
          <MergeText text={resolveTitle(data.content.title, data.values)} />
        </Title>
        {data.solution && (
          <Text c="dimmed" mt={4}>
            {data.solution.name}
          </Text>
        )}
        <Stack gap={4} mt="lg" align="center">
          {lines.map((line) => (
            <Text key={line.label} size="sm">
              <Text span c="dimmed">
                {line.label}：
              </Text>
              {line.value || (
                <Text span c="orange.7">
                  {t('libraryUi.cover.missing')}
                </Text>
              )}
            </Text>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}

/** 目录: the chapters that will be printed, in this order (page numbers are added on export). */
export function TocPreview({ data }: SectionEditorProps<'toc'>) {
  const { t } = useTranslation();
  const has = {
    solution: data.solution !== null,
    quote: data.quote !== null,
    library: (id: number) => data.library.has(id),
  };
  const entries = data.content.sections
    .map((section) => ({ section, reason: notPrinted(section, has) }))
    .filter(({ reason }) => reason !== 'cover' && reason !== 'toc');
  // Printed chapters are numbered; the ones left out are shown crossed out, unnumbered.
  const numbers = entries.reduce<number[]>(
    (out, { reason }) => [...out, (out[out.length - 1] ?? 0) + (reason === null ? 1 : 0)],
    [],
  );
  return (
    <Stack gap="sm" data-testid="toc-preview">
      <PrintNote>{t('libraryUi.toc.note')}</PrintNote>
      <List spacing={4} size="sm" listStyleType="none">
        {entries.map(({ section, reason }, index) => {
          const n = numbers[index] ?? 0;
          return (
            <List.Item key={section.id} data-testid="toc-entry">
              <Text span size="sm" c={reason ? 'dimmed' : undefined} td={reason ? 'line-through' : undefined}>
                {reason === null ? `${n}. ` : ''}
                <MergeText text={resolveTitle(section.title, data.values)} />
              </Text>
              {reason && (
                <Text span size="xs" c="orange.7" ml="xs">
                  {t(`libraryUi.notPrinted.${reason}`)}
                </Text>
              )}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
