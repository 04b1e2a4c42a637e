// Danger by circumstance (issue #23): reports that name no harm word but show danger by who, when and what — each
// written here for the test, in each script, with a near miss that must not be raised.
import { describe, expect, it } from 'vitest';
import { priorityOf } from '../../tests/fixtures/concept-triage.ts';

const each = (texts: string[]) => texts.map((t) => priorityOf(t));

describe('danger by circumstance', () => {
  it('a child about to be alone with a named person at a named time (a carer away for nights) is P1, in five scripts', () => {
    expect(
      each([
        'my mother works night shift at the hospital, from tomorrow i will be left alone at home with my stepfather',
        'ammi kal raat hospital mein duty pe hongi, mein chacha ke sath akeli hungi',
        'امی آج رات ہسپتال میں ہوں گی، میں سوتیلے ابو کے ساتھ اکیلی ہوں گی',
        'مور مې نن شپه روغتون کې ده، زه به له کاکا سره یوازې یم',
        'mor me nan shpa rogtun ke da, za ba da kaka sara yawazi yam',
      ]),
    ).toEqual(['P1', 'P1', 'P1', 'P1', 'P1']);
    // A grandmother looking after a child while the mother works is no danger.
    expect(priorityOf('my grandmother stays with me when my mother is at work')).not.toBe('P1');
  });

  it('a child handed over or taken away on a date, to a man, for money or to marry, is P1, in five scripts', () => {
    expect(
      each([
        'her father took money from a man and she will be sent with him the day after tomorrow',
        'abba ne qarz ke badle meri behen ko zamindar ke hawale kar dena hai parson',
        'ابو نے پیسے لے لیے ہیں، کل صبح بہن کو ایک آدمی کے حوالے کر دیں گے',
        'پلار یې پیسې اخیستې، سبا به یې له یو سړي سره واستوي',
        'plar ye pese akhisti, saba ba ye da yaw saray sara wastawi',
      ]),
    ).toEqual(['P1', 'P1', 'P1', 'P1', 'P1']);
    expect(priorityOf('my son will be sent to his grandparents tomorrow for the holidays')).not.toBe('P1');
  });

  it('medical signs after a blow, or with care refused, are P1; a question about a fever is not', () => {
    expect(
      each([
        'he hit my little brother on the head yesterday and now he keeps vomiting and is very sleepy',
        'bache ko teen din se tez bukhar hai, saas kehti hain doctor ke paas nahi le jana, bas dam karwa lo',
        'بچے کو تیز بخار ہے اور باپ ہسپتال نہیں لے جا رہا',
        'ماشوم ته درې ورځې تبه ده، پلار یې ډاکټر ته نه بیايي',
        'mashoom ta dre wraze taba da, plar ye doctor ta na bozi',
      ]),
    ).toEqual(['P1', 'P1', 'P1', 'P1', 'P1']);
    expect(
      priorityOf('my son has a fever, what medicine should i give him?', {
        reporter: 'parent_or_carer',
        child: { ageBand: 'unknown', gender: 'unknown' },
      }),
    ).not.toBe('P1');
  });

  it('a baby slammed down or shaken, with signs of serious illness or no way to a doctor, is P1, in three scripts', () => {
    expect(
      each([
        'padosi ne gusse mein apni 5 mahine ki bachi ko farsh par patak diya, ab aankhen band hain aur woh ro bhi nahi rahi',
        'زما ورندار خپل درې میاشتنی ماشوم ډېر وخوځاوه، اوس شیدې نه روي او ویده ویده دی',
        'mama pa shpa ke khpal shpag miashtanay zoy khwazawalo, os qai kawi aw stargi ye awri',
      ]),
    ).toEqual(['P1', 'P1', 'P1']);
  });

  it('a child locked in with neither food nor water now is P1; a school closed to him is not confinement', () => {
    expect(priorityOf('زما کاکا زه د سهار راهیسې په کوټه کې بنده کړې یم، نه ډوډۍ راکوي نه اوبه')).toBe('P1');
    expect(priorityOf('my stepfather locks me in the store room every night when my mother goes for night duty')).toBe('P1');
    // "سکول یې ورته بند کړی دی": his father has stopped his schooling (P3 at most), and "نه ډوډۍ" after "له … نه" is "from".
    expect(priorityOf('پلار یې سکول ورته بند کړی دی او ټوله ورځ یې غره ته لیږي')).not.toBe('P1');
    expect(priorityOf('مشران طالبان له وړو ماشومانو نه ډوډۍ اخلي او کنځلې ورته کوي')).not.toBe('P1');
  });

  it('a girl to be handed to the other side after a jirga, for a feud or a debt paid in advance, is P1', () => {
    expect(
      each([
        'they will hand her to the other family the day after tomorrow, the jirga decided it for the badal of a murder',
        'د جرګې فیصله ده چې پرسبا به جینۍ مخالفې ډلې ته ورکړي',
        'the man gave her father an advance and will take the boy to karachi for work tomorrow morning',
      ]),
    ).toEqual(['P1', 'P1', 'P1']);
    expect(priorityOf('the jirga will meet tomorrow about the land dispute between our families')).not.toBe('P1');
  });

  it('Roman Pashto tells danger in its own words: each of these is P1, and poverty told the same way is not', () => {
    expect(
      each([
        // rat poison in his pocket and his books given to his brother
        'zama wror sara da chuho dawai da aw khpal kitabona wror ta warkral, wai dua me okrai',
        // hit on the head with a stick yesterday, vomiting and sleepy
        'plar me parun pa sar da lakri wahalay yam, os qay kawam aw khob rata razi',
        // fever for five days, talking in his sleep, "no need for a doctor"
        'mashoom ta panza wraze taba da, pa khob ke khabare kawi, plar wayi doctor ta zaroorat nishta',
        // a woman who is not her mother drags her to a car
        'jinai wayal che da zama mor na da, khaza ye kash kra aw pa gadi ke ye kenawala',
        // a man from TikTok waiting for her after school today
        'yaw saray pa tiktok ke warsara khabare kawi, wai nan pas da chutti darta intezar kawom',
        // thrown out of the house, and it is night now
        'mor aw plar ye da kor na sharalay da, os shpa da aw da masjid sara nasta da',
      ]),
    ).toEqual(['P1', 'P1', 'P1', 'P1', 'P1', 'P1']);
    // No food in the house is poverty, not food withheld; a wedding after Eid may be months away.
    expect(priorityOf('mung dre wrunra yu, pa chowk ke sawal kawu, kana pa kor ke dodai nishta')).not.toBe('P1');
    expect(priorityOf('ghar walon ne uski shadi pakki kar di hai, bari eid ke baad rukhsati hai')).not.toBe('P1');
  });

  it('a child snatched into a vehicle by a man minutes or hours ago is P1, in five scripts; a father taking her on his bike is not', () => {
    expect(
      each([
        'outside the tuition centre a man pulled my little sister onto his motorbike and rode off, half an hour ago',
        'gali se do aadmi meri bhatiji ko gari mein bitha kar le gaye, ek ghanta pehle ki baat hai',
        'دو آدمی بچے کو زبردستی رکشے میں کھینچ کر لے گئے، ابھی ابھی',
        'یو سړي زما ورور په موټرسایکل کېنولو او لاړ، یو ساعت مخکې',
        'dwa saray zama wrara pa gadi ke kash kro aw lar, minute wrande',
      ]),
    ).toEqual(['P1', 'P1', 'P1', 'P1', 'P1']);
    expect(priorityOf('every morning my father takes my sister to school on his motorbike')).not.toBe('P1');
  });

  it('sexual harm every night while the father is abroad is P1, in three scripts: "is in Dubai" is the carer away, not the abuser gone', () => {
    expect(
      each([
        'my father is in dubai, my uncle comes to my room every night and does bad things to me',
        'mera baap dubai mein hai, chacha har raat mere kamre mein aata hai aur galat kaam karta hai',
        'زما پلار دوبۍ ته تللی دی، زما کاکا هره شپه زما کوټې ته راځي او بد کارونه کوي',
      ]),
    ).toEqual(['P1', 'P1', 'P1']);
    // Told as past, the one who did it gone far back: POLICY.md's P2, whatever the child's nights are like now.
    expect(priorityOf('last year my cousin did bad things to me, he moved to karachi, i still cannot sleep at night')).toBe('P2');
  });

  it('a child held in a lock-up with adults is P1, in three scripts; a question about whether the law allows it is not', () => {
    expect(
      each([
        'my nephew of 14 was picked up last night and is kept in the lockup with adult prisoners',
        'mera bhanja 15 saal ka hai, thane ki hawalat mein bade qaidiyon ke sath band hai',
        'زما وراره پنځلس کلن دی، د پولیسو په حوالات کې له لويانو سره ساتلی دی',
      ]),
    ).toEqual(['P1', 'P1', 'P1']);
    expect(
      priorityOf('can the police keep a boy of 14 in the lockup with adults? what does the law say?', {
        reporter: 'other',
        child: { ageBand: 'unknown', gender: 'unknown' },
      }),
    ).not.toBe('P1');
  });

  it('a child kept working with an untreated injury is P1; an untreated infection without work is P2, not P3', () => {
    expect(
      priorityOf('a boy of 11 works at the car workshop with a badly swollen hand, the owner keeps him working and there is no doctor'),
    ).toBe('P1');
    expect(priorityOf('a 5 year old in my class has had an untreated ear infection for weeks, with pus')).toBe('P2');
  });

  it('someone asking a child for pictures with secrecy, gifts or as an older man is P2 (grooming), never P3 or P4', () => {
    expect(
      each([
        'an older man keeps asking my daughter for photos and tells her not to tell me',
        'ek larka insta pe meri behen se tasveerein mang raha hai aur kehta hai kisi ko na batana',
        'ایک آدمی میری بیٹی سے تصویریں مانگ رہا ہے اور کہتا ہے کسی کو نہ بتانا',
      ]),
    ).toEqual(['P2', 'P2', 'P2']);
  });

  it('time words (at dawn, the day after tomorrow, after the night shift, before Eid, after Friday prayer) make a harm P1, in every script', () => {
    const bases: [string, string[]][] = [
      [
        'the man does bad things to her',
        ['at dawn', 'the day after tomorrow', 'after the night shift', 'before eid', 'after friday prayer'],
      ],
      ['وہ آدمی اس کے ساتھ غلط کام کرتا ہے', ['فجر کے وقت', 'عید سے پہلے', 'جمعہ کی نماز کے بعد', 'ڈیوٹی کے بعد']],
      ['woh admi us ke sath galat kaam karta hai', ['eid se pehle', 'jumme ki namaz ke baad', 'fajr ke waqt', 'night shift ke baad']],
      ['هغه سړی ورسره ناوړه کار کوي', ['بل سبا', 'د اختر نه مخکې', 'د سهار', 'د جمعې له لمانځه وروسته']],
      ['hagha saray warsara galat kaar kawi', ['bal saba', 'sahar wakhti', 'da akhtar na makhke']],
    ];
    for (const [base, times] of bases) {
      expect(priorityOf(base), base).toBe('P2');
      for (const t of times) expect(priorityOf(`${base} ${t}`), `${base} ${t}`).toBe('P1');
    }
  });
});

// Round 8: what POLICY.md holds at P2 although it names a serious harm, each with the near miss that stays P1.
describe('serious harm that policy holds at P2, and its near miss', () => {
  it('past sexual abuse by someone who has moved away or is in jail is P2; back in the area or living with her, P1', () => {
    expect(
      each([
        'last year her tuition teacher touched her in a wrong way. he left our area in the summer and now teaches in Multan',
        'do saal pehle imam ne uske sath ghalat kaam kiya tha, ab woh Faisalabad shift ho gaya hai, bacha ab bhi darta hai',
        'پچھلے سال ڈرائیور نے اسے غلط جگہ ہاتھ لگایا تھا، وہ نوکری چھوڑ کر گاؤں چلا گیا ہے، بچی اب بھی رات کو ڈرتی ہے',
        'پروسږکال یو سړي ورسره بد کار وکړ، اوس هغه سړی جیل کښې دے، نجلۍ اوس هم ویریږي',
        'parosa kal teacher warsara ghalat kaar kaday wo, teacher os pa jail ke dy',
      ]),
    ).toEqual(['P2', 'P2', 'P2', 'P2', 'P2']);
    expect(
      each([
        'last year her uncle touched her in a wrong way. he was in jail but now he is out and back in the mohalla, he comes to our house',
        'pichle saal chacha ne uske sath ghalat kaam kiya tha, woh ab bhi usi ghar mein rehta hai',
      ]),
    ).toEqual(['P1', 'P1']);
  });

  it('an injury told as past by a father now abroad is P2; if he comes back on Friday, or a child is locked in alone, P1', () => {
    expect(
      priorityOf(
        'last month his father broke his arm with a stick, it is in plaster and healing now. the father is in Saudi and has not come back',
      ),
    ).toBe('P2');
    expect(priorityOf('last month his father broke his arm with a stick, it is in plaster now. the father comes back on Friday')).toBe(
      'P1',
    );
    // Parents away is no absent abuser: a small child locked in alone is P1 whoever left.
    expect(
      priorityOf('a child of 4 is locked alone in the room from outside, the parents went to the village and have not come back'),
    ).toBe('P1');
  });

  it('money owed and worked off is bonded labour (P2); money taken for a child who is sent away tomorrow is a sale (P1)', () => {
    expect(
      each([
        'the kiln owner gave the father 2 lakh peshgi, the boy of 11 makes bricks every day and cannot leave until it is paid',
        'hotel wale ne baap ko 50 hazar peshgi diye the, bacha 2 saal se wahan kaam kar raha hai',
        'بھٹے کے مالک نے باپ کو دو لاکھ پیشگی دی، بارہ سال کا لڑکا قرض اترنے تک کام کرتا ہے',
      ]),
    ).toEqual(['P2', 'P2', 'P2']);
    expect(priorityOf('her father took 2 lakh from a man from Punjab and she will be sent with him tomorrow')).toBe('P1');
  });

  it('a child marriage set months ahead or with no date yet is P2; set for next Friday, P1', () => {
    expect(
      each([
        'my cousin is 15, her nikah with a man of 30 will be done after the wheat harvest',
        'meri behen 14 saal ki hai, shadi jab 16 ki hogi tab karenge, rishta pakka ho gaya',
        'میری طالبہ سترہ سال کی ہے، اس کا نکاح پینتالیس سال کے آدمی سے طے ہے، تاریخ ابھی طے نہیں',
      ]),
    ).toEqual(['P2', 'P2', 'P2']);
    expect(priorityOf('my cousin is 15, her nikah with a man of 30 will be done next Friday')).toBe('P1');
    // Roman Pashto "kal" is a year; Roman Urdu "kal" is tomorrow.
    expect(priorityOf('zama da wror lur 13 kalana da, kozhda ye shawe, wayi wada ba kal ta kawo')).toBe('P2');
    expect(priorityOf('meri behen 13 saal ki hai, uska nikah kal raat hai')).toBe('P1');
  });

  it('a threat to share pictures with no deadline is P2; with a deadline tonight, P1', () => {
    expect(priorityOf('a man has my pictures and says he will send them to my family, he does not say when. i am 15')).toBe('P2');
    expect(priorityOf('a man has my pictures and says he will send them to my family tonight unless i pay. i am 15')).toBe('P1');
  });

  it('a question about one named child whose marriage is fixed is a report (P2), not a request for information', () => {
    expect(
      priorityOf(
        'میری کزن پندرہ سال کی ہے، اس کا رشتہ تیس سال کے آدمی سے طے ہو گیا ہے، شادی گندم کی کٹائی کے بعد ہوگی۔ کوئی اس کے ابو کو سمجھا سکتا ہے؟',
      ),
    ).toBe('P2');
    expect(
      priorityOf('What is the minimum age of marriage in Khyber Pakhtunkhwa under the law?', {
        child: { ageBand: 'unknown', gender: 'unknown' },
      }),
    ).toBe('P4');
  });

  it('round 11: small children left with no food by a mother who has not come back are P1; no food at home alone is not', () => {
    expect(
      each([
        'their mother went to the city two days ago and has not come back, the two small children have no food',
        'un ki maa do din se shehar gayi hai wapas nahi aayi, chhote bache bhooke hain',
        'ان کی ماں دو دن سے شہر گئی ہے، واپس نہیں آئی، چھوٹے بچے بھوکے ہیں',
        'د هغوی مور دوه ورځې مخکې ښار ته تللې ده او بیرته نه ده راغلې، کوچني ماشومان ډوډۍ نشته',
        'da haghwi mor dwa wraze makhke khar ta talale da aw bia na da raghale, warkoti bachi dodai nishta',
      ]),
    ).toEqual(['P1', 'P1', 'P1', 'P1', 'P1']);
    expect(priorityOf('we are poor and there is no food at home after the harvest failed, can CPU help the children?')).not.toBe('P1');
  });

  it('round 11: hands put on a girl with "do not tell", and a day named, is P1 in Pashto and Roman Pashto', () => {
    expect(
      each([
        'زمونږ استاذ په ما لاسونه وهي او وايي چا ته مه وایه، سبا یې بیا راته ویلي چې پاتې شه',
        'zamung ustaz lasoona rawahi ao wai chata ma waya, saba ye bia wayali che pate sha',
      ]),
    ).toEqual(['P1', 'P1']);
  });

  it('round 11: sleeping pills gathered and "if I am not here" are suicide signs; a girl to be sent abroad for marriage the day after tomorrow is P1', () => {
    expect(priorityOf('ma da mor da khob goliyane pata tolawali di, mor ta me wayal che ka za na yam no ta khafa kega ma')).toBe('P1');
    expect(priorityOf('uska baap usko parso afghanistan bhej raha hai, wahan uski shadi 40 saal ke aadmi se karni hai')).toBe('P1');
    expect(priorityOf('my sleeping pills are finished, can a child of 12 take half a tablet?')).not.toBe('P1');
  });

  it('round 11: a child kept at a kiln until an advance is paid is bonded labour (P2); locked in a room there, P1', () => {
    expect(
      each([
        'his father took an advance of 80 thousand from the kiln owner, the owner says the boy of 12 cannot leave until it is paid. he is not locked, he goes home at night',
        'uske baap ne dhai lakh peshgi li thi, ab maalik kehta hai 14 saal ka larka qarza utaarega, usko kahin jane nahi dete',
      ]),
    ).toEqual(['P2', 'P2']);
    expect(priorityOf('the kiln owner took peshgi from his father and locks the boy of 12 in a room at night so he cannot run')).toBe('P1');
  });

  it('round 11: a girl of 15 gone three days with no sign that anyone took her is P2, not an abduction', () => {
    expect(
      priorityOf(
        'ek larki 15 saal ki 3 din se ghar se ghayab hai, wo naraz ho ke khala ke ghar gai hogi, kisi ne zabardasti le jate nahi dekha',
      ),
    ).toBe('P2');
  });
});
