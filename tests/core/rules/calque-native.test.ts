import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/core/article/words';
import { calqueRule } from '../../../src/core/rules/calque';
import { flaggedTexts } from './run-rule';

// Native English wire copy, written for this test, salted with the look-alikes
// of the calques in the fr and es profiles: the native uses of "eventual",
// "deception", "reunion", "formation", "militants", "the process", "first
// minister", "in full swing", "of which", "during two hours of", "the object
// of", "at the height of", "to the urns"... Every finding here is a false flag.
const STORIES: readonly string[] = [
  `Scotland's first minister resigns as coalition collapses

EDINBURGH, Scotland (AP) — Scotland's first minister resigned on Monday after the collapse of her coalition, ending weeks of speculation about the direction of the governing party.

The Scottish first minister told reporters at Bute House that it had been "the privilege of my life" to lead the country, and that she would stay on until a successor was chosen. The Welsh first minister and the Northern Irish first minister both paid tribute to her, as did the British prime minister, who called her "a formidable opponent."

The eventual winner of the leadership contest will face a difficult first year. Polls suggest a sensible, cautious candidate is favored by party members, though the race is wide open. One party official said the timing was "important for the whole movement," adding that members would be consulted during two hours of online hustings next week.

Her critics said the deception at the heart of the budget row had damaged trust. She denied any deception and said she had acted sensibly throughout. "There was no demand of me that I did not try to meet," she said, referring to the main demand of the Greens, a freeze on road building.

It remains to be seen whether the party can hold on to power. It has been three years since it last lost a by-election, and it remains the largest group in the Scottish Parliament.`,

  `Funeral cortege halts traffic as thousands pay tribute

LONDON (Reuters) - Thousands of people lined the streets on Saturday as the funeral cortege of the former footballer made its way through his home town, in an emotional reunion of the team that won the cup in 1986.

The reunion of former players and their families drew crowds from across the country. "It was a reunion with old friends," said one former team mate, who had flown in from Australia. The club's youth formation plays in the same stadium, and players from the academy formed a guard of honor.

The drama unfolded over three hours as the procession was held up by well-wishers. At the height of the crowds, police closed two roads. The funeral was attended by the club's assistants and coaching staff, and the players' union, which had contested the club's decision to sell the ground, sent a wreath.

His former manager said the striker had marked his 100th goal with a cartwheel. "He was a strong man of few words," he said. "Appearances can be deceiving: off the pitch he was shy."

The club said in a statement that it would advertise the position of youth coach next month and that the eventual appointment would be announced in the summer.`,

  `Israeli strikes kill 30 in Gaza as truce talks stall

GAZA/CAIRO (Reuters) - Israeli strikes killed at least 30 people in Gaza overnight, 12 of them children, health officials said on Tuesday, as talks on a ceasefire stalled in Cairo.

The strikes hit a school sheltering displaced families, of which there are now more than a million. Medics attended to the wounded at the scene, and the injured were taken to the nearest hospital. Rescuers freed a trapped car driver after a building collapsed on a main road.

Hamas militants fired rockets at southern Israel, and Israeli militants attacked a Palestinian village in the occupied West Bank, residents said. Islamist militants have stepped up attacks in recent weeks, according to Israeli officials.

An AFP journalist saw the bodies of six people at the hospital. A spokesman confirmed to AFP that the strike had targeted a Hamas commander. Hamas said it remained committed to the talks but that a deal "is not in the immediate future."

The talks are the object of intense diplomatic pressure. Egyptian mediators presented a proposal on Sunday, and the U.S. Secretary of State was expected in Cairo on Wednesday. A U.S. official said the proposal would provide for a six-week truce in exchange for the release of hostages, and that the next round was foreseen only if both sides agreed on the sequence.

Israel's military said it would continue operations "until all the hostages are home." The humanitarian situation in Gaza remains dire, the UN's humanitarian office said, with aid workers warning of famine in the north.`,

  `Mexico's Sheinbaum wins landslide in historic vote

MEXICO CITY (AP) — Claudia Sheinbaum won Mexico's presidential election by a landslide, official results showed on Monday, becoming the first woman to lead the country.

With 95% of the vote counted, Sheinbaum had almost 60% of the vote, far ahead of her nearest rival. There was no need for a second round: Mexico elects its president in a single round. Millions of Mexicans went to the polls on Sunday, and turnout was about 60%.

The campaign was the most violent in the country's modern history. At least 30 candidates were killed, according to the consulting firm Integralia. "We are in the middle of a crisis of violence," said one analyst. Police arrested the man allegedly responsible for the killing of a mayoral candidate in Guerrero on Friday, and the mastermind of the murder is still at large.

In the northern state of Zacatecas, two uniformed officers were wounded in an ambush on Saturday. The detained man was released without charge. The bodies of three men were found by the road near Fresnillo, and cadaver dogs were used to search a nearby ranch.

Sheinbaum's party and its allies also look set to win a supermajority in Congress, which would allow them to amend the constitution. Investors are bracing for the anticipated election result to weigh on the peso, and analysts said they expected the new government to provide continuity on fiscal policy. The fiscal year begins in January.`,

  `Court upholds conviction of former minister

PARIS (AFP) - A Paris appeals court on Wednesday upheld the conviction of a former minister for embezzlement, sentencing him to three years in prison, two of them suspended.

The trial of the former minister, which opened in March, was the subject of intense media coverage. Prosecutors said he had diverted public funds to pay aides, and the court agreed. The legal process against him began in 2017, when investigators searched his home.

The former minister has always denied wrongdoing. His lawyer said he would appeal to the Court of Cassation, France's highest court. "The judgment of history will be kinder," he said.

The court also ordered him to pay a fine of 375,000 euros and barred him from public office for ten years. He was released under judicial supervision in 2019 and has been free since.

The case is one of several involving senior politicians. In the first instance, the court had handed down a heavier sentence. The prosecution said it was satisfied. The former minister's chief of staff, who was convicted of complicity at first instance, was acquitted.

The parquet floor of the courtroom, laid in the 19th century, was being restored during the trial, and hearings were moved to a smaller room.`,

  `Earthquake death toll rises above 2,900

MARRAKECH, Morocco (Reuters) - The death toll from the earthquake that struck Morocco on Friday night rose to more than 2,900 on Tuesday, the interior ministry said, as rescuers reached remote villages in the Atlas mountains.

The quake, of magnitude 6.8, was the deadliest to hit the country in decades. Several aftershocks were felt on Sunday. Rescuers said they had found few survivors; the bodies of those found dead were taken to a sports hall.

The army deployed search and rescue teams, and Spain, Britain and Qatar sent specialist units. Villagers said they had waited during two days of cold nights for help to arrive. "No one came for two days," said one farmer who lost his wife.

King Mohammed VI declared three days of national mourning. The government said it would pay 30,000 dirhams to each affected household and rebuild homes in the same way they were built, in local stone. The museum in Marrakech sold replicas of damaged artworks to raise money.

The quake caused charred walls and collapsed roofs in the old city. The World Bank said the damage could reach $10 billion, and the central bank said it did not expect the disaster to push inflation higher. The inflation rate fell to 4.9% in August. Interannual variability in rainfall has made the region's farmers vulnerable to drought.`,

  `Argentina's Milei pushes austerity as protests grow

BUENOS AIRES (Reuters) - Argentine President Javier Milei pressed ahead with spending cuts on Wednesday as tens of thousands of people marched in Buenos Aires against austerity, in one of the largest protests since he came to power.

The protest, called by the country's main unions, was peaceful. Police said four people were arrested. Those arrested were released later in the day.

Inflation slowed for a fifth month in May, to 4.2%, but is still close to 300% on an annual basis. Cumulative inflation since January reached 71.9%. Economy Minister Luis Caputo said the government would meet its commitments to the IMF and that the budget was on track. "We are not going to pretend that this is easy," he said.

The government has introduced a bill to privatize state companies, and lawmakers are expected to vote on it next week. Opposition lawmakers have tried to block it, and some have said they want to take the case to court. The bill has already been amended in the Senate, where the ruling party is in a minority.

Analysts said the government had acted sensibly on the exchange rate. "The peso is weaker, but exports are up 12%," said one economist. Sales of fuel fell 14%, and the price of petrol rose more than 30% in the first half of the year, according to industry data. Job cuts in the public sector have reached 25,000.`,

  `Champions League final ends in shootout drama

MADRID (AP) — Real Madrid won the Champions League final on penalties on Saturday, beating Borussia Dortmund 4-3 in the shootout after a 1-1 draw, to claim a record-extending title.

The Spanish team's goalkeeper saved two penalties in the shootout. "He's the guardian of our dreams," said his coach. Dortmund's coach, a former defender, said his players had been in full control of the first half.

In a game that was in full swing from the opening minute, Vinícius Júnior scored from a penalty in the 80th minute after a foul in the area, and Dortmund equalized with a header from a corner. The referee awarded a second penalty after a video review, but it was saved.

The two teams had met in the group stage, and Madrid had won both games. The win was Madrid's 15th title in the competition. The club's president said he would congratulate the players personally. "This club never gives up," he said.

Madrid's fans celebrated in the Cibeles square until the early hours. The national selection of players for the European Championship will be announced on Monday, and the England selectors are expected to name their squad on Tuesday.

The penal code in Spain was changed last year to allow tougher sentences for violence at sports events, and the league has said it will press for life bans for fans found guilty.`,
];

describe('calque rule on native English look-alikes', () => {
  it('has about 1,500 words of native copy or more', () => {
    expect(STORIES.reduce((n, s) => n + countWords(s), 0)).toBeGreaterThanOrEqual(1500);
  });

  it.each(STORIES.map((s) => [s.slice(0, s.indexOf('\n')), s]))('stays silent on: %s', (_title, story) => {
    expect(flaggedTexts(calqueRule, story)).toEqual([]);
  });
});
