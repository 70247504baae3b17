"""General-news pages with no conflict event (gold: none): sports, business, culture, science,
non-violent politics, many with figurative traps ("coup de théâtre", "shot", "attack", "bombed",
"killed it", "siege mentality", "a raid on the fridge"). Written for the held-out set.
"""
from common import ev, item

N = "negative"
ITEMS = [
    item("n01", N, "en", "2024-02-08",
         """Stallions stun hosts with late strike in Abidjan

Burkina Faso's Stallions produced the shock of the group stage on Wednesday night, beating the hosts 2-1 in Abidjan with a shot from the edge of the box in stoppage time.

The Ivorians dominated possession and launched attack after attack down the left, but the Burkinabe goalkeeper was unbeatable. "We were under siege for eighty minutes," the coach admitted afterwards. "The boys showed a real siege mentality and then we killed the game on the counter."

The result puts Burkina Faso top of the group ahead of the final round of matches in Yamoussoukro on Sunday.""", []),
    item("n02", N, "fr", "2024-05-19",
         """Football : coup de théâtre à Bamako, le Djoliba arrache le titre

Véritable coup de théâtre samedi au stade du 26-Mars : mené 1-0 à la pause, le Djoliba AC a renversé le Stade malien en deux minutes et s'est emparé du titre de champion du Mali.

« On les a tués psychologiquement avec ce deuxième but », a plaisanté le capitaine après la rencontre. Les supporters ont envahi la pelouse dans une ambiance de fête, et la sécurité a dû patienter une heure avant de libérer le terrain.

Le club disputera la Ligue des champions africaine la saison prochaine.""", []),
    item("n03", N, "en", "2024-03-02",
         """Lagos start-up bets on cheaper solar for northern farmers

A Lagos-based start-up says it has shot past its target of 10,000 solar irrigation pumps sold across Kano, Kaduna and Katsina states, and now wants to attack the Sahel market from Niger.

The company's chief executive said the firm had "killed it" in its first two years thanks to pay-as-you-go financing. Investors, who poured $12 million into a new funding round last week, describe the expansion as a raid on a market that larger rivals have ignored.

Analysts warn that currency swings could hit margins hard, after the naira lost more than half its value against the dollar.""", []),
    item("n04", N, "en", "2024-07-15",
         """Review: a Dakar thriller that deserved better

The Senegalese crime film that bombed at the box office last month is now streaming, and it is better than its takings suggest. The director shoots Dakar at night with real tenderness, and the lead actress kills it as a detective who returns to her neighbourhood in the Medina.

The plot, about a stolen painting and a family feud, loses its way in the third act. But the final chase across the Corniche is as good as anything in recent West African cinema. Three stars.""", []),
    item("n05", N, "fr", "2024-10-03",
         """Niger : le gouvernement lance une campagne de vaccination contre la rougeole

Le ministère de la Santé publique a lancé mardi à Zinder une campagne de vaccination contre la rougeole qui doit toucher plus de trois millions d'enfants dans les régions de Zinder, Maradi et Tahoua.

« C'est une course contre la montre, nous devons frapper fort avant la saison sèche », a déclaré le directeur de la santé de la mère et de l'enfant. Les équipes mobiles se déploieront dans les villages les plus reculés pendant dix jours.

L'an dernier, l'épidémie avait touché près de 9 000 personnes selon les autorités sanitaires.""", []),
    item("n06", N, "en", "2024-11-20",
         """Chad's cotton output rebounds as rains return

Cotton production in southern Chad rose by almost a third this season, the state cotton company said on Tuesday, after two years of poor rains around Moundou and Sarh.

Farmers who had abandoned the crop came back after the company raised the purchase price and cleared arrears owed since 2022. "The sector was left for dead two years ago," an agronomist in Doba said. "This harvest brings it back to life."

Exports are expected to go mainly to Bangladesh and Vietnam.""", []),
    item("n07", N, "en", "2024-08-05",
         """Late-night snackers, beware: the science of the midnight fridge raid

A raid on the fridge at midnight may feel harmless, but researchers at a university in Accra say it can disrupt sleep more than a cup of coffee.

In a study of 400 volunteers, those who ate within an hour of bedtime woke up more often and reported feeling "ambushed" by hunger the next morning. The team's lead author says the findings explode the myth that a small late snack helps people sleep.

"Our bodies are not designed to digest while we rest," she said.""", []),
    item("n08", N, "fr", "2024-06-12",
         """Sénégal : l'Assemblée adopte la loi de finances rectificative

Les députés ont adopté mardi soir à Dakar la loi de finances rectificative après une séance marathon marquée par de vifs échanges entre la majorité et l'opposition.

Un député de l'opposition a accusé le gouvernement de « tirer à boulets rouges » sur les collectivités locales en réduisant leurs dotations, tandis que le ministre des Finances a défendu un texte « de vérité budgétaire ». Le vote a été acquis par 98 voix contre 23.

La loi prévoit une baisse des subventions à l'énergie et une hausse des dépenses d'éducation.""", []),
    item("n09", N, "en", "2024-09-09",
         """Nigeria's Super Falcons crush Ghana in qualifier

Nigeria's women's team crushed Ghana 4-0 in Abuja on Sunday, with the striker firing two shots into the top corner before half-time.

Ghana's defence was torn apart by Nigeria's pace on the wings, and their coach said his side had been "executed" by a team that was simply better. The return leg is in Accra on Wednesday.

Nigeria need only a draw to reach the finals in Morocco.""", []),
    item("n10", N, "fr", "2024-04-27",
         """Festival : le FESPACO prépare une édition record à Ouagadougou

Le Festival panafricain du cinéma et de la télévision de Ouagadougou a dévoilé sa sélection officielle, avec 235 films issus de 35 pays.

Le délégué général a promis « une véritable offensive culturelle » et une programmation qui « prendra d'assaut » les salles de la capitale. Plusieurs réalisateurs maliens et nigériens seront présents, ainsi qu'une forte délégation du Tchad.

L'Étalon d'or de Yennenga sera remis lors de la cérémonie de clôture.""", []),
    item("n11", N, "en", "2024-12-02",
         """Gold price shoots up as Mali mining code talks drag on

Gold prices shot to a record on Monday as investors sought safe havens, while talks between Mali's government and foreign miners over the new mining code dragged into a third month.

Shares in one Canadian miner with assets near Kayes were hammered, losing 9 percent, after a local court froze part of its stock. The company said it would "fight tooth and nail" to protect its investment but remained open to negotiation.

Mali is Africa's third-largest gold producer.""", []),
    item("n12", N, "en", "2024-03-18",
         """Ghana opposition launches manifesto, vows to 'kill' fuel levy

Ghana's main opposition party launched its election manifesto in Kumasi on Saturday, promising to kill a controversial fuel levy and create a million jobs.

Its presidential candidate went on the attack against the government's handling of the economy, accusing ministers of "bombing" the cedi. Thousands of supporters in party colours cheered in the stadium.

The governing party dismissed the promises as unaffordable. The election is due in December.""", []),
    item("n13", N, "fr", "2024-08-22",
         """Côte d'Ivoire : les cacaoculteurs frappés par la maladie du swollen shoot

La maladie du swollen shoot continue de ravager les vergers de cacao dans l'ouest de la Côte d'Ivoire, notamment autour de Soubré et de Duékoué, selon un rapport du Conseil café-cacao.

Plus de 500 000 hectares seraient touchés. « Le virus est un tueur silencieux », résume un chercheur. Les producteurs réclament des aides pour arracher les arbres malades et replanter.

Le pays assure environ 40 % de la production mondiale de cacao.""", []),
    item("n14", N, "en", "2024-10-29",
         """Tech: the phone that conquered Kano's markets

In the crowded electronics market of Kano, one budget smartphone brand has captured almost half of all sales, traders say. The phones are cheap, their batteries last two days, and they take decent shots in poor light.

"It wiped out the competition in one year," said a trader who sells 200 units a week. A rival brand has responded with an aggressive price war, slashing prices by a fifth.

The phones are assembled in Ethiopia and shipped through Lagos.""", []),
    item("n15", N, "en", "2024-05-06",
         """Basketball: Rivers Hoopers edge Senegal's AS Douanes

Rivers Hoopers came back from 14 points down to beat AS Douanes 81-79 in Dakar, their point guard hitting the decisive shot with three seconds left.

"They were hunting us all night, but we never panicked," he said. The Nigerians' press defence suffocated the Senegalese in the last quarter and produced a run of 16 unanswered points.

Both teams remain in contention for the playoffs in Kigali.""", []),
    item("n16", N, "fr", "2024-01-25",
         """Mauritanie : un nouveau gisement de gaz au large de Nouakchott

La compagnie nationale des hydrocarbures a annoncé la découverte d'un gisement de gaz naturel au large de Nouakchott, le troisième en cinq ans.

Le ministre du Pétrole a parlé d'une « véritable explosion » du potentiel énergétique du pays, et a assuré que les recettes seraient investies dans l'éducation et la santé. Les premières livraisons ne sont pas attendues avant 2029.

La Mauritanie exporte déjà du gaz avec le Sénégal depuis le champ de Grand Tortue Ahmeyim.""", []),
    item("n17", N, "en", "2024-06-30",
         """Niger's pupils sit exams as results season begins

More than 150,000 candidates sat the baccalaureate exams across Niger this week, from Niamey to Agadez and Diffa, the education ministry said.

Officials said they had cracked down on cheating after question papers leaked online last year, and that phones would be confiscated at the door. "We will not let fraud hijack our children's future," a ministry spokesman said.

Results are expected in late July.""", []),
    item("n18", N, "en", "2024-09-23",
         """Athletics: Burkinabe triple jumper shoots for gold again

A Burkinabe triple jumper said he was "hungry to attack the world record" after winning the Diamond League meeting in Brussels with his best jump of the season.

The athlete, who trains in France, told reporters he had been "shot down by injuries" for much of the year. "Now my body is back, and I want to destroy the 18-metre barrier."

He will compete next in the final in Zurich.""", []),
    item("n19", N, "fr", "2024-07-08",
         """Mali : la canicule frappe Kayes, records de température battus

Une vague de chaleur sans précédent frappe la région de Kayes, où le thermomètre a atteint 48 °C dimanche, selon l'agence de météorologie.

Les autorités ont appelé la population à éviter de sortir aux heures les plus chaudes. Dans les hôpitaux, les services d'urgence ont enregistré une hausse des admissions pour déshydratation, surtout chez les personnes âgées.

La chaleur devrait se maintenir jusqu'à la fin de la semaine.""", []),
    item("n20", N, "en", "2024-11-04",
         """Benin's cashew exporters fight back against processing ban

Cashew exporters in Benin have launched a legal offensive against the government's ban on exporting raw nuts, arguing it has crippled their trade since April.

Processors, however, say the ban was the shot in the arm the industry needed: four new factories have opened in Parakou and Glazoue this year. "Before, we exported jobs with every container," one factory manager said.

The government says it will not reverse course.""", []),
    item("n21", N, "en", "2024-04-03",
         """History: how Timbuktu's manuscripts were saved

A new documentary tells how librarians in Timbuktu smuggled hundreds of thousands of manuscripts to Bamako in rice sacks and on river boats a decade ago.

Historians interviewed in the film say the operation, carried out in secret over several months, was one of the great rescues of cultural heritage of the century. The manuscripts, some more than 700 years old, cover astronomy, law and medicine.

The film premieres at a festival in Marrakech next month.""", []),
    item("n22", N, "fr", "2024-03-14",
         """Togo : l'opposition dénonce un « passage en force » sur la Constitution

Plusieurs partis d'opposition ont dénoncé à Lomé un « coup de force constitutionnel » après l'adoption par les députés d'une nouvelle Constitution qui fait passer le pays à un régime parlementaire.

Leurs dirigeants ont annoncé une série de conférences de presse et un recours devant la Cour constitutionnelle. Le parti au pouvoir assure que la réforme « renforce la démocratie ».

Le texte doit encore être promulgué par le chef de l'État.""", []),
    item("n23", N, "en", "2024-02-26",
         """Cameroon's Lions train in Garoua ahead of friendly

Cameroon's Indomitable Lions began a week-long camp in Garoua on Monday ahead of a friendly against Gabon, with the coach promising to "shoot on sight" whenever his forwards have a chance.

Several European-based players arrived late after flight delays. The federation said the match would be played behind closed doors because of works at the stadium.""", []),
    item("n24", N, "en", "2024-12-14",
         """Chess prodigy from Maiduguri conquers Lagos open

A 14-year-old from Maiduguri won the Lagos open chess championship on Friday, sacrificing his queen in a final-round attack that left his opponent, a grandmaster, defenceless.

"He slaughtered the Sicilian defence," a commentator said. The boy learned to play at a community centre and now trains online with a coach in India.

He hopes to represent Nigeria at the next Olympiad.""", []),
    item("n25", N, "fr", "2024-09-30",
         """Tchad : la saison des pluies fait déborder le Chari à N'Djamena

Les eaux du Chari et du Logone ont atteint un niveau record à N'Djamena, inondant plusieurs quartiers du sud de la capitale, selon la mairie.

Des centaines de familles ont dû quitter leur maison et sont hébergées dans des écoles. Les autorités ont distribué des vivres et des moustiquaires. Aucune victime n'a été signalée.

La saison des pluies a été particulièrement intense cette année dans tout le Sahel.""", []),
    item("n26", N, "en", "2024-08-19",
         """Music: Afrobeats star's Accra concert a knockout

The Nigerian Afrobeats star blew the roof off Accra's national stadium on Saturday night, in a three-hour show that left 40,000 fans hoarse.

He opened with his new single, a track that has been shooting up the charts since its release, and closed with a medley that brought a surprise guest on stage. "Ghana, you killed it tonight," he told the crowd.

The tour continues in Abidjan and Dakar next week.""", []),
    item("n27", N, "en", "2024-06-03",
         """Sudan's wheat farmers count on late rains

Farmers in Sudan's Northern State are hoping late rains will save a wheat harvest that officials say could fall short by a third, after fuel shortages delayed sowing.

Aid agencies warned in a report that hunger was spreading, with prices of bread in Port Sudan doubling in a year. A farmers' union representative in Dongola said growers had been "fighting a losing battle" against rising costs.

The government has promised subsidised fertiliser for the next season.""", []),
    item("n28", N, "fr", "2024-11-12",
         """Burkina Faso : le gouvernement adopte un plan de relance de la filière coton

Le Conseil des ministres a adopté mercredi à Ouagadougou un plan de relance de la filière coton, doté de 40 milliards de francs CFA, destiné à soutenir les producteurs de la Boucle du Mouhoun et des Hauts-Bassins.

Le ministre de l'Agriculture a évoqué une « bataille de la production » que le pays entend gagner grâce à des semences améliorées et à la mécanisation. La campagne précédente avait été marquée par une baisse de 20 % des rendements.""", []),
    item("n29", N, "en", "2024-10-14",
         """Police in Abuja warn of phone scam targeting pensioners

Police in Abuja have warned residents about a telephone scam in which callers pose as bank officers and ask pensioners to confirm their account details.

A police spokesperson said several victims had lost their savings, and urged people never to share their PIN. "These fraudsters are hunting the most vulnerable," she said. No arrests have yet been made.""", []),
    item("n30", N, "en", "2024-01-10",
         """Scientists track desert locusts with drones in Niger

Researchers in Niger are using drones to map the breeding grounds of desert locusts in the Air mountains, near Agadez, before swarms can form.

The drones spot green vegetation where locusts lay eggs, and ground teams then treat the areas. "It is a strike before the storm," said an entomologist working with the programme. The project, funded by the FAO, has so far surveyed 12,000 square kilometres.""", []),
]

# --- deaths without conflict, crime, military without violence, names, history ---------------
ITEMS += [
    item("n31", N, "en", "2024-07-22",
         """Bus crash kills 19 on Senegal highway

At least 19 people were killed and more than 30 injured when a bus collided with a lorry near Kaffrine in central Senegal early on Sunday, the fire service said.

The bus was carrying passengers from Dakar to Tambacounda. Witnesses said the lorry had swerved to avoid a pothole. The president declared a day of mourning and ordered an inspection of long-distance buses.

Road accidents kill hundreds of people each year in Senegal.""", []),
    item("n32", N, "fr", "2024-04-18",
         """Mali : au moins 15 orpailleurs tués dans l'effondrement d'une mine à Kéniéba

Au moins quinze orpailleurs ont péri mardi dans l'effondrement d'un puits de mine artisanale près de Kéniéba, dans la région de Kayes, selon la gendarmerie locale.

Les secours ont travaillé toute la nuit pour dégager les corps. « Le sol était fragilisé par les pluies », a expliqué un responsable de la protection civile. Les autorités ont ordonné la fermeture temporaire des sites non autorisés de la zone.

Ce type d'accident est fréquent dans les mines d'or artisanales du Mali.""", []),
    item("n33", N, "en", "2024-08-11",
         """Chad marks independence day with military parade in N'Djamena

Thousands of soldiers marched through N'Djamena on Sunday as Chad celebrated 64 years of independence, with armoured vehicles, artillery pieces and newly delivered drones on display.

Fighter jets flew over the parade ground as the president saluted the troops. "Our army is ready to defend every inch of our territory," he said in a speech.

Guests included delegations from Niger, Sudan and the Central African Republic.""", []),
    item("n34", N, "fr", "2024-12-05",
         """Niger : l'armée réceptionne de nouveaux drones de combat

Les Forces armées nigériennes ont réceptionné mercredi à Niamey un lot de drones de combat de fabrication turque, a annoncé le ministère de la Défense.

Ces appareils « renforceront considérablement nos capacités de frappe contre les terroristes », a déclaré le ministre lors d'une cérémonie sur la base aérienne 101. Des pilotes nigériens ont été formés en Turquie pendant plusieurs mois.

Le Niger a déjà acquis ces dernières années des avions de transport et des hélicoptères d'attaque.""", []),
    item("n35", N, "en", "2024-02-19",
         """Niger Tornadoes stun Kano Pillars in Minna derby

Niger Tornadoes came from behind to beat Kano Pillars 2-1 in Minna on Sunday, their striker firing home the winner with a thunderous shot four minutes from time.

The visitors had taken the lead through a penalty and looked set to escape with all three points before the Tornadoes' late assault. "We attacked them until they broke," the home coach said.

The win lifts Tornadoes out of the relegation zone.""", []),
    item("n36", N, "en", "2024-09-04",
         """Cholera outbreak kills 30 in Borno as rains flood camps

A cholera outbreak has killed at least 30 people in Nigeria's Borno state in the past two weeks, health officials said on Tuesday, as heavy rains flooded parts of Maiduguri and nearby camps.

The state health commissioner said more than 900 cases had been recorded, mostly in Jere and Konduga. Aid agencies are distributing chlorine tablets and setting up treatment centres.

The floods have damaged thousands of homes and washed away crops in the state.""", []),
    item("n37", N, "fr", "2024-03-26",
         """Sénégal : scènes de liesse à Dakar après la victoire de l'opposant

Des milliers de personnes sont descendues dans les rues de Dakar et de Ziguinchor lundi soir pour célébrer la victoire du candidat de l'opposition à l'élection présidentielle, selon les résultats provisoires.

Klaxons, chants et drapeaux : la fête a duré jusqu'à l'aube sur la place de l'Obélisque. Le candidat du camp présidentiel a reconnu sa défaite et félicité son adversaire.

La passation de pouvoir doit avoir lieu début avril.""", []),
    item("n38", N, "en", "2024-11-26",
         """Upper Volta to Burkina: a nation at 40 years of a name

Forty years ago, on August 4, 1984, Upper Volta became Burkina Faso, the "land of upright people". The renaming was decided by Captain Thomas Sankara, who had come to power in a coup the year before and was himself killed in another coup in 1987.

An exhibition opening in Bobo-Dioulasso this week traces the country's history through posters, newspapers and songs, from the first republic to today. Its curator says young visitors know little of the decades before they were born.

The exhibition runs until February.""",
         [ev("coup", "BF", None, None, "1983", subtype="seizure", required=False),
          ev("coup", "BF", None, None, "1987", subtype="seizure", required=False)]),
    item("n39", N, "fr", "2024-06-20",
         """Télécoms : guerre des prix et OPA hostile au Burkina

La bataille fait rage sur le marché burkinabè des télécommunications : un opérateur a lancé cette semaine une offre publique d'achat hostile sur son concurrent, tandis qu'une guerre des prix fait chuter les tarifs des données mobiles.

« C'est un raid boursier en bonne et due forme », commente un analyste à Ouagadougou. L'autorité de régulation a annoncé qu'elle examinerait l'opération.

Les abonnés, eux, profitent des baisses de prix.""", []),
    item("n40", N, "fr", "2024-10-13",
         """Les Aigles du Mali crucifient la Guinée-Bissau à la dernière minute

Les Aigles du Mali ont arraché la victoire (1-0) face à la Guinée-Bissau samedi à Bamako, grâce à une frappe lointaine qui a crucifié le gardien bissau-guinéen dans le temps additionnel.

Les Maliens ont multiplié les offensives en seconde période sans parvenir à percer un bloc très bas. « On a bombardé leur surface, il fallait juste être patients », a souri le sélectionneur.

Le Mali prend la tête de son groupe de qualification.""", []),
    item("n41", N, "fr", "2024-02-02",
         """Théâtre : « Le Général », une satire du pouvoir qui fait salle comble à Ouagadougou

La nouvelle création d'une troupe de Ouagadougou raconte l'histoire d'un général imaginaire qui prend le pouvoir par un coup d'État dans un pays fictif, puis se perd dans ses propres discours.

Le public rit beaucoup. « La pièce parle de tous les pouvoirs, pas d'un pays en particulier », prévient le metteur en scène. Les représentations se poursuivent jusqu'à la fin du mois au Centre culturel.""", []),
    item("n42", N, "en", "2024-05-08",
         """Farmer trampled to death by elephants near Pendjari park

A farmer was trampled to death by elephants on Monday while guarding his maize field near the Pendjari national park in northern Benin, local officials said.

Residents say elephants leave the park more often in the dry season in search of water and food, destroying crops. Park managers have promised to build more water points and to compensate families for losses.

Human-wildlife conflict has grown as farms expand toward protected areas.""", []),
    item("n43", N, "fr", "2024-07-15",
         """Burkina : la foudre tue cinq personnes près de Koupéla

Cinq personnes, dont trois enfants, ont été tuées par la foudre dimanche dans un village proche de Koupéla, dans la région du Centre-Est, lors d'un violent orage, a indiqué la mairie.

Les victimes s'étaient abritées sous un arbre. La protection civile rappelle qu'il faut éviter de se réfugier sous les arbres isolés pendant les orages.

La saison des pluies a débuté il y a un mois dans la région.""", []),
    item("n44", N, "en", "2024-10-22",
         """Man jailed for life over killing of wife in Kumasi

A court in Kumasi on Monday sentenced a 41-year-old trader to life in prison for killing his wife during a domestic dispute at their home last year.

The judge said the evidence, including the testimony of the couple's neighbours, left no doubt about his guilt. His lawyer said he would appeal.

Women's rights groups welcomed the sentence and called for more shelters for victims of domestic violence.""", []),
    item("n45", N, "en", "2024-01-29",
         """Opinion: Why the Sahel's young people are winning the war on boredom

Walk through any neighbourhood of Niamey or Bamako in the evening and you will see young people gathered around phones, trading music, comedy sketches and football clips. They have conquered the internet in a way their parents never imagined.

Comedians from Ouagadougou shoot sketches on phones and post them the same night; some have more followers than national television. The battle for attention is won with humour, not money.

Governments that want to reach the young would do well to watch them.""", []),
]

# --- whole web pages: menus, sidebars of other headlines, comments, cookie banners ----------
ITEMS += [
    item("n46", N, "en", "2024-09-16",
         """Skip to content
Menu  Home  Politics  Business  Sport  Opinion  Videos
We use cookies to improve your experience. Accept | Settings

SPORT
Super Eagles held in Kano as keeper shines

Nigeria were held to a goalless draw by Benin in Kano on Sunday, with the visitors' goalkeeper making nine saves in a performance his coach called "heroic".

The Super Eagles hit the woodwork twice and had a late header cleared off the line. "We shot ourselves in the foot with our finishing," the captain said.

Nigeria remain second in the group, two points behind Benin.

MOST READ
1. Gunmen kill 11 in Zamfara market attack
2. Naira falls again against the dollar
3. Army says 40 bandits neutralised in Katsina forest
4. Super Eagles held in Kano as keeper shines

Comments (3)
Tunde: That keeper was a wall!!
Ada: Sack the coach abeg
(c) 2024 Daily Sports Media. All rights reserved.""", []),
    item("n47", N, "fr", "2024-11-05",
         """Accueil > Économie > Agriculture
Partager : Facebook | X | WhatsApp

Burkina : la campagne de commercialisation du sésame lancée à Bobo-Dioulasso

Le ministre du Commerce a lancé mardi à Bobo-Dioulasso la campagne de commercialisation du sésame 2024-2025, avec un prix plancher fixé à 600 francs CFA le kilogramme.

Les producteurs ont salué une hausse de 10 % par rapport à l'an dernier, tout en dénonçant les pratiques de certains intermédiaires. « Nous voulons que le sésame nourrisse ceux qui le cultivent », a déclaré le président de l'interprofession.

Le Burkina Faso est l'un des premiers exportateurs africains de sésame, principalement vers la Chine et le Japon.

À lire aussi
- Attaque de Djibo : l'armée annonce un lourd bilan chez les assaillants
- Koudougou : les commerçants en grève contre la hausse des taxes
- Kaya : enlèvement de trois agents de santé

Newsletter : recevez l'essentiel de l'actualité chaque matin""", []),
    item("n48", N, "en", "2024-06-25",
         """LIVE: Sahel Business Forum 2024, day two

09:05 - Welcome back to our live coverage from Dakar, where ministers and investors from eight countries are discussing energy, mining and transport.

09:40 - Senegal's energy minister says the country's first offshore oil field "has exceeded expectations" and that gas exports will double next year.

10:15 - A panel on security and investment: a banker from Abidjan says insurers still see the central Sahel as "a war zone", which raises the cost of every project. Speakers agree the risks are real but say they are concentrated in a few regions.

11:30 - Mauritania signs a memorandum with a European firm to study a green hydrogen plant near Nouadhibou.

12:10 - That's all for this morning. Follow us this afternoon for the closing session.""", []),
    item("n49", N, "fr", "2024-03-08",
         """Journée internationale des droits des femmes : à Niamey, les femmes en première ligne

À l'occasion du 8 mars, des centaines de femmes ont défilé vendredi matin sur le boulevard de la République à Niamey, en pagnes aux couleurs de la journée, au son des tambours.

La ministre de la Promotion de la femme a rendu hommage aux « combattantes du quotidien » qui font vivre les familles dans un contexte difficile. Des associations ont profité de la journée pour plaider pour un meilleur accès des filles à l'école.

Les festivités se poursuivront samedi avec un tournoi de football féminin au stade Général Seyni Kountché.""", []),
    item("n50", N, "en", "2024-12-12",
         """Obituary: a Malian musician who conquered the world

The guitarist, who died on Tuesday in Bamako at the age of 71, took the music of northern Mali from wedding parties in Gao to the biggest stages of Europe and America.

Born in a village near Timbuktu, he learnt the guitar on an instrument made from a petrol can. He survived the troubles of 2012, when musicians were threatened in the north, and kept playing in exile in Bamako. His last album, recorded in a single night, was hailed by critics as "a raid on the soul".

He is survived by his wife, seven children and a generation of guitarists who learnt from him.""", []),
]
