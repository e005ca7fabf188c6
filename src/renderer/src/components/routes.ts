/** The pages, in the order the navigation lists them; the first segment of the URL hash names one. */
export const ROUTES = [
  'overview',
  'funnel',
  'teamDeals',
  'opportunities',
  'prices',
  'quotes',
  'approvals',
  'proposals',
  'demoScripts',
  'contracts',
  'library',
  'company',
  'settings',
] as const;
export type Route = (typeof ROUTES)[number];
