"""Terse coder records, batch 2 (r91-r170): harder and closer to real ACLED notes for the Sahel,
Lake Chad, the coastal states and Sudan. Hamlets, "PK"/kilometre points, fields, gold-mining
sites, markets and wells instead of villages; spelling variants; units that are a commune, a
department or an LGA only, or none; group abbreviations (FAMa, FDS, VDP, ISSP, NAF, BIR, ANT,
FAB, FAT, SAF, RSF/FSR, DSS); coder conventions ("[size=no report]", "Fatalities unknown",
"On or around", "Around (month of)", "Property destruction:", "Looting:", "Non-violent
activity:"); records whose only country cue is an actor or a demonym. About 15 % French.
Written for the held-out set; incidents invented, places and armed groups real.
"""
from common import ev, item

R = "record"
ITEMS = [
    # --- Burkina Faso ------------------------------------------------------------------------
    item("r91", R, "en", "2025-02-06",
         "On 4 February 2025, JNIM militants ambushed a VDP convoy at PK 18 on the "
         "Djibo-Namssiguia road (Soum). 9 VDP killed; militant fatalities unknown.",
         [ev("armed_clash", "BF", "Djibo", "Sahel", "2025-02-04", fat=9,
             actors=["JNIM", "VDP"])]),
    item("r92", R, "en", "2025-01-13",
         "On or around 11 January 2025, suspected Ansarul Islam militants killed 6 artisanal "
         "miners at a gold panning site near Gaskinde (Soum). [size=no report]",
         [ev("attack_on_civilians", "BF", "Gaskinde", "Sahel", "2025-01-11", fat=6,
             actors=["Ansaroul Islam", "civilians"])]),
    item("r93", R, "en", "2025-03-21",
         "On 20 March 2025, Koglweogo members beat to death a suspected cattle thief they had "
         "detained in Wahiguya.",
         [ev("attack_on_civilians", "BF", "Ouahigouya", "Nord", "2025-03-20", fat=1,
             actors=["Koglweogo", "civilians"])]),
    item("r94", R, "en", "2025-03-04",
         "Property destruction: On 2 March 2025, unidentified armed men burned the school and "
         "the health centre of Sampelga (Sampelga commune). No casualties.",
         [ev("strategic", "BF", "Sampelga", "Sahel", "2025-03-02",
             subtype="looting_property_destruction", actors=["unidentified armed group"])]),
    item("r95", R, "en", "2025-04-10",
         "On 9 April 2025, hundreds of residents demonstrated in Ouahigouya (Yatenga) in "
         "support of the transition and against ECOWAS. [size=hundreds]",
         [ev("protest", "BF", "Ouahigouya", "Nord", "2025-04-09", actors=["protesters"])]),
    item("r96", R, "fr", "2025-02-16",
         "Le 14 février 2025, des hommes armés non identifiés ont enlevé quatre agents de santé "
         "sur l'axe Kantchari-Diapaga, au niveau du PK 40 (Tapoa).",
         [ev("abduction", "BF", "Kantchari", "Est", "2025-02-14",
             actors=["unidentified armed group", "civilians"])]),
    item("r97", R, "en", "2025-05-08",
         "On 6 May 2025, FDS and VDP repelled a militant attack on Solle (Loroum). Over 20 "
         "militants reportedly killed; FDS casualties unknown.",
         [ev("armed_clash", "BF", "Solle", "Nord", "2025-05-06", fat=20,
             actors=["Islamist militants", "Burkinabe Armed Forces"])]),
    item("r98", R, "en", "2025-06-09",
         "Looting: Around (month of) June 2025, JNIM militants looted livestock and food "
         "stocks in several hamlets around Tansarga (Tapoa). Fatalities unknown.",
         [ev("strategic", "BF", "Tansarga", "Est", "2025-06",
             subtype="looting_property_destruction", actors=["JNIM"])]),
    item("r99", R, "en", "2024-11-24",
         "On 22 November 2024, a Burkinabe army drone struck a gathering of JNIM militants at a "
         "well near Tin-Akoff (Oudalan). Fatalities unknown.",
         [ev("remote_violence", "BF", "Tin-Akoff", "Sahel", "2024-11-22",
             subtype="drone_strike", actors=["Burkinabe Armed Forces", "JNIM"])]),
    item("r100", R, "en", "2025-04-20",
         "Non-violent activity: On 18 April 2025, JNIM militants held a sermon at the mosque of "
         "Bani (Seno) and ordered residents to stop cooperating with the VDP.",
         [ev("strategic", "BF", "Bani", "Sahel", "2025-04-18",
             subtype="armed_group_activity", actors=["JNIM"])]),
    item("r101", R, "en", "2025-07-05",
         "On 3 July 2025, gendarmes arrested a journalist of a private radio station in "
         "Koudougou (Boulkiemde) after he criticised the general mobilisation decree.",
         [ev("arrest", "BF", "Koudougou", "Centre-Ouest", "2025-07-03", arrests=1,
             subtype="political", actors=["Burkinabe gendarmerie"])]),
    item("r102", R, "en", "2025-08-29",
         "On 27 August 2025, suspected JNIM militants executed 3 Fulani herders at a cattle "
         "market east of Sebba.",
         [ev("attack_on_civilians", "BF", "Sebba", "Sahel", "2025-08-27", fat=3,
             actors=["JNIM", "civilians"])]),
    item("r103", R, "en", "2024-09-11",
         "On 9 September 2024, a military vehicle struck an IED at PK 7 on the Arbinda-Gorgadji "
         "axis (Soum); 4 soldiers killed.",
         [ev("remote_violence", "BF", "Arbinda", "Sahel", "2024-09-09", subtype="ied", fat=4,
             actors=["unidentified armed group", "Burkinabe Armed Forces"])]),
    item("r104", R, "fr", "2024-11-01",
         "Le 30 octobre 2024, des VDP ont affronté des éléments présumés de l'EIGS près de "
         "Markoye (Oudalan). Bilan inconnu.",
         [ev("armed_clash", "BF", "Markoye", "Sahel", "2024-10-30",
             actors=["VDP", "Islamic State Sahel"])]),
    item("r105", R, "en", "2024-12-03",
         "On 2 December 2024, students burned tyres and threw stones at police in Gaoua (Poni) "
         "after a classmate was run over by a lorry. [size=no report]",
         [ev("riot", "BF", "Gaoua", "Sud-Ouest", "2024-12-02", actors=["rioters"])]),
    # --- Mali --------------------------------------------------------------------------------
    item("r106", R, "en", "2025-01-17",
         "On 15 January 2025, FAMa and Africa Corps elements clashed with FLA combatants near "
         "In-Afarak (Tessalit). FLA claimed 12 soldiers killed.",
         [ev("armed_clash", "ML", "In-Afarak", "Kidal", "2025-01-15", fat=12,
             actors=["Malian Armed Forces", "CSP-DPA"], claimed="FLA")]),
    item("r107", R, "en", "2025-02-25",
         "On or around 23 February 2025, FAMa drones struck a wedding gathering in "
         "Inadiatafane (Gourma-Rharous), killing 8 civilians.",
         [ev("remote_violence", "ML", "Inadiatafane", "Tombouctou", "2025-02-23",
             subtype="drone_strike", fat=8, actors=["Malian Armed Forces", "civilians"])]),
    item("r108", R, "fr", "2025-03-06",
         "Le 4 mars 2025, des hommes armés présumés de la katiba Macina ont incendié des "
         "greniers et enlevé 5 bergers à Dioura (Ténenkou).",
         [ev("abduction", "ML", "Dioura", "Mopti", "2025-03-04",
             actors=["JNIM", "civilians"]),
          ev("strategic", "ML", "Dioura", "Mopti", "2025-03-04",
             subtype="looting_property_destruction", actors=["JNIM"], required=False)]),
    item("r109", R, "en", "2025-04-12",
         "On 10 April 2025, Dan Na Ambassagou militiamen killed 4 Fulani civilians working in a "
         "field near Bankass. [size=no report]",
         [ev("attack_on_civilians", "ML", "Bankass", "Bandiagara", "2025-04-10", fat=4,
             actors=["Dan Na Ambassagou", "civilians"])]),
    item("r110", R, "en", "2025-05-02",
         "On 1 May 2025, a FAMa convoy hit a landmine at Kilometre 12 between Boni and Hombori. "
         "2 soldiers killed.",
         [ev("remote_violence", "ML", "Boni", "Mopti", "2025-05-01", subtype="landmine", fat=2,
             actors=["unidentified armed group", "Malian Armed Forces"])]),
    item("r111", R, "en", "2025-06-07",
         "On 6 June 2025, traders demonstrated in Kayes against repeated power cuts. "
         "[size=no report]",
         [ev("protest", "ML", "Kayes", "Kayes", "2025-06-06", actors=["protesters"])]),
    item("r112", R, "fr", "2025-06-21",
         "Pillage : le 19 juin 2025, des individus armés ont emporté les motopompes et le bétail "
         "d'un campement peul près de Léré (Niafunké). Aucune victime.",
         [ev("strategic", "ML", "Lere", "Tombouctou", "2025-06-19",
             subtype="looting_property_destruction", actors=["unidentified armed group"])]),
    item("r113", R, "en", "2025-07-09",
         "On 7 July 2025, JNIM attacked the FAMa camp in Boulkessi (Douentza). JNIM claimed 30 "
         "soldiers killed; FAMa did not give a toll.",
         [ev("armed_clash", "ML", "Boulkessi", "Mopti", "2025-07-07", fat=30,
             actors=["JNIM", "Malian Armed Forces"], claimed="JNIM")]),
    item("r114", R, "en", "2025-07-22",
         "On 20 July 2025, ISGS militants abducted the chief of Tinabaw hamlet (Menaka) and two "
         "of his sons.",
         [ev("abduction", "ML", "Tinabaw", "Menaka", "2025-07-20",
             actors=["Islamic State Sahel", "civilians"])]),
    item("r115", R, "en", "2025-08-06",
         "Non-violent activity: On 5 August 2025, JNIM lifted its blockade on Lere after an "
         "agreement with local notables.",
         [ev("strategic", "ML", "Lere", "Tombouctou", "2025-08-05", subtype="agreement",
             actors=["JNIM"])]),
    item("r116", R, "en", "2025-08-19",
         "On 18 August 2025, gold miners rioted at the Kobada gold mining site (Kangaba) after "
         "a gendarme shot a miner dead.",
         [ev("riot", "ML", "Kobada", "Koulikoro", "2025-08-18", fat=1,
             actors=["rioters", "Malian gendarmerie"])]),
    item("r117", R, "en", "2025-09-03",
         "On 2 September 2025, FAMa reoccupied the former MINUSMA camp in Ber without "
         "fighting.",
         [ev("strategic", "ML", "Ber", "Tombouctou", "2025-09-02",
             subtype="non_violent_transfer_of_territory", actors=["Malian Armed Forces"])]),
    # --- Niger -------------------------------------------------------------------------------
    item("r118", R, "fr", "2025-01-13",
         "Le 11 janvier 2025, des militants de l'EIGS ont tendu une embuscade aux FDS près d'un "
         "puits à Tiloa (département de Banibangou). 10 militaires tués selon le ministère de la "
         "Défense.",
         [ev("armed_clash", "NE", "Tiloa", "Tillaberi", "2025-01-11", fat=10,
             actors=["Islamic State Sahel", "Nigerien Armed Forces"],
             claimed="Ministry of Defence")]),
    item("r119", R, "en", "2025-02-05",
         "On or around 3 February 2025, Lakurawa militants killed 2 herders near a water point "
         "in Bangui (Madaoua). Fatalities: 2.",
         [ev("attack_on_civilians", "NE", "Bangui", "Tahoua", "2025-02-03", fat=2,
             actors=["Lakurawa", "civilians"])]),
    item("r120", R, "fr", "2025-02-18",
         "Le 17 février 2025, un engin explosif improvisé a détruit un véhicule de l'armée "
         "nigérienne entre Tamou et Say. 3 militaires tués.",
         [ev("remote_violence", "NE", "Tamou", "Tillaberi", "2025-02-17", subtype="ied", fat=3,
             actors=["unidentified armed group", "Nigerien Armed Forces"])]),
    item("r121", R, "en", "2025-03-02",
         "On 1 March 2025, several hundred people demonstrated in Zinder against the presence "
         "of French companies. [size=several hundred]",
         [ev("protest", "NE", "Zinder", "Zinder", "2025-03-01", actors=["protesters"])]),
    item("r122", R, "en", "2025-03-13",
         "On 12 March 2025, the Nigerien junta suspended a national human rights NGO for three "
         "months.",
         [ev("strategic", "NE", None, None, "2025-03-12", subtype="ngo_suspended",
             actors=["Military government of Niger"])]),
    item("r123", R, "en", "2025-04-01",
         "On 30 March 2025, gunmen kidnapped a trader at the weekly market of Guidan Roumdji "
         "(Maradi) and demanded a ransom.",
         [ev("abduction", "NE", "Guidan Roumdji", "Maradi", "2025-03-30",
             actors=["unidentified gunmen", "civilians"])]),
    item("r124", R, "en", "2025-04-11",
         "On 10 April 2025, the army foiled an attack at PK 60 on the Diffa-N'Guigmi road and "
         "killed 5 Boko Haram fighters.",
         [ev("armed_clash", "NE", "Diffa", "Diffa", "2025-04-10", fat=5,
             actors=["Boko Haram", "Nigerien Armed Forces"])]),
    item("r125", R, "en", "2025-05-03",
         "On 2 May 2025, the Nigerien Air Force struck ISSP positions north of Ouallam, near "
         "the Malian border. Fatalities unknown.",
         [ev("remote_violence", "NE", "Ouallam", "Tillaberi", "2025-05-02",
             subtype="airstrike", actors=["Nigerien Armed Forces", "Islamic State Sahel"])]),
    item("r126", R, "en", "2025-05-21",
         "On 20 May 2025, police arrested 14 youths in Tahoua for breaching the night curfew.",
         [ev("arrest", "NE", "Tahoua", "Tahoua", "2025-05-20", arrests=14, subtype="other",
             actors=["Nigerien police"])]),
    item("r127", R, "en", "2025-06-13",
         "On 11 June 2025, ISSP militants killed 12 civilians during Friday prayers at a mosque "
         "in Kokorou (Tera). [size=no report]",
         [ev("attack_on_civilians", "NE", "Kokorou", "Tillaberi", "2025-06-11", fat=12,
             actors=["Islamic State Sahel", "civilians"])]),
    # --- Nigeria -----------------------------------------------------------------------------
    item("r128", R, "en", "2025-01-07",
         "On 5 January 2025, bandits killed 7 farmers working on their fields in Maradun LGA. "
         "[size=no report]",
         [ev("attack_on_civilians", "NG", "Maradun", "Zamfara", "2025-01-05", fat=7,
             actors=["bandits", "civilians"])]),
    item("r129", R, "en", "2025-01-14",
         "On 12 January 2025, ISWAP fighters attacked a military base in Sabon Gari, Damboa "
         "LGA. Troops repelled the attack; 5 soldiers and 11 militants were killed.",
         [ev("armed_clash", "NG", "Sabon Gari", "Borno", "2025-01-12", fat=16,
             actors=["ISWAP", "Nigerian Armed Forces"])]),
    item("r130", R, "en", "2025-01-21",
         "On 20 January 2025, gunmen abducted 15 passengers at Kilometre 30 on the Abuja-Kaduna "
         "highway.",
         [ev("abduction", "NG", "Abuja", "Federal Capital Territory", "2025-01-20",
             actors=["unidentified gunmen", "civilians"])]),
    item("r131", R, "en", "2025-02-03",
         "On or around 1 February 2025, Amotekun operatives clashed with suspected kidnappers "
         "in a forest near Igangan (Ibarapa North, Oyo); 3 kidnappers killed.",
         [ev("armed_clash", "NG", "Igangan", "Oyo", "2025-02-01", fat=3,
             actors=["Amotekun", "kidnappers"])]),
    item("r132", R, "en", "2025-02-15",
         "On 14 February 2025, an IED planted by JAS militants exploded at the fish market in "
         "Konduga (Borno), killing 4 civilians.",
         [ev("remote_violence", "NG", "Konduga", "Borno", "2025-02-14", subtype="ied", fat=4,
             actors=["Boko Haram", "civilians"])]),
    item("r133", R, "en", "2025-03-04",
         "On 3 March 2025, NLC members held a protest in Port Harcourt (Rivers) over unpaid "
         "minimum wage arrears. [size=no report]",
         [ev("protest", "NG", "Port Harcourt", "Rivers", "2025-03-03",
             actors=["protesters"])]),
    item("r134", R, "en", "2025-03-11",
         "On 10 March 2025, youths attacked a police division in Okene (Kogi) after a suspected "
         "kidnapper was released. One rioter was shot dead.",
         [ev("riot", "NG", "Okene", "Kogi", "2025-03-10", fat=1,
             actors=["rioters", "Nigerian police"])]),
    item("r135", R, "en", "2025-03-24",
         "On 22 March 2025, a NAF airstrike targeted Lakurawa militants in Gidan Bisa hamlet, "
         "Silame LGA. Local sources said 10 civilians were among the dead.",
         [ev("remote_violence", "NG", "Gidan Bisa", "Sokoto", "2025-03-22",
             subtype="airstrike", fat=10, actors=["Nigerian Air Force", "Lakurawa"],
             claimed="local sources")]),
    item("r136", R, "en", "2025-04-03",
         "On 2 April 2025, suspected Fulani militiamen attacked Kimakpa village, Bassa LGA "
         "(Plateau), killing 9 villagers.",
         [ev("attack_on_civilians", "NG", "Kimakpa", "Plateau", "2025-04-02", fat=9,
             actors=["Fulani militia", "civilians"])]),
    item("r137", R, "en", "2025-04-19",
         "Looting: On 18 April 2025, bandits looted grain stores in Bakura LGA. No casualties "
         "reported.",
         [ev("strategic", "NG", "Bakura", "Zamfara", "2025-04-18",
             subtype="looting_property_destruction", actors=["bandits"])]),
    item("r138", R, "en", "2025-04-30",
         "On 29 April 2025, DSS operatives arrested a cleric in Kano for allegedly recruiting "
         "for Ansaru.",
         [ev("arrest", "NG", "Kano", "Kano", "2025-04-29", arrests=1, subtype="other",
             actors=["Department of State Services"])]),
    item("r139", R, "en", "2025-05-07",
         "On 6 May 2025, a mob lynched a suspected ISWAP informant at the Mafa market (Borno).",
         [ev("riot", "NG", "Mafa", "Borno", "2025-05-06", fat=1, actors=["rioters"])]),
    item("r140", R, "en", "2025-05-17",
         "Non-violent activity: On 16 May 2025, ISWAP militants mounted checkpoints on the "
         "Maiduguri-Monguno road and collected levies from motorists.",
         [ev("strategic", "NG", "Monguno", "Borno", "2025-05-16",
             subtype="armed_group_activity", actors=["ISWAP"])]),
    item("r141", R, "en", "2025-06-02",
         "Between 30 May and 1 June 2025, about 400 households fled Gajiram and surrounding "
         "hamlets (Nganzai) for Maiduguri after repeated ISWAP raids.",
         [ev("displacement", "NG", "Gajiram", "Borno", "2025-05-30",
             actors=["ISWAP", "civilians"])]),
    # --- Cameroon ----------------------------------------------------------------------------
    item("r142", R, "en", "2025-01-09",
         "On 8 January 2025, Ambazonian separatists killed a municipal councillor in Bafut "
         "(Mezam). [size=no report]",
         [ev("attack_on_civilians", "CM", "Bafut", "North-West", "2025-01-08", fat=1,
             actors=["Ambazonian separatists", "civilians"])]),
    item("r143", R, "en", "2025-01-22",
         "On 21 January 2025, BIR troops and Amba fighters clashed at Ndop (Ngo-Ketunjia); 4 "
         "separatists killed.",
         [ev("armed_clash", "CM", "Ndop", "North-West", "2025-01-21", fat=4,
             actors=["Cameroonian Armed Forces", "Ambazonian separatists"])]),
    item("r144", R, "fr", "2025-02-04",
         "Le 2 février 2025, des éléments de Boko Haram ont enlevé 6 personnes à Mozogo "
         "(Mayo-Tsanaga). Une rançon est exigée.",
         [ev("abduction", "CM", "Mozogo", "Far North", "2025-02-02",
             actors=["Boko Haram", "civilians"])]),
    item("r145", R, "en", "2025-02-18",
         "Property destruction: On 17 February 2025, Ambazonian separatists enforcing a "
         "lockdown burned a bus that defied it in Kumba (Meme). No casualties.",
         [ev("strategic", "CM", "Kumba", "South-West", "2025-02-17",
             subtype="looting_property_destruction", actors=["Ambazonian separatists"])]),
    item("r146", R, "en", "2025-03-05",
         "On 4 March 2025, an IED exploded near a military vehicle on the Bamenda-Bali road. 2 "
         "soldiers wounded; separatists suspected.",
         [ev("remote_violence", "CM", "Bamenda", "North-West", "2025-03-04", subtype="ied",
             actors=["Ambazonian separatists", "Cameroonian Armed Forces"])]),
    item("r147", R, "fr", "2025-03-19",
         "Le 18 mars 2025, des moto-taximen ont manifesté à Garoua (Bénoué) contre les "
         "tracasseries policières. [size=no report]",
         [ev("protest", "CM", "Garoua", "North", "2025-03-18", actors=["protesters"])]),
    item("r148", R, "en", "2025-04-10",
         "On 9 April 2025, Arab Choa and Mousgoum militiamen fought near a well outside Kousseri "
         "(Logone-et-Chari); 3 killed.",
         [ev("armed_clash", "CM", "Kousseri", "Far North", "2025-04-09", fat=3,
             actors=["Arab Choa militia", "Mousgoum militia"])]),
    # --- Chad --------------------------------------------------------------------------------
    item("r149", R, "en", "2025-01-13",
         "On 12 January 2025, Boko Haram militants attacked ANT positions on Barkaram island "
         "(Lac). 8 soldiers killed.",
         [ev("armed_clash", "TD", "Barkaram", "Lac", "2025-01-12", fat=8,
             actors=["Boko Haram", "Chadian Armed Forces"])]),
    item("r150", R, "fr", "2025-01-24",
         "Le 23 janvier 2025, des affrontements entre éleveurs et agriculteurs ont fait 11 "
         "morts à Koumogo (Barh Sara).",
         [ev("armed_clash", "TD", "Koumogo", "Moyen-Chari", "2025-01-23", fat=11,
             actors=["herders", "farmers"])]),
    item("r151", R, "en", "2025-02-08",
         "On 7 February 2025, opposition supporters protested in Moundou (Logone Occidental) "
         "against the election results; police fired tear gas. [size=no report]",
         [ev("protest", "TD", "Moundou", "Logone Occidental", "2025-02-07",
             actors=["protesters", "Chadian police"])]),
    item("r152", R, "en", "2025-03-02",
         "On 1 March 2025, ANS agents arrested 3 officials of Les Transformateurs in "
         "N'Djamena.",
         [ev("arrest", "TD", "N'Djamena", "N'Djamena", "2025-03-01", arrests=3,
             subtype="political", actors=["Chadian security forces"])]),
    item("r153", R, "en", "2025-03-15",
         "On 14 March 2025, rival groups of gold miners exchanged fire at the Kouri Bougoudi "
         "mining site (Tibesti); 6 killed. Fatalities may be higher.",
         [ev("armed_clash", "TD", "Kouri Bougoudi", "Tibesti", "2025-03-14", fat=6,
             actors=["miners militia", "miners militia"])]),
    item("r154", R, "en", "2025-02-20",
         "Around (month of) February 2025, about 3,000 Sudanese refugees arrived in Adre "
         "(Ouaddai) fleeing fighting in El Geneina.",
         [ev("displacement", "TD", "Adre", "Ouaddai", "2025-02", actors=["civilians"])]),
    # --- Benin -------------------------------------------------------------------------------
    item("r155", R, "en", "2025-01-10",
         "On 8 January 2025, JNIM militants attacked a forest guard post near Kerou (Atacora). "
         "5 rangers killed.",
         [ev("armed_clash", "BJ", "Kerou", "Atacora", "2025-01-08", fat=5,
             actors=["JNIM", "Beninese forest rangers"])]),
    item("r156", R, "en", "2025-02-04",
         "On 2 February 2025, suspected JNIM militants abducted 3 herders near Kalale "
         "(Borgou). Fatalities unknown.",
         [ev("abduction", "BJ", "Kalale", "Borgou", "2025-02-02",
             actors=["JNIM", "civilians"])]),
    item("r157", R, "fr", "2025-02-16",
         "Le 15 février 2025, une mine artisanale a explosé au passage d'un tracteur près de "
         "Tanguiéta (Atacora), tuant deux cultivateurs.",
         [ev("remote_violence", "BJ", "Tanguieta", "Atacora", "2025-02-15",
             subtype="landmine", fat=2, actors=["unidentified armed group", "civilians"])]),
    item("r158", R, "en", "2025-03-29",
         "On 28 March 2025, market women protested in Cotonou against their relocation from "
         "Dantokpa. [size=around 300]",
         [ev("protest", "BJ", "Cotonou", "Littoral", "2025-03-28", actors=["protesters"])]),
    item("r159", R, "en", "2025-04-10",
         "On 9 April 2025, FAB soldiers killed 6 militants during a sweep near Alfakoara "
         "(Kandi). Fatalities: 6.",
         [ev("armed_clash", "BJ", "Alfakoara", "Alibori", "2025-04-09", fat=6,
             actors=["Beninese Armed Forces", "Islamist militants"])]),
    item("r160", R, "en", "2025-04-23",
         "On 22 April 2025, residents set fire to the house of a man accused of witchcraft in "
         "Savalou (Collines) and beat him to death.",
         [ev("riot", "BJ", "Savalou", "Collines", "2025-04-22", fat=1, actors=["rioters"])]),
    # --- Togo --------------------------------------------------------------------------------
    item("r161", R, "en", "2025-01-11",
         "On 10 January 2025, suspected JNIM militants killed 4 civilians in a hamlet near "
         "Kpinkankandi (Kpendjal).",
         [ev("attack_on_civilians", "TG", "Kpinkankandi", "Savanes", "2025-01-10", fat=4,
             actors=["JNIM", "civilians"])]),
    item("r162", R, "fr", "2025-03-08",
         "Le 6 mars 2025, des militants présumés du JNIM ont attaqué un poste avancé des FAT à "
         "Sanloaga (Kpendjal-Ouest). Bilan : 3 soldats tués.",
         [ev("armed_clash", "TG", "Sanloaga", "Savanes", "2025-03-06", fat=3,
             actors=["JNIM", "Togolese Armed Forces"])]),
    item("r163", R, "en", "2025-06-27",
         "On 26 June 2025, youths protested in Lome against the new constitution; security "
         "forces dispersed them with tear gas. [size=no report]",
         [ev("protest", "TG", "Lome", "Maritime", "2025-06-26",
             actors=["protesters", "Togolese security forces"])]),
    item("r164", R, "en", "2025-05-15",
         "On 14 May 2025, the Togolese government suspended two French media outlets for three "
         "months.",
         [ev("strategic", "TG", None, None, "2025-05-14", subtype="media_ban",
             actors=["Government of Togo"])]),
    # --- Sudan -------------------------------------------------------------------------------
    item("r165", R, "en", "2025-01-04",
         "On 3 January 2025, the RSF shelled Abu Shouk IDP camp, killing 9 civilians.",
         [ev("remote_violence", "SD", "Abu Shouk", "North Darfur", "2025-01-03",
             subtype="shelling", fat=9, actors=["Rapid Support Forces", "civilians"])]),
    item("r166", R, "en", "2025-01-20",
         "On 18 January 2025, SAF and allied Joint Forces clashed with RSF around Um Kadada "
         "(North Darfur). Fatalities unknown.",
         [ev("armed_clash", "SD", "Um Kadada", "North Darfur", "2025-01-18",
             actors=["Sudanese Armed Forces", "Rapid Support Forces"])]),
    item("r167", R, "en", "2025-02-06",
         "On 5 February 2025, a SAF drone strike hit the market in Kabkabiya. 11 civilians "
         "killed.",
         [ev("remote_violence", "SD", "Kabkabiya", "North Darfur", "2025-02-05",
             subtype="drone_strike", fat=11, actors=["Sudanese Armed Forces", "civilians"])]),
    item("r168", R, "en", "2025-02-24",
         "Looting: On 23 February 2025, RSF fighters looted the livestock market at Tandalti "
         "(White Nile). No fatalities reported.",
         [ev("strategic", "SD", "Tandalti", "White Nile", "2025-02-23",
             subtype="looting_property_destruction", actors=["Rapid Support Forces"])]),
    item("r169", R, "en", "2025-03-07",
         "On 6 March 2025, the RSF killed 15 villagers and abducted 20 others in Abu Gumri "
         "(Al Kamlin, Al Jazirah).",
         [ev("attack_on_civilians", "SD", "Abu Gumri", "Al Jazirah", "2025-03-06", fat=15,
             actors=["Rapid Support Forces", "civilians"]),
          ev("abduction", "SD", "Abu Gumri", "Al Jazirah", "2025-03-06",
             actors=["Rapid Support Forces", "civilians"])]),
    item("r170", R, "fr", "2025-03-21",
         "Le 20 mars 2025, des centaines de manifestants ont défilé à Port-Soudan pour soutenir "
         "l'armée face aux FSR.",
         [ev("protest", "SD", "Port Sudan", "Red Sea", "2025-03-20", actors=["protesters"])]),
]
