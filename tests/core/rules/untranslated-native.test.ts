import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { untranslatedRule } from '../../../src/core/rules/untranslated';
import { flaggedTexts } from './run-rule';

// Native English wire copy written for this test, salted with what the
// untranslated rule must leave alone: French and Spanish names with their
// particles, places and institutions as English copy keeps them, loanwords
// and loan phrases, and English words that are also French or Spanish
// function words. Every finding on it is a false flag.
const STORIES: readonly string[] = [
  `Macron names new prime minister after weeks of deadlock

PARIS, Jan 9 (Reuters) - French President Emmanuel Macron appointed a new prime minister on Thursday, ending a month of deadlock that left the euro zone's second-largest economy with a caretaker government, the Élysée said in a communique.

The new premier, a centrist who served as mayor of Pau, met outgoing head of government Michel Barnier at the Hôtel Matignon before a handover ceremony in the courtyard. Marine Le Pen, whose National Rally is the largest single party in the National Assembly, said she would not topple the government "for now", a de facto truce that gives the cabinet a few weeks to draft a budget.

Jean-Luc Mélenchon of La France Insoumise called the nomination a fait accompli and a coup de théâtre staged by the Élysée. Bruno Le Maire, Gérald Darmanin and Sébastien Lecornu kept their posts, while Jean-Noël Barrot stays at the Quai d'Orsay.

The Constitutional Council, France's highest constitutional authority, is due to rule next week on the immigration law, and the Council of State has been asked to review a decree on pension reform. A source at the Cour des comptes, the public audit office, said the deficit would again exceed 5% of GDP.

Protesters gathered on the Place de la République and near the Palais Bourbon, where lawmakers debated until late. Police said about 4,000 people marched from the Gare du Nord en route to the Place de la Nation, and the rally broke up peacefully. A few gilets jaunes joined the march, and a brass band played La Marseillaise.

"This is not déjà vu, it is a new chapter," said Claire Dubois, a professor at Sciences Po, who described the choice as a cordon sanitaire against the far right. The new premier, she added, is a bon vivant with a knack for the bon mot, but also a tough negotiator, and his raison d'être is the budget.

Financial markets took the news in their stride. The CAC 40 rose 0.8%, and the spread between French and German 10-year yields narrowed. Analysts at Société Générale and BNP Paribas said the Banque de France could cut its growth forecast, but a rating downgrade was not a foregone conclusion.

The appointment comes days before the commemorations for Charles de Gaulle at Colombey-les-Deux-Églises, where Dominique de Villepin is due to speak, and before Macron flies from Charles de Gaulle airport to Brussels for a summit with Ursula von der Leyen.`,

  `Argentina's Milei faces protests as pensioners march on Congress

BUENOS AIRES, March 13 (AP) - Thousands of retirees and their supporters marched on Argentina's Congress on Wednesday, clashing with police in the Plaza de Mayo area as President Javier Milei pressed ahead with austerity measures that have cut the real value of pensions.

The Mothers of Plaza de Mayo, the human rights group founded during the 1976-1983 dictatorship, joined the march, along with unions linked to the Peronist opposition. Cristina Fernández de Kirchner, the former president, accused the government of treating pensioners as "the enemy".

Patricia Bullrich, the security minister, defended the police operation. Security forces fired rubber bullets and tear gas near the Casa Rosada, and at least 20 people were arrested, according to the city government of Buenos Aires.

Milei, whose La Libertad Avanza party holds a minority in both houses, has vowed to veto any bill raising pensions. "There is no money," he told Radio Mitre. The peso was little changed at 1,060 per dollar in the official market, while the parallel "blue" rate traded at 1,240.

Economy Minister Luis Caputo said talks with the International Monetary Fund on a new program were "very advanced". Inflation slowed to 2.4% in January, the lowest monthly rate since 2020, according to the national statistics agency INDEC.

In Uruguay, President Yamandú Orsi met Brazil's Luiz Inácio Lula da Silva in Montevideo, and in Paraguay, Santiago Peña visited Ciudad del Este on the border. Football fans in La Plata and Mar del Plata watched River Plate beat Boca Juniors 2-1 at the Estadio Monumental, with Franco Mastantuono scoring from a free kick.

The government also said it would sell stakes in Aerolíneas Argentinas and the state water company AySA, and it closed the INADI anti-discrimination agency. Tango dancers performed at a milonga in San Telmo as part of the city's cultural program.`,

  `Spain's Sánchez survives confidence vote as Catalan deal holds

MADRID, Nov 20 (AFP) - Spanish Prime Minister Pedro Sánchez won a confidence vote in the Congress of Deputies on Wednesday, after Carles Puigdemont's Junts party agreed to abstain in exchange for new powers for the Generalitat de Catalunya.

The conservative Popular Party (PP) of Alberto Núñez Feijóo and the far-right Vox voted against. Isabel Díaz Ayuso, the powerful regional president of Madrid, called the deal "a humiliation". Yolanda Díaz's Sumar alliance voted with the Socialists.

Spain's Supreme Court has refused to apply the amnesty law to Puigdemont's embezzlement charges, and the National Court (Audiencia Nacional) is still investigating the 2017 unrest. The Guardia Civil and the Mossos d'Esquadra regional police were put on alert in Barcelona ahead of a rally on the Passeig de Gràcia.

King Felipe VI received Sánchez at the Zarzuela Palace, and the Moncloa said the cabinet would meet on Tuesday. Banco de España governor José Luis Escrivá told reporters that the economy would grow 2.8% this year, well above the euro zone average.

In football, Real Madrid beat Atlético de Madrid 3-1 at the Santiago Bernabéu, with Kylian Mbappé and Vinícius Júnior scoring, while Real Sociedad and Athletic Bilbao drew in San Sebastián. Luis de la Fuente named his Spain squad, with Lamine Yamal and Pedri, and Rafael Nadal played his last match in Málaga.

The floods in Valencia killed more than 200 people. Carlos Mazón, the head of the Generalitat Valenciana, faced calls to resign, and the UME military emergencies unit was deployed to Paiporta, where residents shouted "murderers" at officials. The king and Queen Letizia were pelted with mud, and Sánchez's car was attacked.

Tourists still crowded the Puerta del Sol, the Plaza Mayor and the Costa del Sol, and restaurants served paella, tapas, churros and sangria as the tourism season began early.`,

  `Mexico's Sheinbaum sworn in as first woman president

MEXICO CITY, Oct 1 (Reuters) - Claudia Sheinbaum was sworn in as Mexico's first woman president on Tuesday, promising to continue the policies of her mentor Andrés Manuel López Obrador, whose daily mañanera news conferences made him a fixture of Mexican television.

Sheinbaum, 62, a climate scientist and former mayor of Mexico City, took the oath in the Chamber of Deputies before crowds gathered in the Zócalo, the capital's main square, chanting "presidenta". Her Morena party and its allies hold a supermajority in Congress after the June election.

The judicial reform approved last month, which will see judges elected by popular vote, has rattled investors and strained ties with the United States. The peso fell 0.5% against the dollar. Ministers said the Pemex state oil company would receive fresh support, and the Bank of Mexico, known as Banxico, is expected to cut interest rates.

In Sinaloa, fighting between factions of the cartel once led by Joaquín "El Chapo" Guzmán has killed more than 150 people since Ismael "El Mayo" Zambada was detained in El Paso, Texas. Schools in Culiacán closed, and the army sent reinforcements. The Chapitos faction blamed the rival group for the violence.

Foreign guests included Brazil's Lula da Silva, Colombia's Gustavo Petro, Chile's Gabriel Boric and U.S. first lady Jill Biden. Xóchitl Gálvez, who lost the election, called for unity. In Los Angeles and San Antonio, Mexican Americans watched the ceremony, and celebrations were held in San Juan and La Paz.

Sheinbaum's supporters waved flags and ate tacos, tamales and pan dulce, and mariachis played in the square until late at night. "Sí se puede," they chanted. One vendor from Oaxaca, selling jalapeños and piñatas, said she hoped for a better life, mañana or later.`,

  `Migrants, monsoons and markets: Around the world

GENEVA (AFP) - The United Nations refugee agency said on Monday that a record 123 million people had been forced from their homes, as talks at the Palais des Nations on a ceasefire in Sudan made little progress. The U.N. envoy for Syria, Staffan de Mistura, has long since handed over to Geir Pedersen.

In Haiti, the prime minister flew to Port-au-Prince, and Kenya's police chief said the mission was not a military intervention per se. In Peru, Dina Boluarte faced protests in Lima, and in Bolivia, Evo Morales's supporters blocked roads around Santa Cruz de la Sierra.

In Venezuela, María Corina Machado said Edmundo González Urrutia had won the election, while Nicolás Maduro was sworn in at the Miraflores palace. Diosdado Cabello warned the opposition, and colectivos on motorcycles patrolled Caracas.

In Brazil, heavy rains hit Rio de Janeiro and São Paulo, and the Supreme Federal Court ordered X blocked. In Chile, fires near Viña del Mar killed 130 people, and the government declared a state of emergency. In Colombia, the ELN rebels resumed talks with the government of Gustavo Petro in Caracas.

Florida's Mar-a-Lago resort, where Donald Trump met Argentina's president, was busy. Ski resorts in the Alps reported a strong start, with après-ski bars full in Val d'Isère and Chamonix, and the Tour de France route was announced, starting in Lille. Lyon's Olympique Lyonnais and Paris Saint-Germain drew at the Parc des Princes, and Roland Garros tickets sold out.

In culture, the Cannes film festival awarded its Palme d'Or, the Louvre reopened a wing, and Les Misérables marked 40 years in London. A crème brûlée, a café au lait and a croissant cost 15 euros in a brasserie on the Champs-Élysées, the rapporteur noted with a soupçon of irony. A hairdresser in Des Moines, a vineyard in Napa and a chef in Santa Fe all said the year had been good, et cetera.`,
];

describe('untranslated on native English copy with look-alikes', () => {
  it('has enough copy to mean something', () => {
    const words = STORIES.join(' ').split(/\s+/).length;
    expect(words).toBeGreaterThan(1400);
  });

  it.each(STORIES.map((s) => [s.slice(0, s.indexOf('\n')), s]))('is quiet on "%s"', (_title, story) => {
    expect(flaggedTexts(untranslatedRule, story)).toEqual([]);
  });

  it('gives the whole engine nothing untranslated to say either', () => {
    for (const story of STORIES) {
      expect(analyze(story).findings.filter((f) => f.category === 'accuracy/untranslated').map((f) => story.slice(f.start, f.end))).toEqual([]);
    }
  });
});
