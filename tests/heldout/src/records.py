"""Terse coder-style records (one or two sentences, ACLED-like notes), EN and FR.

Written for the held-out set; incidents are invented, places and armed groups are real.
Types follow the ACLED codebook as GOLD.md maps it (looting without violence is strategic).
"""
from common import ev, item

R = "record"
ITEMS = [
    # --- battles -------------------------------------------------------------------------
    item("r01", R, "en", "2024-06-14",
         "On 12 June 2024, JNIM militants attacked a Burkinabe army detachment in Tongomayel "
         "(Soum, Sahel). Fighting lasted several hours; 11 soldiers and an unknown number of "
         "assailants were killed.",
         [ev("armed_clash", "BF", "Tongomayel", "Sahel", "2024-06-12", fat=11,
             actors=["JNIM", "Burkinabe Armed Forces"])]),
    item("r02", R, "en", "2024-09-04",
         "On 3 September 2024, FAMa and Africa Corps forces clashed with CSP-DPA fighters near "
         "Tinzaouatene (Abeibara, Kidal). Casualties unknown.",
         [ev("armed_clash", "ML", "Tinzaouatene", "Kidal", "2024-09-03",
             actors=["Malian Armed Forces", "CSP-DPA"])]),
    item("r03", R, "fr", "2024-03-20",
         "Le 18 mars 2024, des éléments de l'EIGS ont attaqué une position des FDS à "
         "Tillia (Tahoua). Bilan : 7 militaires tués selon une source locale.",
         [ev("armed_clash", "NE", "Tillia", "Tahoua", "2024-03-18", fat=7,
             actors=["Islamic State Sahel", "Nigerien Armed Forces"], claimed="local source")]),
    item("r04", R, "en", "2024-11-09",
         "On 8 November 2024, ISWAP fighters overran a military base in Kareto (Mobbar, Borno); "
         "troops repelled the assault after reinforcements arrived. 4 soldiers killed.",
         [ev("armed_clash", "NG", "Kareto", "Borno", "2024-11-08", fat=4,
             actors=["ISWAP", "Nigerian Armed Forces"])]),
    item("r05", R, "fr", "2025-01-16",
         "Le 14 janvier 2025, des VDP ont repoussé une attaque de présumés jihadistes contre la "
         "commune de Pensa (Sanmatenga, Centre-Nord). Une vingtaine d'assaillants auraient été "
         "neutralisés.",
         [ev("armed_clash", "BF", "Pensa", "Centre-Nord", "2025-01-14", fat=20,
             actors=["Islamist militants", "VDP"])]),
    item("r06", R, "en", "2024-05-11",
         "Around 10 May 2024, RSF and SAF fought in the Abu Shouk area of El Fasher (North "
         "Darfur). At least 14 fatalities reported.",
         [ev("armed_clash", "SD", "Abu Shouk", "North Darfur", "2024-05-10", fat=14,
             actors=["Rapid Support Forces", "Sudanese Armed Forces"])]),
    item("r07", R, "en", "2024-07-02",
         "On 30 June 2024, Chadian troops engaged Boko Haram (JAS) militants on an island near "
         "Kaiga Kindjiria (Lac). 6 militants were reported killed.",
         [ev("armed_clash", "TD", "Kaiga Kindjiria", "Lac", "2024-06-30", fat=6,
             actors=["Chadian Armed Forces", "Boko Haram"])]),
    item("r08", R, "fr", "2024-10-23",
         "Le 21 octobre 2024, une patrouille des forces armées béninoises est tombée dans une "
         "embuscade près de Porga (Matéri, Atacora). Deux soldats tués, trois blessés.",
         [ev("armed_clash", "BJ", "Porga", "Atacora", "2024-10-21", fat=2,
             actors=["unidentified armed group", "Beninese Armed Forces"])]),
    item("r09", R, "en", "2025-02-27",
         "On 25 February 2025, unidentified armed men attacked a police post at Mandouri "
         "(Kpendjal, Savanes); one gendarme was killed and the attackers fled toward the border.",
         [ev("armed_clash", "TG", "Mandouri", "Savanes", "2025-02-25", fat=1,
             actors=["unidentified armed group", "Togolese security forces"])]),
    # --- violence against civilians ------------------------------------------------------
    item("r10", R, "en", "2024-08-27",
         "On 24 August 2024, suspected JNIM militants attacked civilians digging trenches on the "
         "outskirts of Barsalogho (Sanmatenga, Centre-Nord). Dozens killed; exact toll unknown.",
         [ev("attack_on_civilians", "BF", "Barsalogho", "Centre-Nord", "2024-08-24",
             actors=["JNIM", "civilians"])]),
    item("r11", R, "fr", "2024-04-08",
         "Le 6 avril 2024, des hommes armés non identifiés ont tué 9 civils dans le village de "
         "Goundaka (Bandiagara, Mopti).",
         [ev("attack_on_civilians", "ML", "Goundaka", "Mopti", "2024-04-06", fat=9,
             actors=["unidentified gunmen", "civilians"])]),
    item("r12", R, "en", "2024-12-03",
         "On 1 December 2024, bandits stormed Kairu village (Bukkuyum, Zamfara) and shot dead "
         "seven residents, including a ward head.",
         [ev("attack_on_civilians", "NG", "Kairu", "Zamfara", "2024-12-01", fat=7,
             actors=["bandits", "civilians"])]),
    item("r13", R, "en", "2024-06-25",
         "On 23 June 2024, IS Sahel militants executed four men accused of collaborating with "
         "the army in Tessit (Ansongo, Gao).",
         [ev("attack_on_civilians", "ML", "Tessit", "Gao", "2024-06-23", fat=4,
             actors=["Islamic State Sahel", "civilians"])]),
    item("r14", R, "fr", "2025-03-11",
         "Le 9 mars 2025, un berger a été abattu par des individus armés près de Makalondi "
         "(Say, Tillabéri).",
         [ev("attack_on_civilians", "NE", "Makalondi", "Tillaberi", "2025-03-09", fat=1,
             actors=["unidentified gunmen", "civilians"])]),
    item("r15", R, "en", "2024-10-19",
         "On 17 October 2024, RSF fighters raided Al-Sireha village (East Gezira, Al Jazirah) "
         "and opened fire on residents, killing at least 20.",
         [ev("attack_on_civilians", "SD", "Al-Sireha", "Al Jazirah", "2024-10-17", fat=20,
             actors=["Rapid Support Forces", "civilians"])]),
    item("r16", R, "en", "2024-01-31",
         "On 29 January 2024, suspected Boko Haram militants killed three farmers working their "
         "fields near Mozogo (Mayo-Tsanaga, Far North).",
         [ev("attack_on_civilians", "CM", "Mozogo", "Far North", "2024-01-29", fat=3,
             actors=["Boko Haram", "civilians"])]),
    item("r17", R, "fr", "2024-07-18",
         "Le 16 juillet 2024, une femme et son enfant ont été tués par des hommes armés à Kelbo "
         "(Soum).",
         [ev("attack_on_civilians", "BF", "Kelbo", "Sahel", "2024-07-16", fat=2,
             actors=["unidentified gunmen", "civilians"])]),
    item("r18", R, "en", "2025-04-06",
         "On 4 April 2025, armed men on motorbikes burned granaries and killed a village chief "
         "in Dogofry (Niono, Segou).",
         [ev("attack_on_civilians", "ML", "Dogofry", "Segou", "2025-04-04", fat=1,
             actors=["armed men on motorbikes", "civilians"])]),
    item("r19", R, "en", "2024-02-15",
         "On 13 February 2024, unidentified gunmen attacked a mosque in Natiaboani (Gourma, Est) "
         "during dawn prayers; 14 worshippers killed.",
         [ev("attack_on_civilians", "BF", "Natiaboani", "Est", "2024-02-13", fat=14,
             actors=["unidentified gunmen", "civilians"])]),
    # --- abductions ----------------------------------------------------------------------
    item("r20", R, "en", "2024-03-09",
         "On 7 March 2024, gunmen abducted 15 pupils from a school in Gidan Bakuso (Gada, "
         "Sokoto).",
         [ev("abduction", "NG", "Gidan Bakuso", "Sokoto", "2024-03-07",
             actors=["unidentified gunmen", "civilians"])]),
    item("r21", R, "fr", "2024-05-29",
         "Le 27 mai 2024, le maire de la commune de Boni (Douentza, Mopti) a été enlevé par des "
         "éléments présumés du JNIM.",
         [ev("abduction", "ML", "Boni", "Mopti", "2024-05-27", actors=["JNIM", "civilians"])]),
    item("r22", R, "en", "2025-01-08",
         "On 6 January 2025, ISWAP militants kidnapped six loggers in the bush outside Dikwa "
         "(Borno).",
         [ev("abduction", "NG", "Dikwa", "Borno", "2025-01-06", actors=["ISWAP", "civilians"])]),
    item("r23", R, "fr", "2024-11-14",
         "Le 12 novembre 2024, deux commerçants ont été enlevés par des hommes armés sur l'axe "
         "Mora-Kolofata (Mayo-Sava, Extrême-Nord).",
         [ev("abduction", "CM", "Mora", "Far North", "2024-11-12",
             actors=["unidentified gunmen", "civilians"])]),
    item("r24", R, "en", "2024-08-10",
         "Around 8 August 2024, suspected Ansaroul Islam militants abducted a nurse from the "
         "health centre in Nassoumbou (Soum).",
         [ev("abduction", "BF", "Nassoumbou", "Sahel", "2024-08-08",
             actors=["Ansaroul Islam", "civilians"])]),
    # --- remote violence -----------------------------------------------------------------
    item("r25", R, "en", "2024-04-22",
         "On 20 April 2024, a FAMa vehicle struck an IED between Boni and Hombori (Douentza, "
         "Mopti). Three soldiers killed.",
         [ev("remote_violence", "ML", "Boni", "Mopti", "2024-04-20", fat=3, subtype="ied",
             actors=["unidentified armed group", "Malian Armed Forces"])]),
    item("r26", R, "fr", "2024-09-16",
         "Le 14 septembre 2024, un engin explosif improvisé a explosé au passage d'un convoi "
         "civil près de Djibo (Soum, Sahel), faisant 6 morts.",
         [ev("remote_violence", "BF", "Djibo", "Sahel", "2024-09-14", fat=6, subtype="ied",
             actors=["unidentified armed group", "civilians"])]),
    item("r27", R, "en", "2025-02-12",
         "On 10 February 2025, a Malian drone strike hit a wedding gathering in Amasrakad "
         "(Gao) killing at least 8 people, local sources said.",
         [ev("remote_violence", "ML", "Amasrakad", "Gao", "2025-02-10", fat=8,
             subtype="drone_strike", actors=["Malian Armed Forces", "civilians"],
             claimed="local sources")]),
    item("r28", R, "en", "2024-12-19",
         "On 17 December 2024, a Nigerian Air Force strike mistakenly hit residents in Gidan "
         "Sama (Silame, Sokoto); ten civilians killed.",
         [ev("remote_violence", "NG", "Gidan Sama", "Sokoto", "2024-12-17", fat=10,
             subtype="airstrike", actors=["Nigerian Air Force", "civilians"])]),
    item("r29", R, "fr", "2024-06-07",
         "Le 5 juin 2024, des frappes aériennes de l'armée nigérienne ont visé des positions "
         "terroristes dans la zone de Tamou (Say, Tillabéri). Bilan non communiqué.",
         [ev("remote_violence", "NE", "Tamou", "Tillaberi", "2024-06-05", subtype="airstrike",
             actors=["Nigerien Armed Forces", "jihadists"])]),
    item("r30", R, "en", "2024-05-18",
         "On 16 May 2024, RSF shelled Abu Shouk IDP camp (El Fasher, North Darfur), killing 5 "
         "displaced people.",
         [ev("remote_violence", "SD", "Abu Shouk", "North Darfur", "2024-05-16", fat=5,
             subtype="shelling", actors=["Rapid Support Forces", "civilians"])]),
    item("r31", R, "en", "2024-10-02",
         "On 30 September 2024, a landmine exploded under a motorbike taxi near Kompienga (Est); "
         "the driver and his passenger died.",
         [ev("remote_violence", "BF", "Kompienga", "Est", "2024-09-30", fat=2,
             subtype="landmine", actors=["unidentified armed group", "civilians"])]),
    item("r32", R, "fr", "2025-03-28",
         "Le 26 mars 2025, une attaque de drone attribuée aux FAR a frappé le marché de "
         "Tawila (Darfour-Nord) ; au moins 12 civils tués.",
         [ev("remote_violence", "SD", "Tawila", "North Darfur", "2025-03-26", fat=12,
             subtype="drone_strike", actors=["Rapid Support Forces", "civilians"])]),
    # --- protests and riots --------------------------------------------------------------
    item("r33", R, "en", "2024-07-27",
         "On 26 July 2024, several hundred people demonstrated peacefully in Niamey (Niamey) "
         "in support of the CNSP and against the presence of foreign troops.",
         [ev("protest", "NE", "Niamey", "Niamey", "2024-07-26", actors=["protesters"])]),
    item("r34", R, "fr", "2024-02-10",
         "Le 9 février 2024, des élèves ont manifesté à Dapaong (Tône, Savanes) pour réclamer "
         "le retour de leurs enseignants. Pas d'incident.",
         [ev("protest", "TG", "Dapaong", "Savanes", "2024-02-09", actors=["protesters"])]),
    item("r35", R, "en", "2024-11-22",
         "On 21 November 2024, traders staged a sit-in outside the town hall in Kandi (Alibori) "
         "over a new market levy.",
         [ev("protest", "BJ", "Kandi", "Alibori", "2024-11-21", actors=["protesters"])]),
    item("r36", R, "en", "2025-01-24",
         "On 23 January 2025, women from displaced families marched in Maiduguri (Borno) to "
         "demand the release of relatives held by the military.",
         [ev("protest", "NG", "Maiduguri", "Borno", "2025-01-23", actors=["protesters"])]),
    item("r37", R, "fr", "2024-08-31",
         "Le 29 août 2024, des jeunes en colère ont incendié le commissariat de Moundou "
         "(Logone Occidental) après la mort d'un motocycliste lors d'un contrôle.",
         [ev("riot", "TD", "Moundou", "Logone Occidental", "2024-08-29",
             actors=["rioters", "Chadian police"])]),
    item("r38", R, "en", "2024-04-15",
         "On 13 April 2024, rioters in Bawku (Upper East) set fire to shops and blocked the main "
         "road after a shooting; police fired tear gas.",
         [ev("riot", "GH", "Bawku", "Upper East", "2024-04-13", actors=["rioters"])]),
    item("r39", R, "en", "2024-06-20",
         "On 19 June 2024, a mob lynched a suspected thief at the market in Garoua (Benoue, "
         "North).",
         [ev("riot", "CM", "Garoua", "North", "2024-06-19", fat=1, actors=["rioters"])]),
    # --- arrests, coups, strategic -------------------------------------------------------
    item("r40", R, "en", "2024-09-26",
         "On 24 September 2024, security forces arrested a journalist and two union leaders in "
         "Ouagadougou (Kadiogo, Centre).",
         [ev("arrest", "BF", "Ouagadougou", "Centre", "2024-09-24", arrests=3,
             subtype="political", actors=["Burkinabe security forces"])]),
    item("r41", R, "fr", "2024-12-11",
         "Le 10 décembre 2024, la gendarmerie a interpellé 23 personnes soupçonnées de "
         "complicité avec des groupes armés à Kantchari (Tapoa, Est).",
         [ev("arrest", "BF", "Kantchari", "Est", "2024-12-10", arrests=23, subtype="other",
             actors=["Police Forces of Burkina Faso (Gendarmerie)"])]),
    item("r42", R, "en", "2025-03-04",
         "On 2 March 2025, Sudanese military intelligence detained 40 men accused of "
         "collaborating with RSF in Wad Madani (Al Jazirah).",
         [ev("arrest", "SD", "Wad Madani", "Al Jazirah", "2025-03-02", arrests=40,
             subtype="other", actors=["Sudanese Armed Forces"])]),
    item("r43", R, "fr", "2024-10-09",
         "Le 8 octobre 2024, plusieurs officiers ont été arrêtés à Bamako, accusés de préparer "
         "une tentative de déstabilisation des institutions de la transition.",
         [ev("coup", "ML", "Bamako", "Bamako", "2024-10-08", subtype="plot",
             actors=["Malian army officers"], required=True),
          ev("arrest", "ML", "Bamako", "Bamako", "2024-10-08", subtype="coup_related",
             actors=["Military government of Mali", "Malian army officers"])]),
    item("r44", R, "en", "2024-07-12",
         "On 11 July 2024, JNIM fighters looted livestock and burned shops in Diallassagou "
         "(Bankass, Mopti). No casualties reported.",
         [ev("strategic", "ML", "Diallassagou", "Mopti", "2024-07-11",
             subtype="looting_property_destruction", actors=["JNIM"])]),
    item("r45", R, "fr", "2025-02-06",
         "Le 4 février 2025, des hommes armés ont pillé le centre de santé de Tanwalbougou "
         "(Gourma, Est) et emporté des médicaments. Aucune victime.",
         [ev("strategic", "BF", "Tanwalbougou", "Est", "2025-02-04",
             subtype="looting_property_destruction", actors=["unidentified gunmen"])]),
    item("r46", R, "en", "2024-05-03",
         "On 2 May 2024, Malian soldiers defused an IED planted on the road between Sevare and "
         "Bandiagara (Mopti).",
         [ev("strategic", "ML", "Bandiagara", "Mopti", "2024-05-02",
             subtype="disrupted_weapons_use", actors=["Malian Armed Forces"])]),
    item("r47", R, "en", "2024-08-16",
         "On 14 August 2024, about 2,000 residents fled Seytenga (Seno, Sahel) toward Dori "
         "after armed men ordered them to leave within 72 hours.",
         [ev("displacement", "BF", "Seytenga", "Sahel", "2024-08-14",
             actors=["unidentified armed group", "civilians"])]),
    item("r48", R, "fr", "2024-11-28",
         "Le 26 novembre 2024, plus de 800 ménages ont quitté la commune d'Anzourou "
         "(Tillabéri) à la suite de menaces de groupes armés.",
         [ev("displacement", "NE", "Anzourou", "Tillaberi", "2024-11-26",
             actors=["unidentified armed group", "civilians"])]),
    item("r49", R, "en", "2025-04-16",
         "On 15 April 2025, JNIM militants set up checkpoints on the RN16 near Fada N'Gourma "
         "(Gourma, Est) and clashed with VDP; two VDP killed.",
         [ev("armed_clash", "BF", "Fada N'Gourma", "Est", "2025-04-15", fat=2,
             actors=["JNIM", "VDP"])]),
    item("r50", R, "fr", "2024-06-03",
         "Le 1er juin 2024, des assaillants non identifiés ont ouvert le feu sur un bus de "
         "transport en commun entre Gao et Ansongo (Gao), tuant quatre passagers.",
         [ev("attack_on_civilians", "ML", "Ansongo", "Gao", "2024-06-01", fat=4,
             actors=["unidentified assailants", "civilians"])]),
]

# --- harder notes: small villages, abbreviations, coder conventions -------------------------
ITEMS += [
    item("r51", R, "en", "2024-07-08",
         "On or around 5 July 2024, ISGS militants killed 6 civilians, including a local "
         "imam, in Tinabaw (Tondikiwindi, Ouallam, Tillaberi). [size=no report]",
         [ev("attack_on_civilians", "NE", "Tinabaw", "Tillaberi", "2024-07-05", fat=6,
             actors=["Islamic State Sahel", "civilians"])]),
    item("r52", R, "en", "2024-10-14",
         "Between 10 and 12 October 2024, FAMa, Wagner and Dozo militia attacked Fulani "
         "herders in Niaminiama (Macina, Segou). At least 11 killed. Fatalities coded as "
         "lowest reported figure.",
         [ev("attack_on_civilians", "ML", "Niaminiama", "Segou", "2024-10-10", fat=11,
             actors=["Malian Armed Forces", "civilians"])]),
    item("r53", R, "fr", "2024-12-23",
         "Le 21 décembre 2024, des HANM ont tendu une embuscade à une patrouille des FDS "
         "entre Boundoré et Sampelga (Yagha). Bilan : 5 FDS tués, des motos emportées.",
         [ev("armed_clash", "BF", "Boundore", "Sahel", "2024-12-21", fat=5,
             actors=["unidentified armed group", "Burkinabe Armed Forces"])]),
    item("r54", R, "en", "2025-02-03",
         "On 1 February 2025, JAS militants abducted 3 fishermen on the shore near Darak "
         "(Hile-Alifa, Logone-et-Chari).",
         [ev("abduction", "CM", "Darak", "Far North", "2025-02-01",
             actors=["Boko Haram", "civilians"])]),
    item("r55", R, "en", "2024-09-30",
         "Property destruction: on 28 September 2024, unidentified armed men burned the town "
         "hall and the school in Koulpelogo village (Gayeri, Komondjari). No casualties.",
         [ev("strategic", "BF", "Koulpelogo", "Est", "2024-09-28",
             subtype="looting_property_destruction", actors=["unidentified armed group"])]),
    item("r56", R, "fr", "2025-01-29",
         "Le 27 janvier 2025, un véhicule de transport a sauté sur une mine artisanale à "
         "Ouro-Guéladjo (Tamou, Say). Quatre passagers ont péri.",
         [ev("remote_violence", "NE", "Ouro-Gueladjo", "Tillaberi", "2025-01-27", fat=4,
             subtype="landmine", actors=["unidentified armed group", "civilians"])]),
    item("r57", R, "en", "2024-11-05",
         "On 3 November 2024, JNIM "
         "fighters clashed with MSA militiamen near Inekar (Menaka). 9 MSA killed per a local "
         "source.",
         [ev("armed_clash", "ML", "Inekar", "Menaka", "2024-11-03", fat=9,
             actors=["JNIM", "MSA"], claimed="local source")]),
    item("r58", R, "fr", "2024-08-19",
         "Le 17 août 2024, des militants de l'EIGS ont assassiné le chef du village de "
         "Tiguézéfane (Abala, Filingué).",
         [ev("attack_on_civilians", "NE", "Tiguezefane", "Tillaberi", "2024-08-17", fat=1,
             actors=["Islamic State Sahel", "civilians"])]),
    item("r59", R, "en", "2025-03-17",
         "On 15 March 2025, residents of Gidan Jaja (Zurmi, Zamfara) repelled a bandit raid; "
         "4 bandits and 2 vigilantes killed.",
         [ev("armed_clash", "NG", "Gidan Jaja", "Zamfara", "2025-03-15", fat=6,
             actors=["bandits", "vigilantes"])]),
    item("r60", R, "en", "2024-06-10",
         "On 8 June 2024, SAF Antonov aircraft bombed a livestock market in Kabkabiya (North "
         "Darfur), reportedly killing 11 civilians.",
         [ev("remote_violence", "SD", "Kabkabiya", "North Darfur", "2024-06-08", fat=11,
             subtype="airstrike", actors=["Sudanese Armed Forces", "civilians"])]),
]

# --- notes where only minor units are named, ACLED actor shorthand -------------------------
ITEMS += [
    item("r61", R, "en", "2024-04-11",
         "On 9 April 2024, Koglweogo members killed 3 Fulani civilians accused of "
         "collaborating with militants in Silmiougou (Boussouma, Sanmatenga).",
         [ev("attack_on_civilians", "BF", "Silmiougou", "Centre-Nord", "2024-04-09", fat=3,
             actors=["Koglweogo", "civilians"])]),
    item("r62", R, "en", "2024-09-12",
         "On 10 September 2024, Ambazonian separatists shot dead a traditional ruler in "
         "Bafut (Mezam, North-West).",
         [ev("attack_on_civilians", "CM", "Bafut", "North-West", "2024-09-10", fat=1,
             actors=["Ambazonian separatists", "civilians"])]),
    item("r63", R, "fr", "2025-02-20",
         "Le 18 février 2025, des chasseurs dozos ont affronté des éléments de la katiba "
         "Macina à Kareri (Ténenkou). Bilan : 6 dozos et 4 assaillants tués.",
         [ev("armed_clash", "ML", "Kareri", "Mopti", "2025-02-18", fat=10,
             actors=["Dozo militia", "JNIM"])]),
    item("r64", R, "en", "2024-07-30",
         "On 28 July 2024, CJTF members and hunters repelled Boko Haram fighters who attacked "
         "Kirawa (Gwoza). 5 insurgents killed.",
         [ev("armed_clash", "NG", "Kirawa", "Borno", "2024-07-28", fat=5,
             actors=["Boko Haram", "CJTF"])]),
    item("r65", R, "en", "2024-12-27",
         "On 25 December 2024, Lakurawa militants rustled about 200 cattle and killed a herder "
         "in Kwallajiya (Tangaza).",
         [ev("attack_on_civilians", "NG", "Kwallajiya", "Sokoto", "2024-12-25", fat=1,
             actors=["Lakurawa", "civilians"])]),
    item("r66", R, "fr", "2024-05-24",
         "Le 22 mai 2024, les forces de défense et de sécurité ont arrêté le maire de "
         "Diapaga (Tapoa) pour « intelligence avec l'ennemi ».",
         [ev("arrest", "BF", "Diapaga", "Est", "2024-05-22", arrests=1, subtype="political",
             actors=["Burkinabe security forces"])]),
    item("r67", R, "en", "2025-01-13",
         "On 11 January 2025, an IED planted by suspected ISWAP fighters struck a bus on the "
         "Maiduguri-Damboa road near Mainok (Kaga). 8 passengers killed.",
         [ev("remote_violence", "NG", "Mainok", "Borno", "2025-01-11", fat=8, subtype="ied",
             actors=["ISWAP", "civilians"])]),
    item("r68", R, "fr", "2024-10-31",
         "Le 29 octobre 2024, des membres du MNLA ont pris le contrôle du poste de "
         "Tarkint (Bourem) après le retrait des FAMa. Pas de combat signalé.",
         [ev("strategic", "ML", "Tarkint", "Gao", "2024-10-29",
             subtype="non_violent_transfer_of_territory", actors=["MNLA"])]),
    item("r69", R, "en", "2024-03-29",
         "On 27 March 2024, around 300 women blocked the national road at Kaya (Sanmatenga) "
         "demanding escorts for supply convoys to Dori.",
         [ev("protest", "BF", "Kaya", "Centre-Nord", "2024-03-27", actors=["protesters"])]),
    item("r70", R, "en", "2024-06-24",
         "On 22 June 2024, SAF artillery shelled RSF positions in Al-Halfaya (Khartoum North, "
         "Khartoum). Casualties unknown.",
         [ev("remote_violence", "SD", "Al-Halfaya", "Khartoum", "2024-06-22",
             subtype="shelling", actors=["Sudanese Armed Forces", "Rapid Support Forces"])]),
]

# --- the ACLED mix: many protests, demonstrations met with force, strategic developments ----
ITEMS += [
    item("r71", R, "en", "2024-05-07",
         "On 6 May 2024, about 60 nurses held a protest at the state hospital in Kano (Kano "
         "Municipal, Kano) over unpaid allowances.",
         [ev("protest", "NG", "Kano", "Kano", "2024-05-06", actors=["protesters"])]),
    item("r72", R, "en", "2024-08-02",
         "On 1 August 2024, hundreds of youths marched in Ibadan (Oyo) as part of the "
         "#EndBadGovernance demonstrations; police fired tear gas to disperse them.",
         [ev("protest", "NG", "Ibadan", "Oyo", "2024-08-01",
             actors=["protesters", "Nigerian police"])]),
    item("r73", R, "fr", "2024-06-05",
         "Le 4 juin 2024, des commerçants du grand marché de Conakry (Kaloum) ont observé une "
         "journée ville morte et se sont rassemblés devant la mairie pour dénoncer leur "
         "déguerpissement.",
         [ev("protest", "GN", "Conakry", "Conakry", "2024-06-04", actors=["protesters"])]),
    item("r74", R, "en", "2024-10-11",
         "On 10 October 2024, members of the Ghana National Association of Teachers staged a "
         "sit-down strike and rallied in Tamale (Northern) to demand payment of arrears.",
         [ev("protest", "GH", "Tamale", "Northern", "2024-10-10", actors=["protesters"])]),
    item("r75", R, "fr", "2025-03-08",
         "Le 7 mars 2025, des femmes ont manifesté pacifiquement à Nouakchott (Nouakchott-Ouest) "
         "pour réclamer la libération d'un militant des droits humains.",
         [ev("protest", "MR", "Nouakchott", "Nouakchott-Ouest", "2025-03-07",
             actors=["protesters"])]),
    item("r76", R, "en", "2024-02-17",
         "On 16 February 2024, students of the University of Abomey-Calavi (Atlantique) "
         "boycotted classes and gathered on campus to protest a rise in registration fees.",
         [ev("protest", "BJ", "Abomey-Calavi", "Atlantique", "2024-02-16",
             actors=["protesters"])]),
    item("r77", R, "en", "2024-03-04",
         "On 3 March 2024, supporters of the PASTEF party rallied in Ziguinchor (Ziguinchor) "
         "against the postponement of the presidential election. Gendarmes fired tear gas and "
         "arrested 9 people.",
         [ev("protest", "SN", "Ziguinchor", "Ziguinchor", "2024-03-03",
             actors=["protesters", "Senegalese gendarmerie"]),
          ev("arrest", "SN", "Ziguinchor", "Ziguinchor", "2024-03-03", arrests=9,
             subtype="political", required=False)]),
    item("r78", R, "fr", "2024-09-21",
         "Le 20 septembre 2024, des habitants en colère ont saccagé la brigade de gendarmerie "
         "de Bangolo (Guémon) après la mort d'un jeune lors d'une interpellation.",
         [ev("riot", "CI", "Bangolo", "Guemon", "2024-09-20", actors=["rioters"])]),
    item("r79", R, "en", "2024-11-16",
         "On 15 November 2024, rival groups of motorcycle taxi drivers fought with machetes "
         "and stones at the main park in Sokode (Tchaoudjo, Centrale); 2 killed.",
         [ev("riot", "TG", "Sokode", "Centrale", "2024-11-15", fat=2, actors=["rioters"])]),
    item("r80", R, "en", "2025-01-30",
         "On 28 January 2025, security forces opened fire on demonstrators protesting power "
         "cuts in Abeche (Ouaddai), killing 1.",
         [ev("protest", "TD", "Abeche", "Ouaddai", "2025-01-28", fat=1,
             actors=["protesters", "Chadian security forces"])]),
    item("r81", R, "en", "2024-04-19",
         "On 18 April 2024, the Burkinabe army recovered an arms cache hidden in a forest near "
         "Gorgadji (Seno). No clash reported.",
         [ev("strategic", "BF", "Gorgadji", "Sahel", "2024-04-18", subtype="arms_cache_seized",
             actors=["Burkinabe Armed Forces"])]),
    item("r82", R, "fr", "2024-07-26",
         "Le 24 juillet 2024, 14 otages enlevés en mai ont été libérés dans la zone de Mandoul "
         "(Tchad) après négociation, selon une source administrative.",
         [ev("strategic", "TD", "Mandoul", "Mandoul", "2024-07-24", subtype="hostages_released",
             claimed="administrative source")]),
    item("r83", R, "en", "2024-12-08",
         "On 6 December 2024, the Nigerien military established a new base at Bankilare "
         "(Tillaberi).",
         [ev("strategic", "NE", "Bankilare", "Tillaberi", "2024-12-06",
             subtype="base_established", actors=["Nigerien Armed Forces"])]),
    item("r84", R, "en", "2024-08-29",
         "On 27 August 2024, JNIM and Ansarul Islam distributed leaflets in Solenzo (Banwa, "
         "Boucle du Mouhoun) ordering women to wear veils.",
         [ev("strategic", "BF", "Solenzo", "Boucle du Mouhoun", "2024-08-27",
             subtype="armed_group_activity", actors=["JNIM"])]),
    item("r85", R, "fr", "2025-04-03",
         "Le 1er avril 2025, une centaine de combattants de l'EIGS ont prêché dans le village "
         "de Fitili (Ménaka) avant de repartir sans violence.",
         [ev("strategic", "ML", "Fitili", "Menaka", "2025-04-01",
             subtype="armed_group_activity", actors=["Islamic State Sahel"])]),
    item("r86", R, "en", "2024-06-28",
         "On 27 June 2024, hundreds of women and children arrived in Ouallam (Tillaberi) "
         "after fleeing threats by IS Sahel in surrounding villages.",
         [ev("displacement", "NE", "Ouallam", "Tillaberi", "2024-06-27",
             actors=["Islamic State Sahel", "civilians"])]),
    item("r87", R, "en", "2024-09-06",
         "On 5 September 2024, Fulani and Dogon militias clashed near Dinangourou (Koro, "
         "Bandiagara); 7 killed on both sides.",
         [ev("armed_clash", "ML", "Dinangourou", "Bandiagara", "2024-09-05", fat=7,
             actors=["Fulani militia", "Dogon militia"])]),
    item("r88", R, "fr", "2024-10-18",
         "Le 16 octobre 2024, des policiers ont été pris à partie par des orpailleurs à "
         "Kokoyo (Djibo). Un policier tué.",
         [ev("riot", "BF", "Kokoyo", "Sahel", "2024-10-16", fat=1,
             actors=["rioters", "Police Forces of Burkina Faso"])]),
    item("r89", R, "en", "2025-02-21",
         "On 19 February 2025, Ivorian gendarmes arrested 6 suspected members of a jihadist "
         "cell in Tengrela (Bagoue).",
         [ev("arrest", "CI", "Tengrela", "Bagoue", "2025-02-19", arrests=6, subtype="other",
             actors=["Police Forces of Cote d'Ivoire (Gendarmerie)"])]),
    item("r90", R, "en", "2024-05-25",
         "On 23 May 2024, Sudanese police violently dispersed a protest by displaced people in "
         "Gedaref (Gedaref) against evictions from schools; dozens detained.",
         [ev("protest", "SD", "Gedaref", "Gedaref", "2024-05-23",
             actors=["protesters", "Sudanese police"]),
          ev("arrest", "SD", "Gedaref", "Gedaref", "2024-05-23", subtype="other",
             actors=["Sudanese police"], required=False)]),
]
