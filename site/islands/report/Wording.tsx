import { useTranslation } from 'react-i18next';

/** Two wordings of one text: without JavaScript both are sent and CSS (:has) shows the child's once "this is happening to me" is ticked. */
export function Both({ adult, child }: { adult: string; child: string }) {
  if (adult === child) return adult;
  return (
    <>
      <span className="app-when-adult">{adult}</span>
      <span className="app-when-child">{child}</span>
    </>
  );
}

/** A question in the adult's or the child's words. Once hydrated the reporter's answer to "who are you?" picks one. */
export function Wording({ k, enhanced, child }: { k: string; enhanced: boolean; child: boolean }) {
  const { t } = useTranslation('report');
  const adult = t(k);
  const childs = t(k, { context: 'child' });
  if (enhanced) return <span>{child ? childs : adult}</span>;
  return <Both adult={adult} child={childs} />;
}
