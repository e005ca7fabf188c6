import { useHashDetail } from '../../components/use-hash-route';
import { OpportunityList } from './list/OpportunityList';
import { OpportunityRoute } from './page/OpportunityRoute';

/** 商机: the list of opportunities, or one opportunity's page (#/opportunities/<id>[/<tab>]). */
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
  return <OpportunityList onOpen={(next) => setDetail(String(next))} />;
}
