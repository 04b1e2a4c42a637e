import { useTranslation } from 'react-i18next';

/**
 * A question in the adult's or the child's words. Once hydrated the reporter's answer to "who are you?" picks
 * one; without JavaScript both are sent and CSS (:has) shows the child's once "this is happening to me" is ticked.
 */
export function Wording({ k, enhanced, child }: { k: string; enhanced: boolean; child: boolean }) {
  const { t } = useTranslation('report');
  const adult = t(k);
  const childs = t(k, { context: 'child' });
  if (enhanced || adult === childs) return <span>{child ? childs : adult}</span>;
  return (
    <>
      <span className="app-when-adult">{adult}</span>
      <span className="app-when-child">{childs}</span>
    </>
  );
}
