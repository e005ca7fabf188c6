/** Quote screens (list, editor, approval, export dialog). Keys live under quoteUi. */
export const quotesUiZhCN = {
  title: '报价',
};
