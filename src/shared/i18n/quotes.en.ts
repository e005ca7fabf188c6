import type { quoteErrorsZhCN, quotesZhCN } from './quotes.zh-CN';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const quotesEn: Strings<typeof quotesZhCN> = {
  defaultSection: 'Software and services',
  states: {
    draft: 'Draft',
    pending: 'Pending approval',
    approved: 'Approved',
    sent: 'Sent',
    accepted: 'Accepted',
    lost: 'Lost',
    expired: 'Expired',
  },
  actions: {
    approve: 'Approve',
    send: 'Mark as sent',
    accept: 'Customer accepted',
    lose: 'Lost',
    expire: 'Mark as expired',
  },
  reasons: {
    belowFloor: '{{code}} {{name}}: discount {{discount}} exceeds the floor of {{floor}}',
    marginTooLow: 'Margin {{margin}} is below the minimum of {{min}}',
    wholeDiscountTooLarge: 'Quote discount {{discount}} exceeds the limit of {{max}}',
  },
  events: {
    create: 'Created',
    edit: 'Edited',
    approvalWithdrawn: 'Edited; approval withdrawn',
    approve: 'Approved',
    send: 'Sent to customer',
    accept: 'Accepted by customer',
    lose: 'Lost',
    expire: 'Expired',
    revise: 'New revision',
  },
};

export const quoteErrorsEn: Strings<typeof quoteErrorsZhCN> = {
  quotes: {
    numberNotFound: 'No quote {{number}}',
    notFound: 'Quote #{{id}} not found',
    corrupt: 'The data of quote {{number}} is damaged (field {{field}}) and cannot be opened. Restore a backup.',
    locked: 'Quote {{number}} was sent to the customer and cannot change. Make a new revision.',
    notLatest: '{{number}}-{{revision}} is not the latest revision; it is read-only.',
    transition: 'Quote {{number}} is “{{state}}”: “{{action}}” is not possible.',
    cannotRevise: 'Only a sent or closed quote can get a new revision (now: {{state}}).',
    cannotDelete: 'A quote that was approved or sent cannot be deleted.',
    diffOtherQuote: 'Only revisions of the same quote can be compared.',
    money: 'Amounts must be between 0 and 1 trillion yuan, to the fen',
    percent: 'Percentages must be 0–100 % with up to 2 decimals',
    date: 'Dates are YYYY-MM-DD',
    quantity: 'Quantity must be above 0 with up to 2 decimals',
    customReason: 'A custom line needs a reason',
    noSection: 'A quote needs at least one section',
    tooManyLines: 'A quote has at most 5,000 lines',
    unknownSection: 'The section does not exist',
    milestoneSum: 'Payment percentages must add up to 100 %',
    targetInclusiveOnly: 'A target total only works for VAT-inclusive quotes',
    prefix: 'The prefix is 1–10 capital letters or digits, starting with a letter (e.g. BJ)',
    validityDays: 'Validity must be 1–365 days',
    templateNameTaken: 'A template with this name exists',
    fileNotJson: 'The quote file is not valid JSON: {{detail}}',
    fileInvalid: 'The quote file has {{count}} problem(s); no quote was created.',
    unknownCode: 'Code {{code}} is not in the current price list “{{version}}”',
    inactiveCode: 'Code {{code}} is inactive and cannot be quoted',
    noCurrentPriceList: 'No price list is in effect: publish a version under Price list first.',
    noCompany: 'No company profile yet, so documents have no letterhead: fill in Company first.',
    writeFailed: 'Cannot write to {{folder}}: {{detail}}',
  },
  customers: {
    notFound: 'Customer #{{id}} not found',
    nameTaken: 'A customer named “{{name}}” exists',
    hasQuotes: 'Customer “{{name}}” has {{count}} quote(s) and cannot be deleted.',
    hasOpportunities: 'Customer “{{name}}” has {{count}} opportunities and cannot be deleted.',
  },
};
