import { Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconDatabase, IconFileInvoice, IconLanguage, IconTargetArrow, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useHashDetail } from '../../components/use-hash-route';
import { TeamSettingsPanel } from '../team/TeamSettingsPanel';
import { BackupsPanel } from './BackupsPanel';
import { OpportunitySettingsPanel } from './opportunities/OpportunitySettingsPanel';
import { QuoteRulesPanel } from './QuoteRulesPanel';
import { QuoteTemplatesPanel } from './QuoteTemplatesPanel';

const TABS = ['general', 'quotes', 'opportunities', 'team', 'backups'];

export function SettingsPage() {
  const { t } = useTranslation();
  // "#/settings/team" opens on that tab (the approvals page links there).
  const [detail] = useHashDetail();
  return (
    <Stack maw={1000} gap="md">
      <Title order={2}>{t('settings.title')}</Title>
      <Tabs defaultValue={TABS.includes(detail) ? detail : 'backups'} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="general" leftSection={<IconLanguage size={16} />} data-testid="settings-tab-general">
            {t('settings.general')}
          </Tabs.Tab>
          <Tabs.Tab value="quotes" leftSection={<IconFileInvoice size={16} />} data-testid="settings-tab-quotes">
            {t('quoteSettings.tab')}
          </Tabs.Tab>
          <Tabs.Tab
            value="opportunities"
            leftSection={<IconTargetArrow size={16} />}
            data-testid="settings-tab-opportunities"
          >
            {t('opportunitySettings.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="team" leftSection={<IconUsersGroup size={16} />} data-testid="settings-tab-team">
            {t('teamUi.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="backups" leftSection={<IconDatabase size={16} />} data-testid="settings-tab-backups">
            {t('settings.backups')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="general">
          <Paper withBorder p="lg" radius="md">
            <Text fw={500} mb="xs">
              {t('language.label')}
            </Text>
            <LanguageSwitch />
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="quotes">
          <Stack gap="md">
            <QuoteRulesPanel />
            <QuoteTemplatesPanel />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="opportunities">
          <OpportunitySettingsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="team">
          <TeamSettingsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="backups">
          <BackupsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
