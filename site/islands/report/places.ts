// The provinces and districts the report form offers, packed into one string for the island's props: the
// page carries the whole directory (about 160 districts, twice over with JavaScript off) and props as
// objects cost 2 KB gzip more on the Urdu report page, which has a 110 KB budget. Format: `id|name|did:dname,…;…`.

export interface FormProvince {
  id: string;
  name: string;
  districts: { id: string; name: string }[];
}

const SEPARATORS = /[|;,:]/;

export function packPlaces(provinces: FormProvince[]): string {
  const clean = (s: string) => {
    if (SEPARATORS.test(s)) throw new Error(`place name or id with a separator: ${s}`);
    return s;
  };
  return provinces.map((p) => `${clean(p.id)}|${clean(p.name)}|${p.districts.map((d) => `${clean(d.id)}:${clean(d.name)}`).join(',')}`).join(';');
}

export function unpackPlaces(packed: string): FormProvince[] {
  if (!packed) return [];
  return packed.split(';').map((p) => {
    const [id = '', name = '', districts = ''] = p.split('|');
    return {
      id,
      name,
      districts: districts ? districts.split(',').map((d) => {
        const [did = '', dname = ''] = d.split(':');
        return { id: did, name: dname };
      }) : [],
    };
  });
}
