"""Wire-style and local-outlet articles, batch 1 (EN and FR, 80-400 words, with background
paragraphs, quotes, claims and counter-claims). Written for the held-out set: the incidents are
invented, the places and armed groups are real.
"""
from common import ev, item

A = "article"
ITEMS = [
    item("a01", A, "en", "2024-06-18",
         """Gunmen kill 12 in raid on village in northern Burkina Faso

OUAGADOUGOU, June 18 - Gunmen on motorcycles killed at least 12 civilians in an attack on Koutougou, a village in the Soum province of northern Burkina Faso, on Sunday, residents and a local official said.

The attackers surrounded the weekly market at around 10 a.m., opened fire on traders and set fire to stalls before leaving towards the Malian border, two residents told this agency by phone. "They went from stall to stall. Nobody was spared," one of them said, asking not to be named for fear of reprisals.

A local official put the toll at 12 dead and several wounded, while a humanitarian source said the figure could be higher. No group has claimed responsibility, but the area is a stronghold of the al Qaeda-linked JNIM, which has besieged the provincial capital Djibo for more than two years.

The government, which took power in a coup in September 2022, did not comment. It rarely communicates on attacks against civilians.

Violence linked to jihadist groups has killed thousands of people in Burkina Faso since 2015 and forced more than two million from their homes.""",
         [ev("attack_on_civilians", "BF", "Koutougou", "Sahel", "2024-06-16", fat=12,
             actors=["unidentified gunmen", "civilians"], claimed="local official"),
          ev("coup", "BF", None, None, "2022-09", subtype="seizure", required=False),
          ev("displacement", "BF", None, None, None, required=False)]),
    item("a02", A, "fr", "2024-09-11",
         """Mali : l'armée affirme avoir « neutralisé » une trentaine de terroristes près de Nara

BAMAKO, 11 septembre - Les Forces armées maliennes (FAMa) ont annoncé mardi avoir « neutralisé » une trentaine de terroristes lors d'une opération aérienne et terrestre dans la zone de Guiré, dans le cercle de Nara (région de Koulikoro), près de la frontière mauritanienne.

Dans un communiqué, l'état-major général des armées précise que l'opération, menée dimanche, visait « une base logistique » des groupes armés. Des motos, des armes et des moyens de communication ont été saisis, selon la même source.

Des habitants joints par téléphone affirment cependant que plusieurs civils, dont des bergers, figurent parmi les victimes. « Ce sont nos parents qui faisaient paître leurs animaux », a déclaré un notable de la localité. Ces informations n'ont pas pu être vérifiées de manière indépendante.

L'armée malienne, appuyée depuis 2021 par des paramilitaires russes, mène des opérations régulières dans le centre et l'ouest du pays, où sévit le Groupe de soutien à l'islam et aux musulmans (JNIM), affilié à Al-Qaïda.""",
         [ev("armed_clash", "ML", "Guire", "Koulikoro", "2024-09-08", fat=30,
             actors=["Malian Armed Forces", "Islamist militants"], claimed="Malian army general staff")]),
    item("a03", A, "en", "2024-03-26",
         """Suspected jihadists abduct dozens of women near Arbinda

Suspected jihadists abducted about 50 women who had gone to gather wild fruit and leaves outside Arbinda, in Burkina Faso's Soum province, local sources said on Tuesday.

The women left the town in several groups on Thursday and Friday. Some managed to escape and walk back, and told relatives that armed men had loaded the others onto carts and motorbikes, according to a resident.

"We are living under blockade. Food does not reach us, and when the women go out to find leaves, this happens," a community leader said.

The regional governor's office said in a statement that "all the means" were being deployed to find the women. The government spokesman declined to comment.

Arbinda, like many towns in the Sahel region, has been cut off for months by armed groups who mine the roads and attack supply convoys. Aid agencies have airlifted food in by helicopter.""",
         [ev("abduction", "BF", "Arbinda", "Sahel", "2024-03-21",
             actors=["Islamist militants", "civilians"], claimed="local sources")]),
    item("a04", A, "fr", "2024-11-05",
         """Niger : au moins 15 soldats tués dans une embuscade près de la frontière malienne

NIAMEY, 5 novembre - Au moins quinze soldats nigériens ont été tués dimanche dans une embuscade tendue par des « terroristes » près de Tiloa, dans la région de Tillabéri, a annoncé lundi le ministère de la Défense.

Une colonne de l'armée escortait un convoi de camions de vivres lorsqu'elle a été prise à partie par « plus d'une centaine de terroristes à moto », selon le communiqué lu à la télévision nationale. Le ministère affirme que « plusieurs dizaines » d'assaillants ont été tués et que deux pick-up ennemis ont été détruits.

L'attaque n'a pas été revendiquée mais la zone, proche de Ménaka au Mali, est une zone d'action de l'État islamique au Sahel. Trois jours de deuil national ont été décrétés.

Depuis le coup d'État du 26 juillet 2023, qui a renversé le président Mohamed Bazoum, le régime militaire du général Abdourahamane Tiani a rompu avec la France et s'est rapproché de la Russie.""",
         [ev("armed_clash", "NE", "Tiloa", "Tillaberi", "2024-11-03", fat=15,
             actors=["Islamist militants", "Nigerien Armed Forces"],
             claimed="Nigerien Ministry of Defence"),
          ev("coup", "NE", None, None, "2023-07-26", subtype="seizure", required=False)]),
    item("a05", A, "en", "2024-08-13",
         """Bandits kill 20, abduct dozens in Zamfara village attack

GUSAU, Nigeria, Aug 13 - Armed bandits killed at least 20 people and kidnapped dozens more in an overnight attack on Kadawa village in Zamfara state's Gusau local government area, residents and police said on Tuesday.

The gunmen arrived on more than 100 motorcycles shortly after midnight and went from house to house, a resident who escaped said. "They shot anyone who tried to run," he said.

A Zamfara police spokesman confirmed the attack but said 14 people were killed, adding that tactical teams had been deployed to the area.

Local leaders said the gunmen demanded protection levies from the village last month. Northwest Nigeria has for years been plagued by heavily armed criminal gangs, known locally as bandits, who raid villages, kidnap for ransom and impose taxes on farmers.""",
         [ev("attack_on_civilians", "NG", "Kadawa", "Zamfara", "2024-08-12", fat=14,
             fat_max=20, actors=["bandits", "civilians"]),
          ev("abduction", "NG", "Kadawa", "Zamfara", "2024-08-12",
             actors=["bandits", "civilians"])]),
    item("a06", A, "en", "2024-04-30",
         """Sudan's RSF accused of killing dozens in Gezira village

Sudan's paramilitary Rapid Support Forces killed at least 35 people in an attack on a village in Al Jazirah state on Monday, a local resistance committee and medical sources said.

The fighters stormed Wad Ashana, east of Wad Madani, firing indiscriminately and looting homes, the committee said in a statement on social media, posting the names of 35 victims. A doctor at a hospital in a nearby town said it had received 22 wounded.

The RSF denied targeting civilians, saying in a statement that its forces had clashed with "army-allied militias" in the area.

The war between the RSF and the Sudanese army broke out in April 2023 and has killed tens of thousands of people, according to aid agencies, and displaced more than 10 million.""",
         [ev("attack_on_civilians", "SD", "Wad Ashana", "Al Jazirah", "2024-04-29", fat=35,
             actors=["Rapid Support Forces", "civilians"],
             claimed="local resistance committee")]),
    item("a07", A, "fr", "2024-07-04",
         """Bénin : deux militaires tués par l'explosion d'un engin dans le parc W

COTONOU, 4 juillet - Deux militaires béninois ont été tués et quatre autres blessés mercredi par l'explosion d'un engin explosif improvisé au passage de leur véhicule dans le parc W, dans la commune de Karimama (département de l'Alibori), a-t-on appris de sources sécuritaires.

Le véhicule faisait partie d'une patrouille de l'opération Mirador, déployée dans le nord du pays depuis 2022 pour faire face aux incursions de groupes jihadistes venus du Burkina Faso et du Niger voisins.

« La patrouille rentrait d'une mission de reconnaissance quand l'engin a explosé », a précisé une source militaire. Les blessés ont été évacués vers l'hôpital de Kandi.

Le gouvernement n'a pas communiqué sur l'incident. Le nord du Bénin a connu plusieurs dizaines d'attaques depuis 2021, la plupart attribuées au JNIM.""",
         [ev("remote_violence", "BJ", "Karimama", "Alibori", "2024-07-03", fat=2, subtype="ied",
             actors=["unidentified armed group", "Beninese Armed Forces"],
             claimed="security sources")]),
    item("a08", A, "en", "2024-10-16",
         """Cameroon: suicide bomber kills six at Far North market

YAOUNDE, Oct 16 - A suicide bomber killed six people and wounded at least ten at a crowded market in Kolofata, in Cameroon's Far North region, on Tuesday, a local official and a security source said.

The attacker, a young woman, detonated her explosives near the livestock market in the early afternoon, the official said. Among the dead were two children.

No group immediately claimed the attack. Boko Haram and its rival, the Islamic State West Africa Province (ISWAP), have carried out similar attacks across the Lake Chad basin, often using women and children as bombers.

Cameroon's army has been fighting the insurgency along the Nigerian border for a decade. Last month, troops said they had dismantled several camps in the Mandara mountains.""",
         [ev("remote_violence", "CM", "Kolofata", "Far North", "2024-10-15", fat=6,
             subtype="suicide_bombing", actors=["unidentified armed group", "civilians"]),
          ev("armed_clash", "CM", None, "Far North", "2024-09",
             actors=["Cameroonian Armed Forces", "Boko Haram"], required=False)]),
    item("a09", A, "fr", "2024-02-22",
         """Tchad : manifestation dispersée à N'Djamena, plusieurs interpellations

N'DJAMENA, 22 février - La police tchadienne a dispersé jeudi à coups de gaz lacrymogènes une manifestation de l'opposition dans le quartier de Moursal, à N'Djamena, et interpellé au moins 18 personnes, selon les organisateurs.

Plusieurs centaines de personnes s'étaient rassemblées à l'appel du parti Les Transformateurs pour dénoncer le calendrier électoral. « Nous manifestions pacifiquement, et ils nous ont chargés sans sommation », a affirmé un responsable du parti.

Le ministère de la Sécurité publique a indiqué que la manifestation n'avait pas été autorisée et que « quelques individus » avaient été conduits au commissariat pour vérification d'identité, sans donner de chiffre.

Le Tchad est dirigé depuis avril 2021 par Mahamat Idriss Déby, arrivé au pouvoir après la mort de son père.""",
         [ev("protest", "TD", "N'Djamena", "N'Djamena", "2024-02-22",
             actors=["Les Transformateurs supporters", "Chadian police"]),
          ev("arrest", "TD", "N'Djamena", "N'Djamena", "2024-02-22", arrests=18,
             subtype="political", actors=["Chadian police", "Les Transformateurs supporters"],
             claimed="organisers")]),
    item("a10", A, "en", "2024-12-09",
         """Mali: drone strike kills 'terrorist leader', residents say civilians died

BAMAKO, Dec 9 - Mali's armed forces said on Sunday a drone strike had killed a senior commander of an Islamist group near Aguelhok in the northern Kidal region, while local residents said several civilians had also died.

The army said in a statement on state television that the strike on Saturday targeted "a meeting of terrorist leaders" and killed "about ten" fighters.

A resident of Aguelhok said the strike hit a house where a family was preparing a naming ceremony. "Five people from the same family are dead, including women," he said. A Tuareg separatist alliance, the CSP-DPA, called the strike a "war crime".

Mali's junta has relied increasingly on Turkish-made drones since it recaptured the town of Kidal from the separatists in November 2023.""",
         [ev("remote_violence", "ML", "Aguelhok", "Kidal", "2024-12-07", fat=10,
             subtype="drone_strike", actors=["Malian Armed Forces"],
             claimed="Malian army")]),
    item("a11", A, "fr", "2025-01-21",
         """Burkina : une attaque contre le détachement de Djibo repoussée, selon l'armée

OUAGADOUGOU, 21 janvier - L'armée burkinabè affirme avoir repoussé dimanche une « attaque d'envergure » contre le détachement militaire de Djibo, chef-lieu de la province du Soum, et « neutralisé plus d'une centaine de terroristes ».

Selon l'Agence d'information du Burkina (AIB), les assaillants, venus en grand nombre, ont tenté de prendre d'assaut plusieurs positions de la ville à l'aube. Les combats ont duré près de six heures. L'armée reconnaît « quelques pertes » dans ses rangs, sans plus de précisions.

Le JNIM a revendiqué l'attaque sur ses canaux de propagande, affirmant avoir tué « des dizaines de soldats et de supplétifs ». Ces bilans contradictoires n'ont pas pu être vérifiés.

Djibo, qui compte plusieurs centaines de milliers de déplacés, est sous blocus depuis 2022.""",
         [ev("armed_clash", "BF", "Djibo", "Sahel", "2025-01-19", fat=100,
             actors=["JNIM", "Burkinabe Armed Forces"], claimed="Burkinabe army")]),
    item("a12", A, "en", "2024-05-22",
         """Togo says 'terrorists' killed soldiers in northern outpost attack

LOME, May 22 - Togo's government said on Wednesday that an attack by "terrorists" on a military outpost in the northern Savanes region killed eight soldiers and wounded 13.

Government spokesman said the attack took place before dawn on Monday near Kpinkankandi, in the Kpendjal prefecture close to the border with Burkina Faso. Soldiers "fought back vigorously", he said, without giving a toll for the attackers.

It was one of the deadliest attacks Togo has acknowledged since jihadist violence began spilling across its northern border in 2021. The government rarely discloses casualties, and a state of emergency has been in force in the region since 2022.""",
         [ev("armed_clash", "TG", "Kpinkankandi", "Savanes", "2024-05-20", fat=8,
             actors=["Islamist militants", "Togolese Armed Forces"], claimed="Government of Togo")]),
    item("a13", A, "en", "2024-07-23",
         """ISWAP fighters kill farmers, burn homes in Borno raid

MAIDUGURI, Nigeria, July 23 - Islamic State West Africa Province (ISWAP) fighters killed nine farmers and burned dozens of homes in a raid on Mairamri village near Konduga, in Nigeria's northeastern Borno state, a militia leader said on Tuesday.

The militants arrived in trucks on Monday afternoon and opened fire on farmers in their fields, said a leader of the government-backed Civilian Joint Task Force. "They also took away their cattle," he said.

A spokesman for the Borno state police command said officers had been deployed but gave no toll.

Jihadist violence in northeast Nigeria has killed more than 40,000 people and displaced around two million since Boko Haram launched its insurgency in 2009. ISWAP split from Boko Haram in 2016.""",
         [ev("attack_on_civilians", "NG", "Mairamri", "Borno", "2024-07-22", fat=9,
             actors=["ISWAP", "civilians"], claimed="Civilian Joint Task Force")]),
    item("a14", A, "fr", "2024-06-28",
         """Côte d'Ivoire : un gendarme tué lors d'une attaque dans le nord

ABIDJAN, 28 juin - Un gendarme ivoirien a été tué et un autre blessé dans la nuit de mercredi à jeudi lors d'une attaque contre un poste de contrôle à Tougbo, dans le département de Téhini (région du Bounkani), près de la frontière avec le Burkina Faso, a annoncé l'état-major.

Les assaillants, « une dizaine d'individus armés », ont pris la fuite après un échange de tirs, selon le communiqué. Des opérations de ratissage sont en cours.

Le nord de la Côte d'Ivoire avait été visé par une série d'attaques jihadistes en 2020 et 2021, dont celle de Kafolo qui avait coûté la vie à 14 soldats. Depuis, le pays a renforcé sa présence militaire et lancé des programmes sociaux pour les jeunes des zones frontalières.""",
         [ev("armed_clash", "CI", "Tougbo", "Bounkani", "2024-06-27", fat=1,
             actors=["unidentified armed group", "Ivorian Armed Forces"],
             claimed="Ivorian army general staff"),
          ev("armed_clash", "CI", "Kafolo", "Savanes", "2020", fat=14, required=False)]),
    item("a15", A, "en", "2024-03-05",
         """Burkina junta suspends two foreign broadcasters over massacre reports

OUAGADOUGOU, March 5 - Burkina Faso's communications regulator on Monday suspended two international radio and television broadcasters for two weeks over their coverage of a report accusing the army of killing civilians.

The Superior Council of Communication said the broadcasters had relayed "unfounded accusations" that would "demoralise the fighting forces". It also ordered internet providers to block their websites.

Rights groups condemned the decision. "This is one more step in the silencing of independent information," a regional press freedom official said.

The military government, led by Captain Ibrahim Traore since a coup in September 2022, has expelled several foreign journalists and suspended French media outlets.""",
         [ev("strategic", "BF", None, None, "2024-03-04", subtype="media_ban",
             actors=["Military government of Burkina Faso"]),
          ev("coup", "BF", None, None, "2022-09", subtype="seizure", required=False)]),
    item("a16", A, "fr", "2024-10-01",
         """Nigeria : des centaines de manifestants contre la vie chère à Kano, un mort

KANO, 1er octobre - Des centaines de jeunes sont descendus dans les rues de Kano mardi pour protester contre la hausse des prix, et un manifestant a été tué lorsque la police a ouvert le feu pour disperser la foule, selon Amnesty International.

Des manifestants ont pillé un entrepôt et incendié des pneus devant le siège du gouvernement de l'État. La police a confirmé « des actes de vandalisme » et annoncé l'arrestation de 42 personnes, mais a démenti avoir utilisé des balles réelles.

Ces manifestations, baptisées « Fin du mauvais gouvernement », se sont étendues à plusieurs villes du nord du pays, où l'inflation dépasse 30 %.""",
         [ev("riot", "NG", "Kano", "Kano", "2024-10-01", fat=1,
             actors=["rioters", "Nigerian police"], claimed="Amnesty International"),
          ev("arrest", "NG", "Kano", "Kano", "2024-10-01", arrests=42, subtype="political",
             actors=["Nigerian police"], required=False)]),
    item("a17", A, "en", "2025-02-18",
         """Thousands flee fighting around Sudan's El Obeid

KHARTOUM, Feb 18 - More than 12,000 people have fled villages around El Obeid, the capital of Sudan's North Kordofan state, in the past week as fighting between the army and the Rapid Support Forces moved closer to the city, the International Organization for Migration said.

Most of the displaced have reached the city itself, where they are sheltering in schools and mosques, the agency said. "People arrive with nothing. Some walked for three days," an aid worker said.

The RSF has been trying to cut the road between El Obeid and the capital since the army pushed it out of much of Khartoum. Clashes were reported on Sunday near the village of Um Sumeima, west of the city, with both sides claiming gains.""",
         [ev("displacement", "SD", "El Obeid", "North Kordofan", "2025-02", 
             actors=["civilians"], claimed="IOM"),
          ev("armed_clash", "SD", "Um Sumeima", "North Kordofan", "2025-02-16",
             actors=["Sudanese Armed Forces", "Rapid Support Forces"])]),
    item("a18", A, "en", "2024-09-02",
         """Guinea: opposition activists detained ahead of banned march

CONAKRY, Sept 2 - Guinean security forces detained at least 30 opposition activists in Conakry's Ratoma district on Monday, hours before a march the authorities had banned, their coalition said.

The Forces Vives de Guinee coalition said those detained included two senior members of the Union of Democratic Forces of Guinea (UFDG). Police did not respond to requests for comment.

Guinea's junta, led by General Mamady Doumbouya since he ousted President Alpha Conde in 2021, banned all street demonstrations in 2022. Dozens of protesters have been killed in clashes with security forces since then, according to rights groups.""",
         [ev("arrest", "GN", "Conakry", "Conakry", "2024-09-02", arrests=30, subtype="political",
             actors=["Guinean security forces", "Forces Vives de Guinee"],
             claimed="Forces Vives de Guinee"),
          ev("coup", "GN", None, None, "2021", subtype="seizure", required=False)]),
    item("a19", A, "fr", "2024-12-17",
         """Mali : des hommes armés incendient un village et tuent plusieurs habitants dans le centre

MOPTI, 17 décembre - Des hommes armés ont tué au moins sept habitants et incendié des dizaines de cases dimanche dans le village de Sarakala, commune de Ouonkoro (cercle de Bankass), dans la région de Mopti, selon des élus locaux.

« Ils sont arrivés vers 17 heures, ont encerclé le village et ont tiré sur tous ceux qui tentaient de fuir », a raconté un habitant réfugié à Bankass. Des greniers et du bétail ont également été emportés.

Une association de la communauté dogon accuse des jihadistes de la katiba Macina, liée au JNIM. Aucune revendication n'a été enregistrée. L'armée malienne n'a pas réagi.

Le centre du Mali est le théâtre depuis 2015 de violences jihadistes et intercommunautaires qui ont fait des milliers de morts.""",
         [ev("attack_on_civilians", "ML", "Sarakala", "Mopti", "2024-12-15", fat=7,
             actors=["JNIM", "civilians"], claimed="local elected officials")]),
    item("a20", A, "en", "2024-11-27",
         """Nigerian Air Force strike kills 'scores' of bandits in Katsina forest, military says

ABUJA, Nov 27 - The Nigerian Air Force said on Wednesday that an air strike had killed "scores" of bandits and destroyed their hideouts in the Rugu forest in Katsina state's Safana local government area.

Air Force spokesman said the strike, carried out on Monday, followed intelligence reports that a notorious bandit leader was hosting a meeting of commanders. It did not say whether the leader was killed.

Residents of nearby villages said they heard several explosions. One resident said two herders from his village were among the dead, a claim the military did not address.

Nigeria has stepped up air operations against armed gangs in the northwest this year, but several strikes have killed civilians.""",
         [ev("remote_violence", "NG", "Safana", "Katsina", "2024-11-25", subtype="airstrike",
             actors=["Nigerian Air Force", "bandits"], claimed="Nigerian Air Force")]),
]
