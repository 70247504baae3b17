"""Wire-style and local-outlet articles, batch 2: harder pages (site junk around the body,
present-tense headlines, tolls revised or disputed, several events in one page, long
background). Written for the held-out set: incidents invented, places and groups real.
"""
from common import ev, item

A = "article"
ITEMS = [
    item("a21", A, "en", "2024-05-14",
         """Home | News | Politics | Sports | Entertainment | Contact Us
Breaking: Plateau: Gunmen strike again in Bokkos, residents count losses

By our correspondent, Jos

At least 17 people have been confirmed dead after gunmen invaded Hurti and Darwat communities in Bokkos Local Government Area of Plateau State late on Sunday; dozens of houses razed.

The chairman of the local government, speaking to journalists in Jos on Monday, said the attackers came in large numbers shortly after 9 p.m. and "shot sporadically at anything that moved". He said 17 bodies had been recovered and that the search was continuing.

The Police Public Relations Officer in the state said a joint team of police and military had been deployed and that "normalcy has been restored". He did not give a casualty figure.

Residents blamed armed herders for the killings. An official of a herders' association denied the allegation, saying its members were "law-abiding" and had also lost cattle to rustlers.

Bokkos and neighbouring Mangu have witnessed repeated attacks since December 2023, when more than 100 people were killed in a wave of raids on Christmas Eve.

Share this: Facebook  Twitter  WhatsApp
Related: Tinubu condemns Plateau killings (2023) | Governor imposes curfew in Mangu
(c) 2024 All rights reserved.""",
         [ev("attack_on_civilians", "NG", "Bokkos", "Plateau", "2024-05-12", fat=17,
             actors=["unidentified gunmen", "civilians"], claimed="local government chairman"),
          ev("attack_on_civilians", "NG", "Bokkos", "Plateau", "2023-12-24", fat=100,
             required=False)]),
    item("a22", A, "fr", "2024-08-07",
         """Attaque de Sindo : le bilan s'alourdit à 27 morts

Le bilan de l'attaque perpétrée dimanche contre le village de Sindo, dans la commune de Bourzanga (province du Bam), s'est alourdi à 27 morts, selon des sources locales et sanitaires jointes ce mercredi.

Un premier bilan faisait état de douze victimes. Des corps ont depuis été retrouvés en brousse par les volontaires qui ratissaient les environs du village. « Nous avons enterré vingt-sept personnes, dont des enfants », confie un conseiller municipal.

Les assaillants, arrivés par dizaines à moto, ont d'abord encerclé le marché avant d'incendier des boutiques. Ils ont également emporté du bétail.

Le gouverneur de la région du Centre-Nord a présenté ses condoléances aux familles éplorées et annoncé le renforcement du dispositif sécuritaire. Les autorités n'ont pas communiqué de bilan officiel.

La province du Bam connaît depuis 2019 des attaques récurrentes attribuées aux groupes armés terroristes, qui ont provoqué le déplacement de dizaines de milliers de personnes vers Kongoussi.

Lire aussi : Bam : les VDP repoussent une attaque à Rollo
Lire aussi : Centre-Nord : plus de 400 écoles fermées""",
         [ev("attack_on_civilians", "BF", "Sindo", "Centre-Nord", "2024-08-04", fat=27,
             actors=["Islamist militants", "civilians"], claimed="local sources")]),
    item("a23", A, "en", "2024-06-11",
         """Sudan: shelling kills 9 in El Fasher as army jets strike Nyala

Shelling by the paramilitary Rapid Support Forces killed nine people in the besieged city of El Fasher on Monday, a medical charity said, while army warplanes bombed neighbourhoods of Nyala, the capital of South Darfur, killing at least four civilians, according to a local monitoring group.

The shells struck near the Saudi hospital, the last major hospital still working in El Fasher, the charity said. Among the dead were two health workers.

In Nyala, which the RSF has controlled since October 2023, the air strikes hit a market area in the south of the city, the monitoring group said. The army did not comment on the strikes; it usually says it targets only RSF positions.

El Fasher is the last city in Darfur still held by the army and its allies. The United Nations has warned that an assault on the city could trigger mass killings. More than 130,000 people have fled the city and its surroundings since April, according to the International Organization for Migration.""",
         [ev("remote_violence", "SD", "El Fasher", "North Darfur", "2024-06-10", fat=9,
             subtype="shelling", actors=["Rapid Support Forces", "civilians"],
             claimed="medical charity"),
          ev("remote_violence", "SD", "Nyala", "South Darfur", "2024-06-10", fat=4,
             subtype="airstrike", actors=["Sudanese Armed Forces", "civilians"],
             claimed="local monitoring group"),
          ev("displacement", "SD", "El Fasher", "North Darfur", "2024", required=False)]),
    item("a24", A, "fr", "2024-04-24",
         """Diffa : six femmes enlevées par des éléments de Boko Haram près de Bosso

Six femmes ont été enlevées lundi soir par des éléments présumés de Boko Haram dans le village de Kindjandi, dans la commune de Bosso, région de Diffa, a appris notre rédaction auprès d'élus locaux.

Les ravisseurs, une dizaine d'hommes armés, ont fait irruption dans le village à la tombée de la nuit et sont repartis en direction des îles du lac Tchad avec leurs otages. Un homme qui tentait de s'interposer a été blessé par balle.

« Depuis un mois, ils viennent presque chaque semaine. Les gens ont peur d'aller aux champs », témoigne un habitant. Les Forces de défense et de sécurité ont lancé des recherches.

Les enlèvements contre rançon se sont multipliés ces dernières années dans la région de Diffa, frontalière du Nigeria, où opèrent à la fois Boko Haram et l'État islamique en Afrique de l'Ouest (ISWAP).""",
         [ev("abduction", "NE", "Kindjandi", "Diffa", "2024-04-22",
             actors=["Boko Haram", "civilians"], claimed="local elected officials")]),
    item("a25", A, "en", "2025-05-14",
         """Mali's junta dissolves all political parties, detains protest organisers

BAMAKO, May 14 - Mali's military authorities on Tuesday dissolved all political parties and organisations "of a political nature" by decree, a week after a rare protest against plans to name the junta leader president without an election.

The decree, read on state television, bans any meeting of the dissolved parties. Several organisers of the protest, held on May 3 in Bamako, have been detained in recent days, party officials said, without giving a number.

"This is the end of pluralism in Mali," a former minister said from exile. The junta says the country's many parties fuel division and that a new charter will set rules for their return.

Colonel Assimi Goita took power in a coup in August 2020, then ousted a civilian-led transition in a second coup in May 2021. The junta had promised to hand power to civilians in March 2024, then postponed the date indefinitely.""",
         [ev("strategic", "ML", None, None, "2025-05-13", subtype="parties_dissolved",
             actors=["Military government of Mali"]),
          ev("arrest", "ML", "Bamako", "Bamako", "2025-05", subtype="political",
             actors=["Military government of Mali"], required=True),
          ev("protest", "ML", "Bamako", "Bamako", "2025-05-03", actors=["protesters"],
             required=False),
          ev("coup", "ML", None, None, "2020-08", subtype="seizure", required=False),
          ev("coup", "ML", None, None, "2021-05", subtype="seizure", required=False),
          ev("strategic", "ML", None, None, None, subtype="transition_extended",
             required=False)]),
    item("a26", A, "fr", "2024-03-12",
         """Tchad : affrontements entre éleveurs et agriculteurs dans le Mandoul, au moins 11 morts

N'DJAMENA, 12 mars - Au moins onze personnes ont été tuées dimanche dans des affrontements entre éleveurs nomades et agriculteurs dans le canton de Bédaya, dans la province du Mandoul, dans le sud du Tchad, a indiqué lundi le gouverneur de la province.

Le conflit serait parti de la destruction d'un champ par un troupeau. Des jeunes du village ont tué un berger, avant que des éleveurs armés ne reviennent en nombre pour incendier des cases, selon un responsable local. Le gouverneur a fait état de onze morts et d'une vingtaine de blessés.

Le ministre de l'Administration du territoire s'est rendu sur place lundi et a annoncé l'arrestation de « plusieurs suspects ».

Les conflits entre éleveurs et agriculteurs, liés à l'accès à la terre et à l'eau, font chaque année des dizaines de morts dans le sud du Tchad.""",
         [ev("armed_clash", "TD", "Bedaya", "Mandoul", "2024-03-10", fat=11,
             actors=["herders", "farmers"], claimed="provincial governor"),
          ev("arrest", "TD", "Bedaya", "Mandoul", "2024-03-11", subtype="other",
             required=False)]),
    item("a27", A, "en", "2024-09-18",
         """Curfew extended in Ghana's Bawku after fresh clashes leave five dead

ACCRA, Sept 18 - Ghana's interior ministry extended a dusk-to-dawn curfew in the northern town of Bawku on Wednesday after renewed fighting between rival ethnic factions killed five people over the weekend, police said.

Gunmen from the two groups exchanged fire in several neighbourhoods on Saturday and Sunday, police said, adding that soldiers had been deployed to separate them. A police statement said 12 suspects had been arrested and weapons seized.

The conflict in Bawku, a trading town near the borders with Burkina Faso and Togo, dates back decades and centres on a dispute over the traditional chieftaincy between the Kusasi and Mamprusi groups. Flare-ups since 2021 have killed dozens.

Security analysts have warned that jihadist groups active in neighbouring Burkina Faso could exploit the unrest.""",
         [ev("armed_clash", "GH", "Bawku", "Upper East", "2024-09-14", fat=5,
             actors=["Kusasi militia", "Mamprusi militia"], claimed="Ghana police"),
          ev("arrest", "GH", "Bawku", "Upper East", "2024-09-16", arrests=12, subtype="other",
             actors=["Ghana police"], required=False),
          ev("strategic", "GH", "Bawku", "Upper East", "2024-09-18", subtype="curfew",
             required=False)]),
    item("a28", A, "fr", "2024-10-08",
         """Extrême-Nord : Boko Haram sème la terreur à Tourou, trois morts et des enlèvements

Trois personnes ont été tuées et quatre autres enlevées dans la nuit de samedi à dimanche lors d'une incursion de combattants de Boko Haram dans un quartier de Tourou, arrondissement de Mokolo (département du Mayo-Tsanaga), selon des sources sécuritaires.

Les assaillants ont pillé des boutiques et emporté des vivres avant de se replier vers la frontière nigériane. Parmi les personnes enlevées figurent deux adolescentes.

Le sous-préfet de Mokolo, joint au téléphone, a confirmé l'attaque sans donner de bilan. Un comité de vigilance local affirme avoir tenté de repousser les assaillants, « mais ils étaient trop nombreux ».

L'Extrême-Nord du Cameroun subit depuis 2014 les exactions de Boko Haram et de l'ISWAP, qui ont fait des milliers de morts.""",
         [ev("attack_on_civilians", "CM", "Tourou", "Far North", "2024-10-06", fat=3,
             actors=["Boko Haram", "civilians"], claimed="security sources"),
          ev("abduction", "CM", "Tourou", "Far North", "2024-10-06",
             actors=["Boko Haram", "civilians"])]),
    item("a29", A, "en", "2025-01-10",
         """Benin mourns 28 soldiers killed in attack near Niger border

COTONOU, Jan 10 - Benin's government said on Thursday that 28 soldiers were killed in an attack by jihadists on an army position at Point Triple, near the borders with Niger and Burkina Faso, in the north of the country on Wednesday.

The al Qaeda-affiliated JNIM claimed the attack in a statement on Telegram, saying its fighters had seized weapons and vehicles. The government spokesman said some 40 assailants were also killed.

It was the deadliest attack on Benin's armed forces since jihadist violence spread south from the Sahel. President Patrice Talon's government has deployed around 3,000 troops to the north under Operation Mirador.

Relations between Benin and the junta in neighbouring Niger have been tense since the July 2023 coup in Niamey, complicating cooperation on border security.""",
         [ev("armed_clash", "BJ", "Point Triple", "Alibori", "2025-01-08", fat=68,
             actors=["JNIM", "Beninese Armed Forces"], claimed="Government of Benin"),
          ev("coup", "NE", "Niamey", None, "2023-07", subtype="seizure", required=False)]),
    item("a30", A, "en", "2024-08-26",
         """ANALYSIS: A year on, Burkina's 'trench' town lives in fear

For residents of Kaya, the capital of Burkina Faso's Centre-Nord region, last year's massacre in nearby Barsalogho is never far from mind. Hundreds of people, many of them made to dig defensive trenches, were killed there in a single morning in August 2023, according to rights groups. The government never published a toll.

Since then, the region has become one of the most dangerous in the country. Convoys need military escorts, and farmers no longer go more than a few kilometres from town.

The threat has not gone away. On Saturday, armed men ambushed a supply convoy escorted by soldiers and volunteers near Dablo, about 60 km north of Kaya, killing at least nine soldiers and volunteers, two security sources told us. The army has not commented.

"We survive, that is all," said a trader who fled Dablo in 2022.

Burkina Faso's military rulers say their recruitment of tens of thousands of civilian volunteers (VDP) has allowed the army to retake territory. Analysts say the volunteers have also been accused of abuses against Fulani civilians.""",
         [ev("armed_clash", "BF", "Dablo", "Centre-Nord", "2024-08-24", fat=9,
             actors=["unidentified armed group", "Burkinabe Armed Forces"],
             claimed="security sources"),
          ev("attack_on_civilians", "BF", "Barsalogho", "Centre-Nord", "2023-08",
             required=False)]),
    item("a31", A, "fr", "2025-03-19",
         """Mali : des exécutions sommaires imputées à l'armée et à ses partenaires russes près de Sofara

Une vingtaine de civils, tous des hommes, auraient été exécutés la semaine dernière par des soldats maliens et leurs partenaires russes d'Africa Corps dans le village de Kouakourou, cercle de Djenné (région de Mopti), selon des témoignages recueillis par une association de défense des droits humains.

Selon l'association, les militaires sont arrivés jeudi matin à bord de véhicules blindés, ont rassemblé les hommes sur la place du village puis les ont emmenés. Les corps de vingt d'entre eux ont été retrouvés le lendemain à la sortie du village.

Contactée, l'armée malienne a rejeté ces accusations, affirmant avoir mené « une opération de sécurisation » ayant permis de « neutraliser des terroristes ».

Depuis 2022, l'ONU et des ONG ont documenté plusieurs massacres de civils attribués à l'armée et aux paramilitaires russes, dont celui de Moura, où plus de 500 personnes avaient été tuées selon les Nations unies.""",
         [ev("attack_on_civilians", "ML", "Kouakourou", "Mopti", "2025-03-13", fat=20,
             actors=["Malian Armed Forces", "Africa Corps", "civilians"],
             claimed="human rights association"),
          ev("attack_on_civilians", "ML", "Moura", "Mopti", "2022", fat=500,
             required=False)]),
    item("a32", A, "en", "2024-12-30",
         """Niger: gunmen kill 21 worshippers in mosque attack in Tillaberi

NIAMEY, Dec 30 - Gunmen killed 21 people during Friday prayers at a mosque in the village of Kokorou, in the Tera department of western Niger's Tillaberi region, the government said on Sunday, blaming the Islamic State group.

"Heavily armed terrorists surrounded the mosque and opened fire on the faithful," the interior ministry said in a statement, declaring three days of national mourning. It added that the attackers also set fire to the village market.

No group claimed responsibility. The Islamic State Sahel Province, which is active in the area, has repeatedly attacked villages it accuses of collaborating with the army.

Niger's junta, which seized power in July 2023, has ordered French and US troops out of the country and withdrawn from the ECOWAS regional bloc along with Mali and Burkina Faso.""",
         [ev("attack_on_civilians", "NE", "Kokorou", "Tillaberi", "2024-12-27", fat=21,
             actors=["Islamic State Sahel", "civilians"], claimed="Government of Niger"),
          ev("coup", "NE", None, None, "2023-07", subtype="seizure", required=False),
          ev("strategic", "NE", None, None, None, subtype="foreign_troops_withdrawal",
             required=False),
          ev("strategic", "NE", None, None, None, subtype="alliance_withdrawal",
             required=False)]),
    item("a33", A, "fr", "2025-06-28",
         """Togo : deux morts lors des manifestations contre le pouvoir à Lomé

LOMÉ, 28 juin - Deux personnes ont été tuées et plusieurs dizaines d'autres interpellées jeudi et vendredi à Lomé lors de manifestations contre le régime, a indiqué samedi une coalition d'organisations de la société civile.

Des jeunes ont érigé des barricades et brûlé des pneus dans les quartiers de Bè et d'Adakpamé. Les forces de l'ordre ont fait usage de gaz lacrymogènes et, selon des témoins, de matraques. Le corps d'un jeune homme a été retrouvé dans une lagune vendredi matin.

Le gouvernement a dénoncé des « actes de vandalisme » et affirmé que les forces de sécurité avaient agi « avec professionnalisme ». Il n'a pas confirmé les décès.

La contestation porte sur la nouvelle Constitution adoptée en 2024, qui a supprimé l'élection présidentielle au suffrage universel direct.""",
         [ev("riot", "TG", "Lome", "Maritime", "2025-06-26", fat=2,
             actors=["rioters", "Togolese security forces"], claimed="civil society coalition"),
          ev("arrest", "TG", "Lome", "Maritime", "2025-06-26", subtype="political",
             actors=["Togolese security forces"], required=False)]),
    item("a34", A, "en", "2024-07-09",
         """Gunmen abduct worshippers from church in Kaduna village

KADUNA, Nigeria, July 9 - Gunmen stormed a church during a Sunday service in Kajuru local government area of Kaduna state and abducted at least 30 worshippers, a community leader and a church official said on Monday.

The attackers, who arrived on foot from a nearby forest, shot into the air before herding members of the congregation into the bush, the church official said. A man who tried to flee was shot dead.

Kaduna state police said in a statement that tactical units were "on the trail of the kidnappers" and that 14 of the victims had escaped.

Mass kidnappings for ransom have become common across northwest and north-central Nigeria. In March, more than 280 pupils were kidnapped from a school in Kuriga, also in Kaduna state, before being freed weeks later.""",
         [ev("abduction", "NG", "Kajuru", "Kaduna", "2024-07-07",
             actors=["unidentified gunmen", "civilians"], claimed="community leader"),
          ev("attack_on_civilians", "NG", "Kajuru", "Kaduna", "2024-07-07", fat=1,
             actors=["unidentified gunmen", "civilians"], required=False),
          ev("abduction", "NG", "Kuriga", "Kaduna", "2024-03", required=False)]),
    item("a35", A, "fr", "2024-09-25",
         """Burkina Faso : le gouvernement annonce avoir déjoué une nouvelle tentative de coup d'État

OUAGADOUGOU, 25 septembre - Le gouvernement burkinabè a annoncé lundi soir avoir déjoué une « tentative de déstabilisation » visant à renverser les institutions de la transition, et l'interpellation de plusieurs officiers et d'un ancien ministre.

Dans un communiqué lu à la télévision publique, le ministre de la Sécurité a affirmé que les conspirateurs projetaient d'attaquer la présidence à partir de la Côte d'Ivoire voisine, qui « sert de base arrière ». Il n'a pas précisé le nombre de personnes arrêtées.

Abidjan n'a pas réagi dans l'immédiat. Les relations entre les deux pays sont tendues depuis l'arrivée au pouvoir du capitaine Ibrahim Traoré, en septembre 2022.

Les autorités ont déjà annoncé à plusieurs reprises avoir fait échouer des complots, sans toujours présenter de preuves.""",
         [ev("coup", "BF", None, None, "2024-09-23", subtype="plot",
             actors=["Burkinabe army officers"], claimed="Security Minister"),
          ev("arrest", "BF", None, None, "2024-09-23", subtype="coup_related",
             actors=["Military government of Burkina Faso", "Burkinabe army officers"]),
          ev("coup", "BF", None, None, "2022-09", subtype="seizure", required=False)]),
    item("a36", A, "en", "2025-04-15",
         """Tens of thousands flee as RSF storms Zamzam camp

PORT SUDAN, April 15 - Sudan's Rapid Support Forces stormed the Zamzam displacement camp near El Fasher in North Darfur, killing more than 100 people including aid workers, and forcing tens of thousands to flee, the United Nations and aid groups said on Monday.

The RSF said it had "liberated" the camp, which it described as a base for army-allied fighters, and denied attacking civilians. Witnesses described fighters going tent to tent and burning the market.

Around 400,000 people have fled Zamzam towards the town of Tawila, 60 km to the west, the International Organization for Migration said, citing its field teams. Many walked for days without water.

Famine was declared in Zamzam last year. The camp had been shelled repeatedly by the RSF for months before the ground assault.""",
         [ev("attack_on_civilians", "SD", "Zamzam", "North Darfur", "2025-04", fat=100,
             actors=["Rapid Support Forces", "civilians"], claimed="United Nations"),
          ev("displacement", "SD", "Zamzam", "North Darfur", "2025-04",
             actors=["civilians"], claimed="IOM")]),
    item("a37", A, "en", "2024-08-20",
         """Gunmen kill 7 in northwest Nigeria mosque attack

SOKOTO, Nigeria, Aug 20 (Reuters) - Gunmen on Monday killed seven worshippers at a mosque in Gidan Bisa village in Sokoto state's Tangaza area, a local official said, the latest in a series of attacks blamed on a new jihadist group known as Lakurawa.

The official said the attackers also rustled cattle. Police did not respond to a request for comment.

(Reporting by a correspondent; Editing by the desk)""",
         [ev("attack_on_civilians", "NG", "Gidan Bisa", "Sokoto", "2024-08-19", fat=7,
             actors=["Lakurawa", "civilians"], claimed="local official")]),
    item("a38", A, "fr", "2024-05-30",
         """Sénégal : des heurts à Ziguinchor après l'arrestation d'un responsable local, un mort

ZIGUINCHOR, 30 mai - Un jeune homme a été tué mercredi à Ziguinchor, dans le sud du Sénégal, lors de heurts entre des manifestants et les forces de l'ordre après l'arrestation d'un responsable associatif, selon sa famille et une source hospitalière.

Des groupes de jeunes ont incendié un poste de police et pillé un supermarché du centre-ville, selon des témoins. La gendarmerie a dispersé les émeutiers à l'aide de grenades lacrymogènes.

Le procureur a annoncé l'ouverture d'une enquête sur la mort du jeune homme, et l'interpellation de « plusieurs casseurs ».

La Casamance, région dont Ziguinchor est la principale ville, a connu pendant quatre décennies un conflit séparatiste de basse intensité, aujourd'hui largement apaisé.""",
         [ev("riot", "SN", "Ziguinchor", "Ziguinchor", "2024-05-29", fat=1,
             actors=["rioters", "Senegalese gendarmerie"], claimed="family and hospital source"),
          ev("arrest", "SN", "Ziguinchor", "Ziguinchor", "2024-05-29", subtype="political",
             required=False)]),
    item("a39", A, "en", "2024-10-29",
         """Chad says 40 soldiers killed in Boko Haram attack on Lake Chad base

N'DJAMENA, Oct 29 - Around 40 Chadian soldiers were killed when Boko Haram fighters attacked a military base in the Lake Chad area late on Sunday, the presidency said, as the head of state launched an operation to pursue the attackers.

The attack targeted the base of Barkaram, on an island in the Lac province near the border with Nigeria, a security source said. The presidency did not give a toll for the attackers.

President Mahamat Idriss Deby travelled to the area on Monday and announced the start of an operation "to track down the assailants to their last hiding places".

Chad is part of a regional force fighting jihadist groups around Lake Chad, but has threatened to pull out, saying its partners are not doing enough.""",
         [ev("armed_clash", "TD", "Barkaram", "Lac", "2024-10-27", fat=40,
             actors=["Boko Haram", "Chadian Armed Forces"], claimed="Chadian presidency"),
          ev("strategic", "TD", None, "Lac", "2024-10-28", subtype="military_operation",
             required=False)]),
    item("a40", A, "fr", "2024-11-19",
         """Tombouctou : un convoi de l'armée attaqué près de Léré, le JNIM revendique

BAMAKO, 19 novembre - Un convoi des Forces armées maliennes a été attaqué dimanche entre Léré et Niafunké, dans la région de Tombouctou, par des combattants du Groupe de soutien à l'islam et aux musulmans (JNIM), qui a revendiqué l'attaque lundi.

Le JNIM affirme avoir tué « des dizaines de soldats » et détruit plusieurs véhicules. L'armée a reconnu dans un communiqué « un accrochage » ayant fait trois morts et cinq blessés dans ses rangs, et affirme que « 18 terroristes ont été neutralisés ».

Des sources locales indiquent que le convoi, qui ravitaillait le camp militaire de Léré, a été pris en embuscade à une quinzaine de kilomètres de la ville.

Léré, proche de la frontière mauritanienne, est régulièrement la cible d'attaques depuis le départ en 2023 de la mission de l'ONU (Minusma).""",
         [ev("armed_clash", "ML", "Lere", "Timbuktu", "2024-11-17", fat=21,
             actors=["JNIM", "Malian Armed Forces"], claimed="Malian army"),
          ev("strategic", "ML", None, None, "2023", subtype="un_mission_withdrawal",
             required=False)]),
]
