/** Opportunity screens (list, page, settings panel): under `opportunityUi.*`. */
export const opportunitiesUiZhCN = {
  title: '商机',
};
