"""Outside-outlet articles, batch 4 (a47-a61): whole web pages around the body — navigation,
cookie banners, share bars, "trending"/"à lire aussi" lists of conflict headlines, photo
captions, author notes, reader comments, newsletters — around news in the register of local
and regional outlets (official communiqués, claims and counter-claims, conditionnel, revised
tolls, background paragraphs). Written for the held-out set: incidents invented, places,
groups and forces real.
"""
from common import ev, item

A = "article"
ITEMS = [
    item("a47", A, "en", "2025-02-11",
         """Home | News | Politics | Metro | Investigations | Opinion | Sports | Podcasts
We value your privacy. We and our partners use cookies. ACCEPT ALL | MANAGE OPTIONS
Breaking: Naira gains at parallel market | Senate confirms new service chiefs

NEWS
Bandits kill villagers, abduct women in Zamfara community
By Our Correspondent, Gusau | February 11, 2025 | 4 min read
Share on: Facebook  X  WhatsApp  Telegram

Armed bandits on Sunday night attacked Kungurki, a farming community in Anka Local Government Area of Zamfara State, killing at least 23 residents and abducting more than 30 women and children, residents said.

A resident, who asked not to be named for fear of reprisals, said the attackers arrived on about 60 motorcycles shortly after 10 p.m. and shot at anyone who tried to flee. "They went from house to house. We buried 23 people on Monday morning," he said.

The police spokesperson in the state confirmed the attack but put the death toll at 17. He said a joint team of police and Community Protection Guards had been deployed to the area and that efforts were under way to rescue the abducted victims.

The community had paid a levy of N5 million to the bandits in December to be allowed to farm, according to a local leader, who said the attack came after residents refused to pay a second instalment.

In February last year, the military said it had killed a notorious bandit leader and 30 of his fighters in an air raid in the same local government area.

Advertisement

TRENDING
1. Gunmen abduct 12 worshippers in Kaduna church
2. Troops neutralise 40 terrorists in Borno, says DHQ
3. Tinubu departs Abuja for Paris
4. Bandits kill villagers, abduct women in Zamfara community

Support independent journalism. Donate today.
Comments (2)
Musa K.: When will this end? Anka has been abandoned.
Grace O.: May their souls rest in peace.
(c) 2025 All rights reserved. Terms | Privacy | Contact""",
         [ev("attack_on_civilians", "NG", "Kungurki", "Zamfara", "2025-02-09", fat=17,
             fat_max=23, actors=["bandits", "civilians"], claimed="police"),
          ev("abduction", "NG", "Kungurki", "Zamfara", "2025-02-09",
             actors=["bandits", "civilians"]),
          ev("remote_violence", "NG", "Anka", "Zamfara", "2024-02", fat=31,
             subtype="airstrike", actors=["Nigerian Armed Forces", "bandits"],
             required=False)]),
    item("a48", A, "fr", "2025-03-18",
         """ACCUEIL  ACTUALITÉS  POLITIQUE  SOCIÉTÉ  ÉCONOMIE  SPORT  CULTURE  ANNONCES
Vous êtes ici : Accueil > Actualités > Sécurité

Attaque contre le détachement de Partiaga : une quinzaine de terroristes neutralisés selon l'état-major
Publié le mardi 18 mars 2025 à 10h12 | 2 347 lectures | Partager

Le détachement militaire de Partiaga, dans la province de la Tapoa (région de l'Est), a été la cible d'une attaque terroriste dans la matinée du dimanche 16 mars 2025, a annoncé l'état-major général des armées dans un communiqué parvenu à notre rédaction.

Selon le communiqué, « les vaillants combattants du détachement, appuyés par les vecteurs aériens, ont opposé une riposte vigoureuse » qui a permis de neutraliser « une quinzaine de terroristes » et de récupérer des motos et de l'armement. L'état-major déplore « la perte de quatre de nos frères d'armes » et signale plusieurs blessés, évacués vers Fada N'Gourma.

Des sources locales jointes par téléphone font état d'un bilan plus lourd côté militaire, sans avancer de chiffre. Elles indiquent que les assaillants, venus à moto, ont également incendié deux boutiques du marché avant de se replier vers la frontière nigérienne.

Le chef d'état-major général des armées a salué « l'engagement des forces combattantes et des VDP » et appelé les populations à collaborer avec les FDS.

La région de l'Est fait face depuis 2018 à des attaques récurrentes attribuées à des groupes armés affiliés à Al-Qaïda et à l'État islamique.

Articles similaires
» Fada N'Gourma : les commerçants réclament la réouverture de la route de Kantchari
» Kompienga : une attaque repoussée par les VDP
» Gayéri : trois enseignants enlevés

Réagissez à cet article
Wendkouni : Courage à nos FDS, la patrie ou la mort nous vaincrons !
Anonyme : Paix à l'âme de nos soldats tombés.
Newsletter : recevez chaque jour les titres à la une""",
         [ev("armed_clash", "BF", "Partiaga", "Est", "2025-03-16", fat=19,
             actors=["Islamist militants", "Burkinabe Armed Forces"],
             claimed="Burkinabe Armed Forces")]),
    item("a49", A, "en", "2025-04-09",
         """Sudan News Network  |  Darfur  Kordofan  Khartoum  Economy  Humanitarian  Opinion
Subscribe to our daily briefing

KORDOFAN
Drone attack knocks out power station in Kosti; thousands flee fighting in North Kordofan

April 9, 2025 (KOSTI) - A drone attack on Tuesday set fire to the main power station in Kosti, the capital of White Nile state, cutting electricity to the city and to water pumping stations, local officials said.

The state government blamed the Rapid Support Forces for the attack, the third on the station this year. There were no immediate reports of casualties, but a worker at the station said two guards were missing. The RSF did not comment.

Separately, the International Organization for Migration said on Wednesday that about 4,000 people had been displaced from villages around Um Rawaba in North Kordofan since Saturday, when fighting between the army and the RSF intensified in the area. Most have moved to El Obeid, the state capital, where camps are already overcrowded.

The army has been pushing westwards since retaking Khartoum in March. Analysts say the RSF increasingly relies on long-range drones to hit infrastructure far from the front lines, including in Port Sudan last year.

Photo: Smoke rises over Kosti after the attack (Supplied)

RELATED
- RSF shells El Fasher for third day
- Army says it repelled attack on Babanusa
- Cholera cases rise in White Nile camps
Tags: Kosti, White Nile, drones, IOM, North Kordofan

(c) Sudan News Network 2025. Republication with credit only.""",
         [ev("remote_violence", "SD", "Kosti", "White Nile", "2025-04-08",
             subtype="drone_strike", actors=["Rapid Support Forces"],
             claimed="White Nile state government"),
          ev("displacement", "SD", "Um Rawaba", "North Kordofan", "2025-04",
             actors=["civilians"], claimed="IOM"),
          ev("armed_clash", "SD", "Um Rawaba", "North Kordofan", "2025-04",
             actors=["Sudanese Armed Forces", "Rapid Support Forces"], required=False)]),
    item("a50", A, "fr", "2025-05-06",
         """ActuSahel.info - L'info du Niger en continu
Accueil | Nation | Sécurité | Économie | Sport | Société | Contact
Suivez-nous : Facebook Twitter YouTube

Sécurité
Tillabéri : une dizaine de civils auraient été tués dans l'attaque du marché de Gadabo

Niamey, 6 mai (ActuSahel) - Une dizaine de civils auraient été tués dimanche lors de l'attaque du marché hebdomadaire de Gadabo, dans la commune de Gothèye (région de Tillabéri), selon des sources locales et un élu de la zone.

Les assaillants, arrivés à moto en fin de matinée, ont ouvert le feu sur les commerçants et emporté du bétail et des vivres, avant de se replier vers le fleuve, ont indiqué ces sources. « Ils ont tiré sans distinction. Nous avons ramassé onze corps », a affirmé un habitant joint par téléphone.

Le ministère de la Défense n'avait pas communiqué sur cette attaque lundi soir. L'attaque n'a pas été revendiquée, mais la zone est régulièrement ciblée par l'État islamique au Sahel.

Les autorités de transition ont interdit en 2023 la circulation des motos dans plusieurs départements de la région, une mesure que les commerçants jugent ruineuse.

Lire aussi :
- Diffa : Boko Haram attaque une position militaire à Bosso
- Niamey : le prix du sac de riz flambe
- Filingué : quatre enseignants enlevés

Publicité

© ActuSahel 2025 - Tous droits réservés - Mentions légales""",
         [ev("attack_on_civilians", "NE", "Gadabo", "Tillaberi", "2025-05-04", fat=10,
             actors=["unidentified armed group", "civilians"], claimed="local sources"),
          ev("strategic", "NE", None, "Tillaberi", "2023", subtype="motorbike_ban",
             required=False)]),
    item("a51", A, "en", "2025-05-22",
         """MENU  Politics  Anglophone Crisis  Business  Entertainment  Sports  Videos
Cookies help us deliver our services. OK

Amba fighters abduct nine students in Kumbo; troops free five after gunfight

Posted on 22 May 2025 by Newsroom  |  No comments yet

Separatist fighters on Tuesday abducted nine students of a government secondary school in Kumbo, in the North West region's Bui division, school officials and local sources said.

The gunmen, who identified themselves as members of an "Ambazonia Defence Force" unit, stopped a bus carrying the students to their examination centre and took them into the hills above the town, a teacher said.

On Wednesday, soldiers of the Rapid Intervention Battalion tracked the group to a camp near Tobin and freed five of the students after a gunfight in which two separatists were killed, the army said. Four students were still being held on Thursday, according to the school's principal.

Separatists have enforced a boycott of schools in the Anglophone regions since 2017, and have repeatedly attacked or burned schools that reopened. The conflict has killed more than 6,000 people, according to the International Crisis Group.

Share this: WhatsApp | Facebook | X

You may also like
Bamenda: curfew relaxed ahead of Unity Day
Buea: lawyers strike over court fees
Ndop: soldiers killed in separatist ambush

Leave a Reply - Your email address will not be published.""",
         [ev("abduction", "CM", "Kumbo", "North-West", "2025-05-20",
             actors=["Ambazonian separatists", "civilians"]),
          ev("armed_clash", "CM", "Tobin", "North-West", "2025-05-21", fat=2,
             actors=["Cameroonian Armed Forces", "Ambazonian separatists"],
             claimed="Cameroonian army")]),
    item("a52", A, "fr", "2025-06-12",
         """MALIWEB-INFO | Actualité  Politique  Société  Sécurité  Régions  Sport
Rechercher...

Niono : les femmes marchent contre le blocus, deux camions-citernes incendiés près de Diabaly

Plusieurs centaines de femmes ont marché mercredi dans les rues de Niono, dans la région de Ségou, pour réclamer la levée du blocus imposé depuis des semaines par des groupes armés sur les routes menant à la ville, a constaté notre correspondant.

Vêtues de blanc et brandissant des pancartes (« Nous voulons manger », « Libérez nos routes »), les manifestantes se sont rassemblées devant la préfecture, où elles ont remis un message au préfet. La marche s'est déroulée dans le calme.

La veille, des hommes armés ont incendié deux camions-citernes transportant du carburant près de Diabaly, sur la route de Niono, après avoir fait descendre les chauffeurs, selon des transporteurs. Aucune victime n'a été signalée.

Depuis l'an dernier, la katiba Macina, affiliée au JNIM, interdit aux habitants de plusieurs villages du cercle de Niono de se rendre aux foires hebdomadaires. L'armée affirme avoir renforcé les escortes.

Cet article a été lu 1 204 fois
À lire également :
> Ségou : l'armée annonce avoir neutralisé un chef terroriste
> Kayes : la SOMAGEP promet la fin des coupures d'eau
> Mopti : un véhicule saute sur une mine à Boni

Commentaires (1)
Bakary : Que Dieu sauve le Mali""",
         [ev("protest", "ML", "Niono", "Segou", "2025-06-11", actors=["protesters"]),
          ev("strategic", "ML", "Diabaly", "Segou", "2025-06-10",
             subtype="looting_property_destruction", actors=["unidentified armed group"])]),
    item("a53", A, "en", "2025-07-16",
         """CHAD TODAY | Home  Politics  Security  Economy  Culture  Sports
Sign up for our newsletter

Two dead as protest over chief's appointment turns violent in Abeche

ABECHE, July 16 - At least two people were killed and a police station was set on fire in Abeche, eastern Chad, on Tuesday, when protests against the appointment of a new traditional chief turned violent, officials and residents said.

Hundreds of young men blocked roads with burning tyres and stoned the governor's office after the government named a chief from a rival family, residents said. Security forces fired tear gas and live rounds.

A doctor at the city's main hospital said three bodies had been brought in. The government spokesman said on state television that two people had died and that 40 "troublemakers" had been detained. He blamed "politicians who want to set the country on fire".

A curfew from 7 p.m. to 6 a.m. was imposed on the city until further notice. The Ouaddai region was the scene of deadly riots in 2022 over a similar dispute.

MOST READ
Lake Chad: Boko Haram fighters attack army post
N'Djamena: fuel queues return
Two dead as protest over chief's appointment turns violent in Abeche""",
         [ev("riot", "TD", "Abeche", "Ouaddai", "2025-07-15", fat=2,
             actors=["rioters", "Chadian security forces"], claimed="government"),
          ev("arrest", "TD", "Abeche", "Ouaddai", "2025-07-15", arrests=40, subtype="other",
             actors=["Chadian security forces"], required=False),
          ev("strategic", "TD", "Abeche", "Ouaddai", "2025-07-15", subtype="curfew",
             required=False),
          ev("riot", "TD", None, "Ouaddai", "2022", required=False)]),
    item("a54", A, "fr", "2025-09-10",
         """République Togolaise - Portail de l'information
Accueil | Gouvernement | Régions | Sécurité | Vidéos

Savanes : deux attaques repoussées dans le Kpendjal, le gouvernement appelle à la vigilance

Lomé, le 10 septembre 2025 - Le gouvernement informe l'opinion nationale que des individus armés non identifiés ont attaqué dans la nuit du 7 au 8 septembre un poste des Forces armées togolaises à Koundjoaré, dans la préfecture de Kpendjal, au nord du pays.

« Grâce à la réaction prompte et vigoureuse de nos forces, l'attaque a été repoussée », indique le communiqué, qui fait état de deux militaires blessés et de plusieurs assaillants « mis hors d'état de nuire ».

Dans la nuit suivante, le hameau de Pogno, dans la même zone, a été visité par des hommes armés qui ont tué trois civils, dont un chef de quartier, et incendié des greniers, précise le texte.

Le gouvernement appelle les populations à signaler tout mouvement suspect aux forces de défense et de sécurité au numéro vert 1014. L'état d'urgence sécuritaire décrété en 2022 dans la région des Savanes a été prorogé.

Partager : Facebook | WhatsApp
Dernières publications
- Conseil des ministres du 9 septembre 2025
- Campagne agricole : distribution d'engrais dans les Plateaux""",
         [ev("armed_clash", "TG", "Koundjoare", "Savanes", "2025-09-08",
             actors=["unidentified armed group", "Togolese Armed Forces"],
             claimed="Government of Togo"),
          ev("attack_on_civilians", "TG", "Pogno", "Savanes", "2025-09-09", fat=3,
             actors=["unidentified armed group", "civilians"], claimed="Government of Togo"),
          ev("strategic", "TG", None, "Savanes", "2022", subtype="state_of_emergency",
             required=False)]),
    item("a55", A, "en", "2025-04-24",
         """WEST AFRICA WATCH  >  Benin
Listen to this article (3 min)

Benin says eight soldiers killed near Niger border; JNIM claims higher toll

COTONOU, April 24 - Eight Beninese soldiers were killed when militants attacked an army position near Monsey, in the Karimama commune close to the border with Niger, on Tuesday, the army chief of staff said in a statement on Thursday.

The army said "several terrorists" were killed in the fighting and that reinforcements had been sent from Kandi. It did not give a figure.

Al Qaeda's Sahel affiliate JNIM claimed the attack in a message relayed by its propaganda outlet, saying its fighters had killed 20 soldiers and seized weapons and a vehicle. The claim could not be independently verified.

Benin's northern borderlands, next to the W and Pendjari national parks, have seen a rise in attacks since 2021. In January, JNIM killed 28 soldiers in the deadliest attack on the army to date.

Benin has deployed around 3,000 troops in the north under Operation Mirador and has recruited thousands of auxiliaries.

Newsletter | Podcasts | Events
Related coverage: Togo extends state of emergency in Savanes; Niger and Benin trade accusations over border closure""",
         [ev("armed_clash", "BJ", "Monsey", "Alibori", "2025-04-22", fat=8, fat_max=20,
             actors=["JNIM", "Beninese Armed Forces"], claimed="Beninese army"),
          ev("armed_clash", "BJ", None, "Alibori", "2025-01", fat=28,
             actors=["JNIM", "Beninese Armed Forces"], required=False)]),
    item("a56", A, "fr", "2025-08-19",
         """Tchad Infos | Accueil  Politique  Sécurité  Économie  Sport  Culture
Publicité

Lac : quatre pêcheurs enlevés par Boko Haram, deux retrouvés morts

Quatre pêcheurs ont été enlevés vendredi par des éléments de Boko Haram alors qu'ils relevaient leurs filets près de l'île de Kinasserom, dans le département de Kaya (province du Lac), a appris notre rédaction auprès des autorités locales.

Les corps de deux d'entre eux ont été retrouvés dimanche sur la rive, portant des traces de balles, selon le sous-préfet. Les deux autres sont toujours portés disparus. « Les ravisseurs reprochaient aux pêcheurs de renseigner l'armée », a expliqué un notable de Ngouboua.

Les pêcheurs du Lac sont régulièrement la cible des jihadistes, qui exigent des taxes sur les prises. En mars 2015, Ngouboua avait été attaquée et en partie incendiée par Boko Haram.

L'armée tchadienne a lancé en 2024 une opération pour chasser les jihadistes des îles du lac.

Partager cet article
Sur le même sujet :
Bol : reprise des vols humanitaires
Mongo : des étudiants en grève
Commentaires fermés.""",
         [ev("abduction", "TD", "Kinasserom", "Lac", "2025-08-15",
             actors=["Boko Haram", "civilians"], claimed="local authorities"),
          ev("attack_on_civilians", "TD", "Kinasserom", "Lac", "2025-08-17", fat=2,
             actors=["Boko Haram", "civilians"]),
          ev("attack_on_civilians", "TD", "Ngouboua", "Lac", "2015-03", required=False)]),
    item("a57", A, "en", "2025-10-03",
         """NIGER WATCH - Independent news from Niger
Home | Politics | Security | Economy | Society | About
This site uses cookies. By continuing you agree to our use of cookies.  [X]

Former oil minister arrested in Niamey; junta suspends private radio

Niger's authorities on Thursday arrested a former oil minister who served under the ousted president Mohamed Bazoum, his family and lawyer said.

Plain-clothes agents took him from his home in Niamey's Plateau district in the early morning, his lawyer said, adding that no reason had been given. The ministry of justice did not respond to a request for comment.

Hours later, the communications ministry suspended the private station Radio Sahara FM for one month, accusing it of "broadcasting content likely to undermine public order" after it aired an interview with the former minister's brother.

Dozens of officials of the former government have been detained since the military took power in July 2023. Bazoum himself remains held in the presidential palace.

Read more:
- Niger: soldiers killed in ambush near Tillia
- Niamey: bread prices up again
- Niger, Mali and Burkina launch joint passport

Donate | Contact | Privacy policy""",
         [ev("arrest", "NE", "Niamey", "Niamey", "2025-10-02", arrests=1,
             subtype="political", actors=["Nigerien security forces"]),
          ev("strategic", "NE", None, None, "2025-10-02", subtype="media_ban",
             actors=["Military government of Niger"]),
          ev("coup", "NE", "Niamey", "Niamey", "2023-07", subtype="seizure",
             required=False)]),
    item("a58", A, "fr", "2025-11-14",
         """BURKINA24 - L'info en continu
ACCUEIL | ACTUALITÉ | POLITIQUE | SOCIÉTÉ | SÉCURITÉ | SPORT | INTERNATIONAL
Flash info : Coupe du Burkina : l'ASFA-Y en finale

Reportage
Djibo, la ville qui vit au rythme des convois

Par notre envoyé spécial - 14 novembre 2025

À Djibo, chef-lieu de la province du Soum, tout dépend des convois. Quand les camions arrivent, les prix baissent ; quand ils tardent, le sac de maïs double. La ville, qui accueille des dizaines de milliers de déplacés, vit coupée de la route depuis 2022.

Mardi, un convoi de ravitaillement escorté par l'armée a encore été attaqué à une trentaine de kilomètres de la ville, près de Gaskindé. Selon une source sécuritaire, sept soldats et VDP ont été tués et une vingtaine de camions incendiés. Les assaillants ont laissé « de nombreux corps » sur le terrain, affirme la même source.

« Nous avons perdu trois camions », raconte Hamadou, transporteur, qui fait la route depuis Kaya. En septembre 2022, une attaque au même endroit avait coûté la vie à des dizaines de civils et de militaires.

Les femmes de Djibo cultivent désormais des jardins à l'intérieur du périmètre défensif. « Nous ne sortons plus au-delà de trois kilomètres », dit Aïssata, qui vend des oignons au marché.

Galerie photos (12)
Tags : Djibo, Soum, convois, déplacés
VOIR AUSSI : Arbinda : des terroristes neutralisés par les frappes aériennes""",
         [ev("armed_clash", "BF", "Gaskinde", "Sahel", "2025-11-11", fat=7,
             actors=["Islamist militants", "Burkinabe Armed Forces"],
             claimed="security source"),
          ev("armed_clash", "BF", "Gaskinde", "Sahel", "2022-09", required=False),
          ev("strategic", "BF", "Djibo", "Sahel", "2022", subtype="blockade",
             required=False)]),
    item("a59", A, "en", "2025-12-02",
         """SAHEL DISPATCH  |  Mali  Burkina Faso  Niger  Analysis  Podcast
Get the Sahel Dispatch newsletter every Friday

Mali army says air strike killed IS commander near Menaka; residents say civilians died

BAMAKO, Dec 2 - Mali's army said on Monday it had killed a senior Islamic State commander and "several of his lieutenants" in an air strike near Menaka at the weekend, while residents said at least six civilians, including two children, died in the strike on a nomad camp.

The army's statement said the strike on Saturday targeted a "terrorist sanctuary" 40 km north-east of Menaka. It did not name the commander.

Two residents of Menaka told Sahel Dispatch that the camp belonged to herders who had moved there with their animals a week earlier. "They were not fighters. We buried six people," one said.

Human rights groups have accused the army and its Russian allies of killing civilians in operations in central and northern Mali since 2022, which the government denies.

This article was updated on Dec 2 at 16:40 to add the residents' account.

Related: Burkina Faso: the price of the convoys | Niger: a year of AES passports
Comments are closed.""",
         [ev("remote_violence", "ML", "Menaka", "Menaka", "2025-11-29", fat=6,
             subtype="airstrike", actors=["Malian Armed Forces", "Islamic State Sahel"],
             claimed="residents")]),
    item("a60", A, "en", "2025-06-24",
         """Borno Express | Home  News  Security  Politics  Education  Sport
BREAKING NEWS:

Suicide bomber kills 12 at Bama market; ISWAP attacks Dikwa

By Staff Reporter  |  June 24, 2025

MAIDUGURI - A female suicide bomber blew herself up at a crowded cattle market in Bama, Borno State, on Monday afternoon, killing at least 12 people and injuring more than 20, emergency officials said.

A member of the Civilian Joint Task Force in the town said the woman, carrying a baby on her back, was stopped at a checkpoint near the market gate and detonated her explosives when questioned. "Two of our men were among the dead," he said.

Hours earlier, ISWAP fighters attacked a military base in Dikwa, about 90 km east of Maiduguri, in a gun battle that lasted nearly three hours. The army said the attack was repelled and that "scores of terrorists" were killed; a source at the base said one soldier died.

No group has claimed the Bama bombing, but Boko Haram's JAS faction has used women and girls as suicide bombers in Borno since 2014.

The Borno State governor condemned the attack and ordered the closure of the market for a week.

Advertisement - Continue reading below
Also read: Zulum flags off resettlement of IDPs in Marte | UNICEF: 1,200 schools closed in north-east""",
         [ev("remote_violence", "NG", "Bama", "Borno", "2025-06-23", subtype="suicide_bombing",
             fat=12, actors=["Boko Haram", "civilians"]),
          ev("armed_clash", "NG", "Dikwa", "Borno", "2025-06-23", fat=1,
             actors=["ISWAP", "Nigerian Armed Forces"]),
          ev("strategic", "NG", "Bama", "Borno", "2025-06-23", subtype="market_closure",
             required=False)]),
    item("a61", A, "fr", "2025-04-25",
         """GUINÉE MATIN | Accueil  Politique  Société  Sécurité  Économie  Sport  Région
Pub : Orange Money - Envoyez, recevez, payez

Axe Hamdallaye-Bambeto : un jeune tué par balle lors de heurts avec les forces de l'ordre

Conakry, 25 avril 2025 - Un jeune homme a été tué par balle jeudi à Bambeto, dans la commune de Ratoma, lors de heurts entre des manifestants et les forces de l'ordre, a-t-on appris de sources hospitalières et auprès de sa famille.

Répondant à l'appel des Forces vives de Guinée, des jeunes ont érigé des barricades et brûlé des pneus sur l'axe Hamdallaye-Bambeto pour exiger le retour à l'ordre constitutionnel. Ils ont lancé des pierres sur les policiers et gendarmes, qui ont riposté par des gaz lacrymogènes.

Le gouvernement a « regretté » un décès et annoncé l'ouverture d'une enquête. Une trentaine de personnes ont été interpellées, selon la police.

Les manifestations sont interdites en Guinée depuis mai 2022. Selon les organisations de défense des droits humains, plusieurs dizaines de manifestants ont été tués depuis.

À LIRE AUSSI
- Kindia : un camion se renverse, trois morts
- Syli national : la liste des 23 dévoilée
- Kankan : grève des enseignants contractuels
Réagir (14)""",
         [ev("riot", "GN", "Bambeto", "Conakry", "2025-04-24", fat=1,
             actors=["rioters", "Guinean security forces"]),
          ev("arrest", "GN", "Bambeto", "Conakry", "2025-04-24", arrests=30,
             subtype="political", actors=["Guinean security forces"], required=False),
          ev("strategic", "GN", None, None, "2022-05", subtype="protest_ban",
             required=False)]),
]
