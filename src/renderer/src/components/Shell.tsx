import { AppShell, Avatar, Badge, Group, Image, NavLink, Stack, Text, Title } from '@mantine/core';
import {
  IconBooks,
  IconBuildingSkyscraper,
  IconChartFunnel,
  IconChecklist,
  IconContract,
  IconFileDescription,
  IconFileInvoice,
  IconHome,
  IconPresentation,
  IconReceipt2,
  IconSettings,
  IconTargetArrow,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../api/queries';
import { CompanyPage } from '../features/company/CompanyPage';
import { ContractsPage } from '../features/contracts/ContractsPage';
import { DemoScriptsPage } from '../features/demo-scripts/DemoScriptsPage';
import { FunnelPage } from '../features/funnel/FunnelPage';
import { LibraryPage } from '../features/library/LibraryPage';
import { OpportunitiesPage } from '../features/opportunities/OpportunitiesPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { PricesPage } from '../features/prices/PricesPage';
import { ProposalsPage } from '../features/proposals/ProposalsPage';
import { QuotesPage } from '../features/quotes/QuotesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ApprovalsPage } from '../features/team/ApprovalsPage';
import { useAutoSync } from '../features/team/use-auto-sync';
import { LanguageSwitch } from './LanguageSwitch';
import { useHashRoute, type Route } from './use-hash-route';

const NAV: { route: Route; icon: typeof IconHome }[] = [
  { route: 'overview', icon: IconHome },
  { route: 'funnel', icon: IconChartFunnel },
  { route: 'opportunities', icon: IconTargetArrow },
  { route: 'prices', icon: IconReceipt2 },
  { route: 'quotes', icon: IconFileInvoice },
  { route: 'approvals', icon: IconChecklist },
  { route: 'proposals', icon: IconFileDescription },
  { route: 'demoScripts', icon: IconPresentation },
  { route: 'contracts', icon: IconContract },
  { route: 'library', icon: IconBooks },
  { route: 'company', icon: IconBuildingSkyscraper },
  { route: 'settings', icon: IconSettings },
];

/** The company the documents are issued by, always in view. */
function CompanyBadge() {
  const { t } = useTranslation();
  const company = useMethod('company.get', {});
  const profile = company.data;
  // Nothing until it has loaded: "no company yet" must not flash while it is on its way.
  if (company.isPending) return null;
  const initial = (profile?.shortName || profile?.name || t('app.title')).slice(0, 1);
  return (
    <Group gap="sm" wrap="nowrap" data-testid="header-company">
      {profile?.logo ? (
        <Image
          src={`data:${profile.logo.mime};base64,${profile.logo.dataBase64}`}
          alt=""
          h={40}
          w="auto"
          maw={140}
          fit="contain"
          data-testid="header-logo"
        />
      ) : (
        <Avatar radius="sm" color="indigo" variant="filled">
          {initial}
        </Avatar>
      )}
      <Stack gap={0}>
        <Group gap={6}>
          <Text fw={600} size="sm" data-testid="header-company-name">
            {profile ? profile.shortName || profile.name : t('company.empty')}
          </Text>
          {profile?.isDemo && (
            <Badge size="xs" variant="light" color="orange">
              {t('demo.badge')}
            </Badge>
          )}
        </Group>
        {profile && profile.shortName && (
          <Text size="xs" c="dimmed">
            {profile.name}
          </Text>
        )}
      </Stack>
    </Group>
  );
}

export function Shell() {
  const { t } = useTranslation();
  const [route, navigate] = useHashRoute();
  const team = useMethod('team.status', {});
  // In team mode, sync quietly in the background; failures show under Settings → 团队.
  useAutoSync(team.data?.connected === true);
  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
          <Group gap="xl" wrap="nowrap">
            <Stack gap={0}>
              <Title order={4}>{t('app.title')}</Title>
              <Text size="xs" c="dimmed">
                {t('app.subtitle')}
              </Text>
            </Stack>
            <CompanyBadge />
          </Group>
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        {NAV.map(({ route: target, icon: Icon }) => (
          <NavLink
            key={target}
            href={`#/${target}`}
            label={t(`nav.${target}`)}
            leftSection={<Icon size={18} stroke={1.6} />}
            active={route === target}
            data-testid={`nav-${target}`}
            onClick={(event) => {
              event.preventDefault();
              navigate(target);
            }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        {route === 'overview' && <OverviewPage />}
        {route === 'funnel' && <FunnelPage />}
        {route === 'opportunities' && <OpportunitiesPage />}
        {route === 'prices' && <PricesPage />}
        {route === 'quotes' && <QuotesPage />}
        {route === 'approvals' && <ApprovalsPage />}
        {route === 'proposals' && <ProposalsPage />}
        {route === 'demoScripts' && <DemoScriptsPage />}
        {route === 'contracts' && <ContractsPage />}
        {route === 'library' && <LibraryPage />}
        {route === 'company' && <CompanyPage />}
        {route === 'settings' && <SettingsPage />}
      </AppShell.Main>
    </AppShell>
  );
}
