import { useHashDetail } from '../../components/use-hash-route';
import { parseShownDeals } from '../funnel/show-deals';
import { OpportunityList } from './list/OpportunityList';
import { OpportunityRoute } from './page/OpportunityRoute';

/**
 * 商机: the list of opportunities (all, or only the deals behind a funnel figure), or one
 * opportunity's page (#/opportunities/<id>[/<tab>]).
 */
export function OpportunitiesPage() {
  const [detail, setDetail] = useHashDetail();
  const [idText = '', tab = ''] = detail.split('/');
  const id = Number(idText);
  if (Number.isInteger(id) && id > 0) {
    return (
      <OpportunityRoute
        key={id}
        id={id}
        tab={tab}
        onTab={(next) => setDetail(`${id}/${next}`)}
        onBack={() => setDetail('')}
      />
    );
  }
  // "#/opportunities/only/3,7/<label>": the deals behind a funnel figure.
  const only = parseShownDeals(detail);
  return (
    <OpportunityList
      key={only ? detail : 'all'}
      only={only}
      onClearOnly={() => setDetail('')}
      onOpen={(next) => setDetail(String(next))}
    />
  );
}
