import type { TextTable } from './texts';
import type { demoScriptZhCN } from './texts.zh-CN';

/** The demo-script generator's wording in English; same keys and placeholders as texts.zh-CN.ts. */
export const demoScriptEn: TextTable<typeof demoScriptZhCN> = {
  roles: {
    gm: 'General manager',
    cio: 'CIO / IT administrator',
    salesManager: 'Sales manager',
    chiefAccountant: 'Chief accountant',
    management: 'Management office',
    warehouse: 'Warehouse supervisor',
  },
  join: { list: ', ', chain: ' → ' },
  fallback: {
    modules: 'the modules',
    referenceCustomer: 'the reference customer',
  },
  errors: {
    totalMinutes: 'The demo length must be a whole number of minutes, 0 or more',
  },

  preparation: {
    title: 'Before the demo',
    purpose: 'Have the equipment and demo data ready, and know who is in the room and what each of them cares about',
    checklist: {
      hardware: [
        'Projector or large screen with HDMI/VGA adapters; arrive early and test it',
        "Network: check the customer's network works on site and bring a mobile hotspot",
        'Backup laptop with the same demo environment, ready to take over at once',
        'Power strip and presentation clicker; back up the demo company data beforehand',
      ],
      data: [
        "Prepare the demo data for the {{industry}} trade, using {{customer}}'s own product names, customers and warehouses",
        'Prepare one complete demo storyline starting from a sales order: {{chain}}',
        'Prepare demo accounts and permissions for a salesperson, the warehouse and accounting, so customers can try it themselves',
        "Collect the customer's figures for the value sums: annual sales, inventory value, receivables, headcount of the roles involved",
      ],
      stories: 'Prepare stories of customers in the same trade: {{customers}}',
      storiesNone:
        'Pick one or two live customers in the same trade, ideally ones this customer knows or does business with',
      attendees: 'Confirm who attends: {{roles}} (ask their names, titles and concerns beforehand)',
      attendeesUnknown: 'Ask your contact beforehand who will attend, their titles and their concerns',
    },
    points: [
      'Open with a round of introductions; confirm each attendee’s role and concerns and adjust the emphasis to them',
      'State the agenda and the length of the demo, and start once the customer agrees',
    ],
    roles: {
      gm: ['Cares about the whole business, return on investment and risk: less clicking, more results and money'],
      cio: [
        'Cares about architecture, deployment, data security and integration: bring technical material and leave time for questions',
      ],
      salesManager: [
        'Cares about fast order entry, price and credit control, and collection: demo with their real customers and products',
      ],
      chiefAccountant: [
        'Cares about vouchers, reconciliation and reports: prepare vouchers in their chart of accounts',
      ],
      management: [
        'Cares about standard processes and enforcing company rules: prepare the approval flows and permission settings',
      ],
      warehouse: [
        'Cares about goods in and out, stocktaking and accurate stock: prepare the warehouse documents or barcode scanning',
      ],
    },
  },

  architecture: {
    title: 'System architecture and how it extends',
    purpose: 'First explain the architecture and strengths of the system, then how it grows with the company',
    points: [
      'With one architecture diagram, show how {{modules}} form one system: shared master data, every figure entered once',
      'Explain how it extends: beyond today’s modules, mobile approval, business intelligence or CRM can be added later without starting over',
    ],
    roles: {
      gm: [
        'In one sentence: one system runs operations and finance, with live figures everyone agrees on',
        'As the company grows it keeps the same system, so today’s investment is protected',
      ],
      cio: [
        'Deployment: on-premises server, private or public cloud, and the server and network requirements',
        'Database: supported databases, backup and restore, performance as data grows',
        'Integration: how it connects to existing systems (online shops, e-invoicing, bank connection)',
        'Security: users and roles, data permissions (salespeople see only their own customers), audit log',
      ],
      salesManager: [
        'Sales, inventory and receivables in one system: a salesperson sees stock and the customer’s debts while entering the order',
      ],
      chiefAccountant: [
        'Operations and finance integrated: business documents generate vouchers, so the books match reality',
      ],
      management: ['Processes and approval steps are configurable, so company rules are enforced by the system'],
      warehouse: [
        'Warehouse documents link directly to sales and purchase documents; no more paper slips passed by hand',
      ],
    },
  },

  chain: {
    linkFromPrevious:
      'Continue from the previous step ({{previous}}): the documents carry over, nothing is entered twice',
    startWithoutSales:
      'Still start from a sales order: after the customer orders, show how the business reaches {{module}}',
    feature: 'Show "{{feature}}": {{description}}',
    kinds: {
      sales: {
        title: '{{module}}: starting from a sales order',
        purpose:
          'Start from the sales order everyone knows and link it to the customer record, credit limit and salesperson authorisation',
        points: [
          'Create a sales order; choosing the customer brings in the customer record: contacts, price level, credit limit and salesperson',
          'Show how a customer record is created and changed, and how credit limits and salesperson authorisations are set',
          'Let the order exceed the credit limit on purpose and show the system stopping it and asking for approval',
        ],
        roles: {
          gm: [
            'Orders over the credit limit or below the price floor need approval: risk is stopped at the order, not discovered after delivery',
          ],
          cio: [
            'Salesperson authorisation: salespeople see and work only on their own customers, so customer data stays when people leave',
          ],
          salesManager: [
            'Price policies fill in automatically and salespeople cannot change prices at will; delivery, invoicing and collection of an order in one view',
          ],
          chiefAccountant: [
            'Credit limit and overdue debts are checked when the order is entered, so finance no longer chases salespeople afterwards',
          ],
          management: [
            'Order approval follows company rules: exceeding an amount, discount or credit limit triggers approval',
          ],
          warehouse: [
            'Once the order is approved the warehouse sees it to be shipped; no more phone calls and paper slips',
          ],
        },
      },
      inventory: {
        title: '{{module}}: delivery and live stock',
        purpose: 'Ship the sales order and show that stock is live, accurate and traceable',
        points: [
          'Create the delivery note and stock issue from the sales order without entering anything again',
          'Show the on-hand and available quantities change right after the issue',
          'Show multiple warehouses, batches, transfers and stocktaking',
        ],
        roles: {
          gm: ['Money tied up in stock at a glance, with alerts for overstock and shortages'],
          cio: ['Warehouses and batches in one database instead of one spreadsheet per warehouse'],
          salesManager: [
            'Available stock is visible while entering the order, so delivery dates can be promised with confidence',
          ],
          chiefAccountant: ['Stock documents feed costing and vouchers, so the books match the stock'],
          management: [
            'Stocktaking differences create adjustment documents with an approval record, so responsibility is traceable',
          ],
          warehouse: ['First in, first out by batch; transfers in transit are visible; stocktaking has a basis'],
        },
      },
      barcode: {
        title: '{{module}}: barcode scanning',
        purpose: 'Show receiving, picking and shipping checks with barcodes and handheld terminals',
        points: [
          'Scan goods out with a handheld or scanner on site, so the customer sees the documents being created',
          'Show scanning goods in to a bin and wave picking',
        ],
        roles: {
          gm: ['Fewer wrong or missing shipments, and with them fewer complaints and returns'],
          cio: ['Handhelds are online with the system: explain the wireless network and device requirements'],
          salesManager: ['Accurate, timely deliveries make customers happier'],
          chiefAccountant: ['Scans become stock documents directly, so the books match the stock'],
          management: ['Standard warehouse work, with a record of who did each step'],
          warehouse: [
            'Receiving is checked against the purchase order, picking is combined in waves, each box is scanned before loading',
          ],
        },
      },
      purchasing: {
        title: '{{module}}: purchasing what is short',
        purpose:
          'Turn shortages on sales orders into purchase suggestions and show purchasing linked to sales and stock',
        points: [
          'Suggest purchases from sales-order shortages and safety stock, and turn them into purchase orders in one click',
          'Compare quotes and past prices from several suppliers',
          'When goods arrive, stock and in-transit quantities update by themselves',
        ],
        roles: {
          gm: ['Every purchase price has a comparison on record: purchasing cost is visible and under control'],
          cio: ['Purchasing, inventory and payables share one item and supplier master'],
          salesManager: ['Orders waiting for stock go straight to purchasing and their delivery can be tracked'],
          chiefAccountant: ['Purchase order, receipt and invoice are matched, the basis for payables'],
          management: ['Requisition, approval and ordering become a fixed process; every purchase is documented'],
          warehouse: ['Receiving is checked against the purchase order, so over- and under-deliveries show at once'],
        },
      },
      receivables: {
        title: '{{module}}: invoicing and collection',
        purpose: 'After delivery comes the receivable: show matching receipts and ageing, and how collection speeds up',
        points: [
          'Create the receivable and sales invoice from the delivery; match receipts automatically or by hand',
          'Open the ageing analysis and view overdue debts by customer and by salesperson',
          'Create a statement of account and a payment reminder in one click',
        ],
        roles: {
          gm: ['What each customer owes, for how long and who is responsible, at any time: bad-debt risk shows early'],
          cio: ['Receivables come from sales documents, so sales and finance do not both enter them'],
          salesManager: ['Collection is measured per salesperson and can be tied to commission'],
          chiefAccountant: ['Customer reconciliation without spreadsheets, with a clear record of every match'],
          management: [
            'Collection follows a rule: salespeople are reminded before the due date, overdue debts escalate',
          ],
          warehouse: ['Returned goods reduce the receivable automatically, so warehouse and finance agree'],
        },
      },
      payables: {
        title: '{{module}}: payments and supplier statements',
        purpose: 'After receiving comes the payable: show payment requests, matching and supplier statements',
        points: [
          'Create the payable from the goods receipt and the invoice',
          'Pay after the payment request is approved, and match the payment',
          'Create a statement for each supplier',
        ],
        roles: {
          gm: ['Every payment is approved, so cash going out is under control'],
          cio: ['Payment approvals are recorded in the system and can connect to the bank'],
          salesManager: ['Suppliers are paid on time, which secures scarce goods'],
          chiefAccountant: [
            'Payables match goods receipts and invoices automatically; month-end reconciliation takes far less time',
          ],
          management: ['Payment approval limits by amount put the company rules into the system'],
          warehouse: ['The quantity received is what gets paid, so there is nothing to argue about'],
        },
      },
      ledger: {
        title: '{{module}}: vouchers generated automatically',
        purpose: 'Turn every business document so far into vouchers and show operations and finance as one',
        points: [
          'Show the vouchers generated from the stock issue, invoice and receipt entered earlier',
          'Drill down from a voucher to the original business document',
          'Close the period in one step and produce the reports right away',
        ],
        roles: {
          gm: ['The month closes earlier, so management figures arrive sooner and are right'],
          cio: ['Voucher rules are configurable, and there is no interface between operations and finance to maintain'],
          salesManager: ['Revenue and collections agree with finance, so sales results are not disputed'],
          chiefAccountant: [
            'Vouchers follow rules instead of manual entry; analysis by customer, department and project at any time',
          ],
          management: [
            'From report to voucher to business document: problems can be traced and responsibility is clear',
          ],
          warehouse: ['Stock documents post directly, so warehouse and finance books need no month-end comparison'],
        },
      },
      generic: {
        title: '{{module}}',
        purpose: 'Show how {{module}} continues the business from the previous steps',
        points: [],
        roles: {
          gm: ['Explain which management problem {{module}} solves and what it is worth'],
          cio: ['{{module}} shares master data and permissions with the other modules; no extra interface'],
          salesManager: ['Show how sales-order data is used further in {{module}}'],
          chiefAccountant: ['Show how the data from {{module}} reaches the accounts'],
          management: ['Show how processes and approval steps in {{module}} are configured to company rules'],
          warehouse: ['Show how {{module}} connects to warehouse work (issuing, receiving, shipping)'],
        },
      },
    },
  },

  participation: {
    title: 'Let the customer try it',
    purpose: 'Bring the customer into the demo: doing it once convinces more than watching ten times',
    points: [
      'Hand over the keyboard: the customer enters an order from their own business while the presenter guides',
      'Prepare the practice accounts and data beforehand; keep it under five minutes so it works the first time',
    ],
    roles: {
      gm: [
        'Ask the general manager to approve an order over the credit limit, or to open today’s sales and collection report',
      ],
      cio: ['Ask the CIO to log in with different accounts and check that salespeople see only their own customers'],
      salesManager: [
        'Ask the sales manager to enter an order for one of their real customers and see price and credit control at work',
      ],
      chiefAccountant: [
        'Ask the chief accountant to open the vouchers generated just now and trace them to the original documents',
      ],
      management: [
        'Ask the management office to compare document flow and approval steps with their own process chart',
      ],
      warehouse: ['Ask the warehouse supervisor to ship this order and look at the stock change'],
    },
  },

  story: {
    title: 'Tell a story: {{customer}}',
    titleNone: 'Tell a story: a customer in the same trade',
    purpose: 'Let a live customer in the same trade show what life after go-live looks like',
    points: [
      'Tell the problems {{customer}} had before go-live, and what they have in common with today’s customer',
      'Tell why {{customer}} chose us and how the implementation went',
      'Tell what changed after go-live, with numbers where possible: less stock, days faster collection, hours saved',
    ],
    pointsNone: [
      'Pick a live customer in the same trade, ideally one this customer knows or does business with, and tell its problems before and the changes after go-live',
      'Speak in numbers where possible, and have a reference contact the customer can call',
    ],
    roles: {
      gm: [
        'Tell what the owner of {{customer}} values most: live business figures, and how soon the investment paid back',
      ],
      cio: ['Tell how {{customer}} deployed, migrated its data and switched over at go-live'],
      salesManager: [
        'Tell how the sales team of {{customer}} controls prices and credit and chases payments with the system',
      ],
      chiefAccountant: ['Tell how much earlier {{customer}} closes the month and how reconciliation got easier'],
      management: ['Tell how {{customer}} used the project to straighten out processes and set rules'],
      warehouse: ['Tell how the warehouse of {{customer}} keeps stock matching the books and ships accurately'],
    },
  },

  highlights: {
    title: 'What makes the product stand out',
    purpose: 'Explain why to choose us through features, technology and industry experience',
    feature: 'Feature highlight "{{feature}}" ({{module}}): {{description}}',
    points: [
      'Technology: platform architecture, performance and scalability, and how upgrades protect the investment',
      'Industry experience: our understanding of the {{industry}} business and the reference customers we serve',
      'The nine-step implementation method: what each step delivers and which people the customer needs to commit',
      'Room to grow: add modules and users step by step as the company grows, without changing systems',
    ],
    roles: {
      gm: [
        'Stress that we are a specialist software and implementation provider for {{industry}}: we do not just sell software, we make the project succeed',
      ],
      cio: ['Technical detail: development platform, interface standards, customisation approach and upgrade policy'],
      salesManager: ['How these features help the sales team directly: price policies, credit control, order tracking'],
      chiefAccountant: ['Finance highlights: automatic vouchers, analytical accounting, period-end closing'],
      management: [
        'Requirements survey and process review within the nine-step method help the management office put rules into the system',
      ],
      warehouse: ['Warehouse highlights: live stock, batch management, barcode scanning'],
    },
  },

  value: {
    title: 'The value sums: saving money and making money',
    purpose: 'Turn what was shown into money, and put a finger on where it hurts today',
    highlightsLead: 'Annual benefit estimated from the figures of {{customer}}:',
    highlight: '{{label}}: {{benefit}}',
    points: [
      'Saving money, inventory: live stock and safety-stock alerts reduce overstock and the cash tied up in it',
      'Saving money, labour: documents entered once, automatic vouchers and reconciliation save hours of entry and checking',
      'Saving money, bad debts: credit limits at the order and ageing alerts cut bad-debt losses',
      'Making money, faster collection: due-date reminders and payment reminders bring cash in sooner',
      'Making money, pricing discipline: price policies are enforced, no discounting at will, margins are kept',
      'Where it hurts: using what was learnt earlier, name the customer’s current problems (lost goods, bad debts, customers leaving with salespeople) and show how the features just demonstrated solve them',
    ],
    roles: {
      gm: ['Add the benefits up to one annual figure, set it against the investment and state the payback period'],
      cio: ['One platform replaces several systems and spreadsheets, reducing maintenance and data errors'],
      salesManager: [
        'Extra revenue from faster collection and pricing discipline, calculated with their own team’s figures',
      ],
      chiefAccountant: [
        'Fewer bad debts and fewer reconciliation hours; check the assumptions together with the chief accountant',
      ],
      management: [
        'Loopholes closed and losses avoided once processes are standard: lost goods, wrong shipments, double payments',
      ],
      warehouse: ['More accurate stock, shorter stocktaking, less slow-moving stock'],
    },
  },

  closing: {
    title: 'Summary and next steps',
    purpose: 'Recap the key points and lay the ground for the next meeting',
    summary: 'Sum up today’s storyline in three sentences: {{chain}}',
    summaryNone: 'Sum up today’s key points in three sentences',
    points: [
      'Ask the customer which one or two points convinced them most; note open questions and promise answers next time',
      'Propose a requirements survey as the next step, mapping their processes and documents as the basis for the formal proposal',
    ],
    visit: 'Invite the customer to visit {{customer}} and hear a peer’s experience',
    visitNone: 'Invite the customer to visit a live customer in the same trade and hear a peer’s experience',
    roles: {
      gm: ['Ask the general manager to confirm the project timetable and decision process, and fix the next meeting'],
      cio: ['Arrange a technical session and send the architecture and deployment documents afterwards'],
      salesManager: ['Offer trial accounts so the sales team can try it again with their own orders'],
      chiefAccountant: [
        'Ask the chief accountant for their current voucher and report layouts, to demo in their format next time',
      ],
      management: ['Ask the management office for their current process and policy documents to prepare the survey'],
      warehouse: ['Arrange a visit to the warehouse to see the work on site'],
    },
  },
};
