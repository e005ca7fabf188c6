/** Settings → 商机 panel (stages, qualification rules, probability weights): under `opportunitySettings.*`. */
export const opportunitySettingsUiZhCN = {
  title: '商机',
};
