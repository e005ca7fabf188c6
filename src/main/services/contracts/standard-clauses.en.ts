import { oneWording, type StandardClauseSeed } from './seed-types';

/**
 * Standard clause library (English): the Software Licence and Implementation Agreement, with the
 * same structure and the same choices as the Chinese 软件许可及实施服务合同 (staged or single final
 * acceptance; arbitration or court), governed by PRC law. Party A is the customer, Party B the
 * supplier, as in the labels around the clauses. Clauses refer to each other by heading ("the Article
 * entitled “Scope”"), never by number, because numbering depends on which optional clauses are kept.
 */

const standard = (heading: string, ...body: string[]) => oneWording('Standard', heading, ...body);

const ACCEPTANCE_CRITERIA =
  'The acceptance criteria are the itemised scope in the Article entitled “Scope”, the user documentation and the requirements specification confirmed in writing by Party A. Party A may not make acceptance subject to any requirement outside those documents.';
const ACCEPTANCE_REWORK =
  'Party B shall promptly remedy the non-conforming items so specified and re-apply for acceptance; the procedure and periods of this Article apply to the re-acceptance. Minor Defects that do not prevent normal use of the main functions of the Licensed Software do not affect acceptance and shall be remedied by Party B during the free maintenance period.';

const DISPUTES_LAW =
  "The conclusion, validity, interpretation and performance of this Agreement and the resolution of disputes under it are governed by the laws of the People's Republic of China (for the purposes of this Agreement, excluding the laws of the Hong Kong and Macao Special Administrative Regions and Taiwan).";
const DISPUTES_NEGOTIATION =
  'Any dispute arising out of or in connection with this Agreement shall first be resolved by friendly consultation. If the dispute is not resolved within 30 days after either party requests consultation in writing,';
const DISPUTES_CONTINUE =
  'While a dispute is being resolved, the parties shall continue to perform the provisions of this Agreement other than those in dispute.';

export const STANDARD_CLAUSES_EN: StandardClauseSeed[] = [
  {
    key: 'parties',
    lang: 'en',
    category: 'parties',
    mandatory: true,
    wordings: standard(
      'Parties',
      "In accordance with the Civil Code of the People's Republic of China, the Copyright Law of the People's Republic of China, the Regulations on the Protection of Computer Software and other applicable laws and regulations, and on the principles of equality, voluntariness, fairness and good faith, Party A and Party B have, through friendly consultation, entered into this Software Licence and Implementation Agreement (this “Agreement”) for Party A's purchase of a licence to use Party B's software products and Party B's provision of implementation services, and agree as follows.",
    ),
  },
  {
    key: 'definitions',
    lang: 'en',
    category: 'definitions',
    mandatory: false,
    wordings: standard(
      'Definitions',
      '> In this Agreement, unless otherwise agreed:',
      '“Licensed Software” means the computer software products (including modules) listed in the Article entitled “Scope”, whose copyright Party B owns or which Party B is entitled to license, supplied in object code, together with the accompanying user documentation and the patches and updates supplied by Party B under this Agreement.',
      '“Implementation Services” means the business survey, solution design, installation, system configuration, guidance on data initialisation, user training and go-live support provided by Party B so that Party A can put the Licensed Software into use, as further specified in this Agreement and its annexes.',
      '“Customisation” means functionality developed or modified by Party B beyond the standard functions of the Licensed Software according to requirements confirmed in writing by Party A, including reports, interfaces and other secondary development.',
      "“Go-live” means the Licensed Software having been initialised in Party A's production environment and having begun to process Party A's real business.",
      '“Final Acceptance” means the final acceptance of the Project as a whole by Party A according to the criteria and procedure of the Article entitled “Acceptance”.',
      '“Defect” means a reproducible failure of the Licensed Software to operate in accordance with the user documentation or the requirements specification confirmed in writing by both parties.',
      "“Working Day” means a statutory working day in the People's Republic of China.",
      '“Controlled Subsidiary” means an entity in which Party A directly or indirectly holds more than 50% of the equity or voting rights, or which Party A otherwise actually controls.',
    ),
  },
  {
    key: 'scope',
    lang: 'en',
    category: 'scope',
    mandatory: true,
    wordings: standard(
      'Scope',
      'Party B shall grant Party A a licence to use the following software products (the “Licensed Software”) and provide the related implementation, training and other services (together, the “Project”), as itemised below:',
      '{{table.schedule}}',
      'The licensed modules and number of users (or sites) are as stated in the table above. Any use beyond that scope requires Party A to purchase additional licences from Party B.',
      "The tasks, deliverables and division of responsibilities of the Implementation Services are as set out in the Project Implementation Plan annexed to this Agreement. Services priced per person-day are limited to the number of person-days stated above; additional person-days require Party A's prior written confirmation and are charged at Party B's then-current standard daily rate.",
      'Unless expressly listed in the table above, this Agreement does not include computer hardware or third-party software such as operating systems and databases, nor any requirement added or changed by Party A after the requirements specification has been confirmed. Added or changed requirements shall be confirmed in writing by both parties; any resulting change to the price or the timetable requires a supplementary agreement.',
    ),
  },
  {
    key: 'price',
    lang: 'en',
    category: 'price',
    mandatory: true,
    wordings: standard(
      'Price and Payment',
      'The total contract price is {{price.total}} (in Chinese capitals: {{price.totalCapital}}), inclusive of value-added tax (VAT), comprising {{price.net}} exclusive of VAT and {{price.tax}} of VAT. The VAT rate applicable to each item is as stated in the Article entitled “Scope”.',
      'The contract price covers the licence fees for the Licensed Software and the fees for all services itemised in the Article entitled “Scope”. Save as otherwise provided in this Agreement or for additional work confirmed in writing by both parties, Party A shall pay no other fees to Party B.',
      'Party A shall pay the contract price to Party B in the following instalments, each within {{terms.paymentDays}} days after its payment condition is met:',
      '{{table.milestones}}',
      "Before each payment, Party B shall issue to Party A a valid special VAT invoice (or an ordinary VAT invoice if Party A is not a general VAT taxpayer) for the amount of that instalment. Party A shall provide complete and accurate invoicing details in writing when this Agreement is signed; if an invoice has to be reissued because Party A's details were incorrect, the payment period is not extended.",
      'Party A shall pay by bank transfer to the following account of Party B:',
      '- Account name: {{company.name}}',
      '- Bank: {{company.bankName}}',
      '- Account number: {{company.bankAccount}}',
      "Any change of Party B's account shall be notified to Party A by a written notice bearing Party B's company seal. Without such notice, a payment made to any other account does not discharge Party A's payment obligation.",
    ),
  },
  {
    key: 'delivery',
    lang: 'en',
    category: 'delivery',
    mandatory: false,
    wordings: standard(
      'Delivery and Implementation',
      "Within 10 Working Days after receiving Party A's first instalment, Party B shall deliver the installation media (or download access), licence keys and user documentation of the Licensed Software, and install the Licensed Software in the server environment provided by Party A.",
      "Party B shall complete the implementation, so that the Licensed Software is ready for Go-live, within {{terms.implementationDays}} Working Days after this Agreement has taken effect and Party B has received Party A's first instalment. The implementation proceeds in the following phases, the detailed tasks and timetable of which are set out in the project plan agreed by both parties:",
      "- project kick-off and business survey: forming the joint project team, holding the kick-off meeting and surveying Party A's business processes;",
      "- requirements analysis and solution design: preparing the requirements specification and the solution for Party A's written confirmation;",
      '- configuration and Customisation: configuring system parameters, organisation structure, permissions and workflows, and developing any confirmed Customisation;',
      '- data preparation and initialisation: guiding Party A in preparing and importing master data and opening balances;',
      "- user training: training Party A's key users and end users in the operation of the system;",
      '- testing and trial run: integration testing and simulated operation, and correcting the issues found; and',
      '- Go-live and go-live support: switching to production, with on-site or remote support from Party B until the Licensed Software is ready for acceptance.',
      'Party A shall provide the following cooperation and is responsible for the truthfulness and accuracy of the materials and data it provides:',
      '- appoint a project manager with decision-making authority and key users familiar with the business, and ensure that they devote the necessary time;',
      "- provide the servers, network, operating system, database and other environment meeting Party B's configuration requirements, and the on-site working conditions that Party B's implementation staff reasonably need;",
      '- provide master data and business data according to the project plan, and confirm or comment in writing on the requirements documents, solutions and phase deliverables submitted by Party B within 5 Working Days of receiving them; and',
      '- ensure that the relevant staff attend training on time, and adapt its internal business processes and management rules to the confirmed solution.',
      'Where implementation is delayed because Party A fails to provide the agreed cooperation, changes its requirements or for any other reason not attributable to Party B, the implementation period is extended accordingly and Party B is not liable for the delay; any additional work resulting from it shall be charged as agreed between the parties.',
    ),
  },
  {
    key: 'acceptance',
    lang: 'en',
    category: 'acceptance',
    mandatory: true,
    wordings: [
      {
        key: 'milestone',
        label: 'Staged acceptance',
        heading: 'Acceptance',
        body: [
          `The Project is accepted in two stages: go-live acceptance and Final Acceptance. ${ACCEPTANCE_CRITERIA}`,
          'Go-live acceptance: after Go-live, Party B shall submit to Party A an application for go-live acceptance together with the related documents. Within 5 Working Days of receiving the application, Party A shall carry out the acceptance and, if the criteria are met, sign the go-live acceptance report or, if they are not, specify in writing within the same period the items that do not meet the acceptance criteria.',
          'Final Acceptance: once go-live acceptance has been passed and the Licensed Software has run stably in the production environment for 30 consecutive days, Party B shall submit to Party A an application for Final Acceptance. Within 10 Working Days of receiving the application, Party A shall carry out the Final Acceptance and, if the criteria are met, sign the final acceptance report or, if they are not, specify in writing within the same period the items that do not meet the acceptance criteria.',
          ACCEPTANCE_REWORK,
          'If Party A neither carries out the acceptance nor specifies any non-conforming item in writing within the applicable period, that stage is deemed accepted on the last day of the period. If, for reasons attributable to Party A, Final Acceptance has not taken place within 90 days after go-live acceptance, Final Acceptance is deemed to have been passed.',
        ].join('\n'),
      },
      {
        key: 'final',
        label: 'Single final acceptance',
        heading: 'Acceptance',
        body: [
          `The Project is accepted in a single Final Acceptance after implementation has been completed. ${ACCEPTANCE_CRITERIA}`,
          'Once the Licensed Software has gone live and has run stably in the production environment for 30 consecutive days, Party B shall submit to Party A an application for Final Acceptance together with the related documents. Within 10 Working Days of receiving the application, Party A shall carry out the Final Acceptance and, if the criteria are met, sign the final acceptance report or, if they are not, specify in writing within the same period the items that do not meet the acceptance criteria.',
          ACCEPTANCE_REWORK,
          'If Party A neither carries out the Final Acceptance nor specifies any non-conforming item in writing within that period, Final Acceptance is deemed to have been passed on the last day of the period. If, for reasons attributable to Party A, Final Acceptance has not taken place within 90 days after Go-live, Final Acceptance is deemed to have been passed.',
        ].join('\n'),
      },
    ],
  },
  {
    key: 'warranty',
    lang: 'en',
    category: 'warranty',
    mandatory: false,
    wordings: standard(
      'Warranty and Maintenance',
      'Party B warrants that, under normal conditions of use, the Licensed Software will perform the main functions described in the user documentation and the requirements specification. The free maintenance period is {{terms.warrantyMonths}} months from the date of Final Acceptance (including deemed acceptance).',
      'During the free maintenance period, Party B shall provide the following services free of charge:',
      '- correcting Defects of the Licensed Software and supplying the corresponding patches;',
      '- technical support and advice on use by telephone, e-mail and remote assistance;',
      '- updates of the Licensed Software within the same major version; and',
      '- on-site service for critical faults that cannot be resolved remotely.',
      'Party B shall respond to faults reported by Party A within the following times; service hours are 9:00 to 18:00 on Working Days, and 24 hours a day for critical faults:',
      "- critical faults (the system cannot run or core business is interrupted): response within 2 hours and, if the fault cannot be resolved remotely, Party B's engineer on Party A's site within 24 hours (48 hours in cities where Party B has no service office);",
      '- ordinary faults (some functions cannot be used normally but a workaround exists): response within 4 hours, and a fix or a temporary solution within 3 Working Days; and',
      '- questions on use and minor issues: answer within 1 Working Day.',
      'After the free maintenance period, if Party A wishes to continue receiving maintenance services, the parties shall enter into an annual maintenance agreement. The annual maintenance fee is {{terms.maintenanceRate}} of the licence fees of {{price.licence}}, i.e. {{terms.maintenanceFee}} per year, payable annually in advance. If maintenance is resumed after an interruption, Party A shall pay the maintenance fees for the period of interruption.',
      "Faults or losses caused by any of the following are outside Party B's maintenance obligations; at Party A's request, Party B may remedy them as a chargeable service:",
      "- modification of the programs or database of the Licensed Software by Party A or a third party without Party B's consent;",
      "- operation contrary to the user documentation, or in a hardware or software environment that does not meet Party B's requirements;",
      '- computer viruses, network attacks, hardware failures, power outages or other causes not attributable to Party B; or',
      '- third-party software or hardware not supplied by Party B.',
    ),
  },
  {
    key: 'licence',
    lang: 'en',
    category: 'licence',
    mandatory: true,
    wordings: standard(
      'Licence and Intellectual Property',
      'Party B grants Party A and its Controlled Subsidiaries a non-exclusive, non-transferable, non-sublicensable and perpetual licence to install and use the Licensed Software for their internal business management purposes, within the modules and number of users set out in this Agreement. Party A shall ensure that its Controlled Subsidiaries comply with this Article and is liable for their breaches. If an entity ceases to be a Controlled Subsidiary of Party A, its right of use ends on that date unless the parties agree otherwise.',
      "Except with Party B's prior written consent, Party A shall not:",
      '- reverse engineer, decompile or disassemble the Licensed Software, or otherwise attempt to obtain its source code;',
      '- copy the Licensed Software (except for a reasonable number of backup copies), modify or translate it, or create derivative works based on it;',
      '- rent, lend, transfer, sublicense or otherwise make the Licensed Software available to any third party other than Party A and its Controlled Subsidiaries, or use it to provide services to third parties; or',
      '- remove or obscure any copyright notice on the Licensed Software, or circumvent or disable its licence controls.',
      'Copyright and all other intellectual property rights in the Licensed Software and the user documentation belong to Party B or its licensors. Intellectual property rights in any Customisation developed by Party B in performing this Agreement belong to Party B, and Party A has a perpetual, royalty-free right to use it within the scope of the licence under this Article. Materials provided by Party A and the business data generated by its use of the Licensed Software belong to Party A.',
      "Party B warrants that it is entitled to grant the licence under this Agreement and that Party A's use of the Licensed Software in accordance with this Agreement does not infringe any third party's intellectual property rights. If a third party brings an infringement claim against Party A, Party B shall handle the claim and bear the resulting costs and any damages that Party A is ordered to pay by an effective judgment or award, unless the infringement results from Party A's modification of the Licensed Software, its combination with software or hardware not supplied by Party B, or use beyond the scope of the licence.",
    ),
  },
  {
    key: 'confidentiality',
    lang: 'en',
    category: 'confidentiality',
    mandatory: true,
    wordings: standard(
      'Confidentiality',
      "“Confidential Information” means any non-public information, in whatever form, disclosed by one party (the “Discloser”) to the other (the “Recipient”) in the negotiation or performance of this Agreement, including but not limited to Party A's business data, operating and financial information and customer data, Party B's software products, source code, technical documents, prices and implementation methods, and the commercial terms of this Agreement.",
      "The Recipient shall keep the Confidential Information strictly confidential, use it only for the performance of this Agreement, and disclose it only to those of its employees and advisers who need to know it for that purpose and who are bound by confidentiality obligations no less strict than those of this Article. The Recipient shall not disclose it to any third party without the Discloser's prior written consent.",
      'Confidential Information does not include information that:',
      '- is or becomes public other than through the fault of the Recipient;',
      '- was lawfully in the possession of the Recipient before disclosure by the Discloser;',
      '- is lawfully obtained by the Recipient from a third party entitled to disclose it; or',
      '- is independently developed by the Recipient without use of the Confidential Information.',
      'Disclosure required by laws and regulations, by a regulator or by a judicial or arbitral authority is not a breach, provided that the Recipient, to the extent permitted by law, notifies the Discloser in advance and discloses only the part required.',
      "Where Party B has access to Party A's business data (including any personal information in it) in performing this Agreement, Party B shall comply with the Data Security Law, the Personal Information Protection Law and other applicable laws and regulations of the People's Republic of China, process the data only on Party A's instructions, take the necessary security measures, and not retain, copy or use the data for any purpose outside this Agreement.",
      "The obligations under this Article continue during the term of this Agreement and for 3 years after its termination or completion; for information constituting a trade secret, they continue until the information becomes public. On termination of this Agreement, the Recipient shall return or destroy the Confidential Information at the Discloser's request.",
    ),
  },
  {
    key: 'liability',
    lang: 'en',
    category: 'liability',
    mandatory: false,
    wordings: standard(
      'Limitation of Liability',
      'The aggregate liability of either party under this Agreement, including liquidated damages and compensation, shall not exceed {{terms.liabilityCap}} of the total contract price, i.e. {{terms.liabilityCapAmount}}.',
      'Neither party is liable to the other for any indirect loss, including but not limited to loss of profit, loss from business interruption, loss of goodwill and loss arising from the loss of or damage to data.',
      "Party A shall back up its business data regularly. Party B is not liable for any loss of data resulting from Party A's failure to do so; where data is damaged for reasons attributable to Party B, Party B shall assist Party A in restoring it from the latest valid backup.",
      'The limitations in this Article do not apply to:',
      "- loss of the other party's property caused intentionally or by gross negligence;",
      '- personal injury caused to the other party;',
      '- breach of the Article entitled “Confidentiality”;',
      '- use of the Licensed Software by Party A beyond the scope of the licence or in breach of the licence restrictions of this Agreement; or',
      '- the contract price payable by Party A under this Agreement.',
    ),
  },
  {
    key: 'breach',
    lang: 'en',
    category: 'breach',
    mandatory: false,
    wordings: standard(
      'Breach',
      'If Party A fails to pay any amount when due, Party A shall pay Party B liquidated damages of 0.05% of the overdue amount for each day of delay, up to a total of 10% of the overdue amount. If payment is more than 30 days overdue, Party B may suspend implementation or maintenance services until the overdue amount is paid in full, and the implementation period is extended accordingly; if payment is more than 60 days overdue, Party B may terminate this Agreement by written notice and claim payment for the work completed and the liquidated damages.',
      'If, for reasons attributable to Party B, the Licensed Software is not ready for Go-live within the agreed implementation period, Party B shall pay Party A liquidated damages of 0.05% of the total contract price for each day of delay, up to a total of 5% of the total contract price. If the delay exceeds 60 days, Party A may terminate this Agreement by written notice; the parties shall then settle the completed parts that Party A can use on their own, Party B shall refund the remainder of the amounts paid, and Party A shall cease using and return the Licensed Software not so settled.',
      'If either party materially breaches this Agreement and fails to remedy the breach within 30 days after written notice from the other party, the non-breaching party may terminate this Agreement by written notice and claim compensation for the resulting loss.',
      "If Party A uses the Licensed Software beyond the scope of the licence, it shall pay the licence fees for the excess use at Party B's then-current standard prices and compensate Party B for the resulting loss.",
      'Termination of this Agreement does not affect the Articles entitled “Confidentiality”, “Limitation of Liability” and “Governing Law and Disputes”, nor any rights and obligations of the parties accrued before termination.',
    ),
  },
  {
    key: 'force-majeure',
    lang: 'en',
    category: 'forceMajeure',
    mandatory: false,
    wordings: standard(
      'Force Majeure',
      'Force majeure means objective circumstances that are unforeseeable, unavoidable and insurmountable, including but not limited to natural disasters such as earthquakes, typhoons, floods and fires, war and civil unrest, acts of government, and measures for the prevention and control of epidemics.',
      'A party unable to perform this Agreement because of force majeure is released from liability in whole or in part according to the effects of the force majeure, unless the law provides otherwise. A party is not released from liability for force majeure occurring after it has delayed performance.',
      'The affected party shall notify the other party promptly so as to mitigate the loss that may be caused to it, and shall within 15 days after the force majeure occurs provide a certificate issued by the competent authority or other reasonable evidence. A party that fails to give timely notice or take reasonable measures is liable for the resulting increase in loss.',
      'If the force majeure lasts more than 60 days and the purpose of this Agreement cannot be achieved, either party may terminate this Agreement by written notice, and the parties shall settle the work completed.',
    ),
  },
  {
    key: 'disputes',
    lang: 'en',
    category: 'disputes',
    mandatory: true,
    wordings: [
      {
        key: 'arbitration',
        label: 'Arbitration',
        heading: 'Governing Law and Disputes',
        body: [
          DISPUTES_LAW,
          `${DISPUTES_NEGOTIATION} either party may submit it to {{terms.disputeBody}} for arbitration in accordance with its arbitration rules in effect at the time of applying for arbitration. The arbitral award is final and binding upon both parties.`,
          DISPUTES_CONTINUE,
        ].join('\n'),
      },
      {
        key: 'court',
        label: 'Court',
        heading: 'Governing Law and Disputes',
        body: [
          DISPUTES_LAW,
          `${DISPUTES_NEGOTIATION} either party may bring proceedings before {{terms.disputeBody}}.`,
          DISPUTES_CONTINUE,
        ].join('\n'),
      },
    ],
  },
  {
    key: 'notices',
    lang: 'en',
    category: 'notices',
    mandatory: false,
    wordings: standard(
      'Notices',
      "Notices, demands, applications for acceptance and other written communications under this Agreement shall be delivered by hand or by courier to the other party's address and contact person stated at the head of this Agreement, or sent by e-mail to the address designated by the other party in writing.",
      'A notice is deemed received:',
      '- if delivered by hand, on the date of signature for receipt;',
      '- if sent by courier, on the third day after dispatch, or on the date of signature for receipt if earlier; and',
      "- if sent by e-mail, on the date it enters the recipient's designated mail system.",
      'A party changing its address, contact person or e-mail address shall notify the other party in writing within 5 days of the change; until so notified, delivery to the former address is valid. A notice returned because it was refused or the address was wrong is deemed received on the date of return. These addresses also apply to the service of documents in any dispute resolution proceedings.',
      "Day-to-day project communication may take place between the parties' project managers by e-mail, instant messaging or similar means, but any change to the project scope, price or timetable and any acceptance decision shall be confirmed in writing.",
    ),
  },
  {
    key: 'effect',
    lang: 'en',
    category: 'effect',
    mandatory: true,
    wordings: standard(
      'Effect, Amendment and Annexes',
      'This Agreement takes effect on the date on which it has been signed by the legal or authorised representatives of both parties and sealed with their company seals or contract seals.',
      'Any amendment or supplement to this Agreement requires the agreement of both parties in a written supplementary agreement, which forms an integral part of this Agreement and has the same legal effect.',
      'The following annexes form an integral part of this Agreement and have the same legal effect as its main body; in case of conflict, the main body prevails:',
      '- Annex 1: Project Implementation Plan;',
      '- Annex 2: Requirements Specification (which becomes an annex once signed by both parties during implementation); and',
      '- Annex 3: go-live and final acceptance reports and other project confirmations signed by both parties.',
      'This Agreement constitutes the entire agreement between the parties on its subject matter and supersedes all prior oral or written proposals, quotations, solutions and commitments on the same subject. If any provision of this Agreement is held invalid or unenforceable, the other provisions remain in effect.',
      'This Agreement is made in English. If a Chinese version is also signed, both versions have equal effect and, in case of any discrepancy, the Chinese version prevails.',
    ),
  },
  {
    key: 'signatures',
    lang: 'en',
    category: 'signatures',
    mandatory: true,
    wordings: standard(
      'Signatures',
      'This Agreement is executed in {{terms.copies}} counterparts, half to be held by each party, each of which has the same legal effect. (The remainder of this page is intentionally left blank.)',
    ),
  },
];
