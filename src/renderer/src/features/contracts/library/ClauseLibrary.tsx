import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  Table,
  Text,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLAUSE_CATEGORIES } from '../../../../../shared/contract-drafts/types';
import { LOCALES, localeFromTag, type Locale } from '../../../../../shared/locale';
import { useMethod } from '../../../api/queries';
import { ClauseDrawer } from './ClauseDrawer';

/**
 * 条款库: the company's standard clauses by language and category, at their current versions,
 * with how many contracts use each. A clause opens in the editor beside the list.
 */
export function ClauseLibrary({
  selected,
  onSelect,
}: {
  selected: number | 'new' | null;
  onSelect(selected: number | 'new' | null): void;
}) {
  const { t, i18n } = useTranslation();
  const [lang, setLang] = useState<Locale>(localeFromTag(i18n.language));
  const [category, setCategory] = useState<string | null>(null);
  const clauses = useMethod('clauses.list', { lang });
  const list = (clauses.data ?? []).filter((c) => category === null || c.category === category);

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <SegmentedControl
            value={lang}
            onChange={(value) => setLang(value === 'en' ? 'en' : 'zh-CN')}
            data={LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
            data-testid="library-lang"
          />
          <Select
            placeholder={t('contractUi.library.allCategories')}
            value={category}
            onChange={setCategory}
            data={CLAUSE_CATEGORIES.map((value) => ({ value, label: t(`contracts.categories.${value}`) }))}
            clearable
            w={200}
            aria-label={t('contractUi.library.category')}
            data-testid="library-category"
          />
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => onSelect('new')} data-testid="clause-new">
          {t('contractUi.library.new')}
        </Button>
      </Group>
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {clauses.error && <Alert color="red">{clauses.error.message}</Alert>}
        {!clauses.data && !clauses.error && (
          <Center h={160}>
            <Loader />
          </Center>
        )}
        {clauses.data && list.length === 0 && (
          <Text c="dimmed" ta="center" py={48}>
            {t('contractUi.library.empty')}
          </Text>
        )}
        {list.length > 0 && (
          <Table highlightOnHover verticalSpacing="xs" data-testid="clause-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contractUi.library.columns.heading')}</Table.Th>
                <Table.Th>{t('contractUi.library.columns.key')}</Table.Th>
                <Table.Th>{t('contractUi.library.columns.category')}</Table.Th>
                <Table.Th>{t('contractUi.library.columns.mandatory')}</Table.Th>
                <Table.Th ta="right">{t('contractUi.library.columns.version')}</Table.Th>
                <Table.Th ta="right">{t('contractUi.library.columns.usedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((c) => (
                <Table.Tr
                  key={c.id}
                  onClick={() => onSelect(c.id)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') onSelect(c.id);
                  }}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  bg={selected === c.id ? 'indigo.0' : undefined}
                  data-testid="clause-row"
                  data-key={c.key}
                >
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={500}>
                        {c.wordings[0]?.heading ?? c.key}
                      </Text>
                      {c.wordings.length > 1 && (
                        <Badge size="xs" variant="light" color="indigo" tt="none">
                          {c.wordings.map((w) => w.label).join(' / ')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace" c="dimmed">
                      {c.key}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`contracts.categories.${c.category}`)}</Table.Td>
                  <Table.Td>
                    {c.mandatory ? (
                      <Badge size="sm" variant="outline" color="dark">
                        {t('contractUi.clause.mandatory')}
                      </Badge>
                    ) : (
                      <Badge size="sm" variant="light" color="gray">
                        {t('contractUi.clause.optional')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="clause-row-version">
                    {t('contractUi.library.version', { n: c.version })}
                  </Table.Td>
                  <Table.Td ta="right" data-testid="clause-row-used">
                    {c.usedBy}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <ClauseDrawer selected={selected} lang={lang} onClose={() => onSelect(null)} onSaved={(id) => onSelect(id)} />
    </>
  );
}
