"""General news, batch 2 (n51-n60): whole pages with no conflict event, each with a trap a
keyword matcher falls into — sports and business war metaphors, a film festival whose films
tell of kidnappings and coups, a tanker explosion, a cyber "attack" on a bank, pests "besieging"
farms, a flood that forces people from their homes, a measles outbreak "killing" children, a
commemoration of a 2014 uprising (its events are optional background), election celebrations.
Written for the held-out set.
"""
from common import ev, item

N = "negative"
ITEMS = [
    item("n51", N, "en", "2025-03-24",
         """SPORTS HUB | Football  Basketball  Athletics  Boxing  Transfers  Live scores
Log in | Register

AFCON QUALIFIERS
Eagles ambush Lions in Bamako as late strike kills off Senegal

Mali's Eagles launched a second-half blitz to stun Senegal 2-1 in Bamako on Sunday, with a 90th-minute strike from the substitute killing off the visitors' hopes of topping the group.

Senegal had taken the lead through a penalty, but the hosts laid siege to the visitors' goal after the break. "We attacked them from every side and they could not cope," Mali's coach said. "My players fought like soldiers."

Senegal's captain admitted his side had been "shot to pieces" in the last twenty minutes. "We surrendered the midfield and they punished us."

The win leaves Mali two points clear of Senegal with two matches to play. Burkina Faso's Stallions, who raided Abidjan for a 3-0 win on Saturday, are third.

LIVE SCORES | Niger 0-0 Togo | Chad 1-4 Benin
MOST POPULAR
1. Transfer: Nigerian striker heads to Saudi Arabia
2. Gunmen attack team bus in Zamfara, players unhurt
3. Eagles ambush Lions in Bamako as late strike kills off Senegal
Comments (27)
Ablo: What a goal!! Bamako is burning tonight!""", []),
    item("n52", N, "fr", "2025-05-14",
         """L'ÉCONOMISTE DU BÉNIN | Accueil  Finances  Entreprises  Agriculture  Énergie  Emploi
Abonnez-vous - 1er mois offert

Port de Cotonou : les transporteurs menacent d'une grève, le gouvernement promet une baisse des frais

Les syndicats de transporteurs routiers ont menacé mardi de déclencher une grève illimitée si les frais de passage au port de Cotonou n'étaient pas révisés d'ici la fin du mois. « C'est une véritable guerre des prix que mènent les compagnies maritimes contre nous », a dénoncé leur porte-parole lors d'une conférence de presse.

Le ministre des Transports a reçu leurs représentants dans la soirée et promis une baisse de 15 % des frais à partir de juin. Il a aussi annoncé une offensive contre les intermédiaires qui « prennent les camions en otage » sur le parking de Sèmè.

Les transporteurs doivent décider vendredi s'ils maintiennent leur mot d'ordre. Le port de Cotonou traite plus de 10 millions de tonnes de marchandises par an, dont une bonne partie à destination du Niger et du Burkina Faso.

Les plus lus
1. Parakou : 4 morts dans l'attaque d'un bus sur la RNIE 2
2. Cajou : les prix s'envolent
3. BOAD : un prêt de 40 milliards pour les routes
Publicité""", []),
    item("n53", N, "en", "2025-02-27",
         """HEALTH
Measles outbreak kills 14 children in Borno camps as vaccinators battle access

MAIDUGURI - A measles outbreak has killed at least 14 children in camps for displaced people in Borno State since January, health officials said on Thursday, as vaccination teams struggle to reach hard-hit areas.

"Our vaccinators are on the front line of a different war," the state's commissioner for health said at the launch of a campaign targeting 600,000 children. "The virus is attacking where our defences are weakest."

Aid groups said the outbreak was concentrated in camps around Maiduguri and Jere, where more than 200 suspected cases had been recorded. Overcrowding and low vaccination rates after years of conflict have made the north-east especially vulnerable.

The World Health Organization said it had sent 1.2 million doses. The campaign will run for ten days.

Related: Cholera season: Borno prepares treatment centres | Nutrition crisis deepens in Yobe
Share this article""", []),
    item("n54", N, "fr", "2025-03-02",
         """FESPACO 2025 : l'Étalon d'or de Yennenga à un film sur un enlèvement au Sahel

Ouagadougou, 2 mars - Le film « La nuit de Tin-Akoff », du réalisateur nigérien Ibrahim Adamou, a remporté samedi soir l'Étalon d'or de Yennenga, la plus haute récompense du Festival panafricain du cinéma et de la télévision de Ouagadougou (FESPACO).

Le film raconte l'enlèvement d'une institutrice par des hommes armés dans un village du nord et la traque menée par son frère, un ancien soldat. « J'ai voulu montrer ce que vivent les familles quand la violence frappe », a déclaré le réalisateur en recevant son trophée des mains du président de la transition.

Le prix de la meilleure série est revenu à une comédie ivoirienne sur un coup d'État raté dans un pays imaginaire, « Le Général et son tailleur », qui a fait rire la salle aux éclats.

La cérémonie de clôture, au Palais des sports de Ouaga 2000, s'est déroulée devant plusieurs milliers de spectateurs, sous un important dispositif de sécurité.

Palmarès complet | Galerie photos | Vidéo de la cérémonie""", []),
    item("n55", N, "en", "2024-12-10",
         """GHANA DECIDES 2024
Jubilant supporters take to the streets of Tamale as opposition claims victory

TAMALE - Thousands of opposition supporters poured into the streets of Tamale on Monday night, dancing, singing and waving party flags after their candidate was declared the winner of Saturday's presidential election.

Motorbikes and cars blocked the main roads of the city until the early hours as supporters let off fireworks. "We have waited eight years for this," said a trader wearing the party's colours. Police said the celebrations were peaceful and that no incident was recorded.

The outgoing vice president, the ruling party's candidate, conceded defeat on Sunday and congratulated his rival, a gesture praised by election observers from the African Union and ECOWAS.

The new president will be sworn in on 7 January.

Live results map | Full coverage | Newsletter sign-up""", []),
    item("n56", N, "fr", "2025-07-08",
         """Explosion d'un camion-citerne près de Mokolo : au moins 12 morts

Mokolo, 8 juillet - Au moins douze personnes ont été tuées et une vingtaine blessées lundi dans l'explosion d'un camion-citerne qui s'était renversé sur la route nationale, à l'entrée de Mokolo, dans la région de l'Extrême-Nord du Cameroun, selon les autorités locales.

Le camion, qui transportait du carburant en provenance du Nigeria, a pris feu alors que des habitants tentaient de récupérer l'essence qui s'écoulait de la citerne. « Le feu a tout embrasé en quelques secondes », a raconté un témoin.

Le préfet du Mayo-Tsanaga a appelé les populations à ne plus s'approcher des véhicules accidentés et annoncé une enquête sur l'état du véhicule. Les blessés ont été évacués vers l'hôpital régional de Maroua.

Ce type d'accident est fréquent sur les routes de la région, où le carburant de contrebande est vendu au bord des routes.

Sur le même sujet : Sécurité routière : la gendarmerie intensifie les contrôles""", []),
    item("n57", N, "en", "2025-08-20",
         """AGRICULTURE
Farmers 'under siege' as armyworm invasion destroys maize in northern Benin

KANDI - An invasion of fall armyworm has destroyed thousands of hectares of maize in northern Benin, farmers said this week, warning of a poor harvest in a region already hit by insecurity.

"We are under siege. Every morning we find new fields attacked," said a farmer in Banikoara who has lost half of his crop. Agricultural officers have distributed pesticides in the worst-affected communes of Alibori and Atacora, where the pest was first spotted in July.

The ministry of agriculture said a "counter-offensive" with biological treatments would be launched next week and that farmers would receive free seeds for the next season.

Fall armyworm, a moth native to the Americas, reached West Africa in 2016 and has since spread to almost every country on the continent.

More in Agriculture: Cotton prices | Rice self-sufficiency plan""", []),
    item("n58", N, "fr", "2024-10-31",
         """Il y a dix ans, l'insurrection populaire : Ouagadougou se souvient

Ouagadougou, 31 octobre - Des centaines de personnes se sont recueillies jeudi matin devant le monument des martyrs, à Ouagadougou, pour commémorer le dixième anniversaire de l'insurrection populaire des 30 et 31 octobre 2014, qui avait conduit à la chute du président Blaise Compaoré.

Le 30 octobre 2014, des centaines de milliers de manifestants avaient envahi les rues de la capitale et incendié l'Assemblée nationale pour empêcher la révision de la Constitution. Une trentaine de personnes avaient été tuées pendant les événements, selon les bilans officiels.

Le ministre de la Culture a déposé une gerbe de fleurs et salué « la jeunesse qui a écrit l'histoire ». Des familles de victimes ont de nouveau réclamé que justice soit faite. La cérémonie s'est déroulée dans le recueillement.

Un documentaire sur les événements sera diffusé ce soir sur la télévision nationale.""",
         [ev("riot", "BF", "Ouagadougou", "Centre", "2014-10-30", fat=30,
             actors=["rioters"], required=False),
          ev("strategic", "BF", "Ouagadougou", "Centre", "2014-10-31",
             subtype="president_resigned", required=False)]),
    item("n59", N, "en", "2025-09-16",
         """TECH & BUSINESS
Hackers attack Abidjan bank, steal customer data

ABIDJAN - Hackers attacked the computer systems of a commercial bank in Abidjan over the weekend and stole data belonging to thousands of customers, the bank said on Monday, in the latest cyber attack on a West African financial institution.

The bank said its services had been "hit" for several hours on Saturday but that no money had been taken from accounts. It has filed a complaint and is working with the national cyber-security agency.

A ransomware group claimed responsibility on a dark-web site and threatened to publish the data unless a ransom was paid. Experts said banks in the region were "a prime target" because many still rely on outdated software.

Ivory Coast's financial regulator called on banks to strengthen their defences.

Subscribe to our Tech newsletter | Markets | Startups""", []),
    item("n60", N, "fr", "2025-08-28",
         """Inondations à Niamey : 15 morts et des milliers de sinistrés

Niamey, 28 août - Les pluies diluviennes qui s'abattent sur Niamey depuis une semaine ont fait au moins 15 morts, selon un bilan du ministère de l'Action humanitaire publié mercredi.

Plus de 3 000 personnes ont dû quitter leurs maisons dans les quartiers riverains du fleuve Niger, notamment à Kirkissoye et Lamordé, et sont hébergées dans des écoles. Plusieurs ponts ont été coupés et des champs de riz submergés.

Le gouvernement a débloqué une aide d'urgence et appelé les habitants des zones inondables à se reloger. Le niveau du fleuve a atteint un record, selon l'Autorité du bassin du Niger.

Depuis le début de la saison des pluies, les inondations ont touché plus de 200 000 personnes dans le pays.

Météo : de nouvelles pluies attendues ce week-end""", []),
]
