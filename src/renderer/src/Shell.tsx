import { AppShell, Avatar, Badge, Center, Group, Image, Loader, NavLink, Stack, Text, Title } from '@mantine/core';
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
  IconUsersGroup,
} from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useMethod } from './api/queries';
import { OverviewPage } from './features/overview/OverviewPage';
import { useAutoSync } from './features/team/use-auto-sync';
import { LanguageSwitch } from './components/LanguageSwitch';
import { useHashRoute, type Route } from './components/use-hash-route';

/**
 * Every page but the overview is its own chunk, loaded when first opened: the window shows the
 * overview without parsing the editors, the charts and the document previews first.
 */
const CompanyPage = lazy(() => import('./features/company/CompanyPage').then((m) => ({ default: m.CompanyPage })));
const ContractsPage = lazy(() =>
  import('./features/contracts/ContractsPage').then((m) => ({ default: m.ContractsPage })),
);
const DemoScriptsPage = lazy(() =>
  import('./features/demo-scripts/DemoScriptsPage').then((m) => ({ default: m.DemoScriptsPage })),
);
const FunnelPage = lazy(() => import('./features/funnel/FunnelPage').then((m) => ({ default: m.FunnelPage })));
const LibraryPage = lazy(() => import('./features/library/LibraryPage').then((m) => ({ default: m.LibraryPage })));
const OpportunitiesPage = lazy(() =>
  import('./features/opportunities/OpportunitiesPage').then((m) => ({ default: m.OpportunitiesPage })),
);
const PricesPage = lazy(() => import('./features/prices/PricesPage').then((m) => ({ default: m.PricesPage })));
const ProposalsPage = lazy(() =>
  import('./features/proposals/ProposalsPage').then((m) => ({ default: m.ProposalsPage })),
);
const QuotesPage = lazy(() => import('./features/quotes/QuotesPage').then((m) => ({ default: m.QuotesPage })));
const SettingsPage = lazy(() => import('./features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const ApprovalsPage = lazy(() => import('./features/team/ApprovalsPage').then((m) => ({ default: m.ApprovalsPage })));
const TeamDealsPage = lazy(() => import('./features/team/TeamDealsPage').then((m) => ({ default: m.TeamDealsPage })));

const NAV: { route: Route; icon: typeof IconHome }[] = [
  { route: 'overview', icon: IconHome },
  { route: 'funnel', icon: IconChartFunnel },
  { route: 'teamDeals', icon: IconUsersGroup },
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

/** While a page's chunk loads: the page's room, held, with a quiet spinner (no layout jump). */
function PageLoading() {
  return (
    <Center mih="60vh" data-testid="page-loading">
      <Loader size="sm" color="gray" />
    </Center>
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
        <Suspense fallback={<PageLoading />}>
          {route === 'overview' && <OverviewPage />}
          {route === 'funnel' && <FunnelPage />}
          {route === 'teamDeals' && <TeamDealsPage />}
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
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
