"""Wire-style and local-outlet articles, batch 3: long pages (300-400 words) — weekly round-ups
with several events in several countries, press conferences listing incidents, features with a
current event buried in history. Written for the held-out set: incidents invented, places and
groups real.
"""
from common import ev, item

A = "article"
ITEMS = [
    item("a41", A, "en", "2024-10-21",
         """SAHEL WEEK: Attacks in three countries as rainy season ends

Our weekly round-up of security in the central Sahel.

BURKINA FASO. Suspected jihadists attacked a gendarmerie post in Sebba, in the Yagha province, on Tuesday. A security source said six gendarmes were killed and the post was set on fire; the attackers took weapons and fuel. The government has not commented.

MALI. In the Segou region, armed men on motorbikes killed four villagers and burned a granary in Sokolo, in the Niono circle, on Thursday, according to a local councillor. The army says it has increased patrols along the canals of the Office du Niger.

Separately, the Malian army said its drones had destroyed "a terrorist logistics depot" near Boulkessi, on the border with Burkina Faso, on Friday. It gave no casualty figures.

NIGER. No major attack was reported in the Tillaberi region this week, but residents of Ayorou said armed men had warned herders not to cross the river. Aid groups are preparing for the lean season.

ANALYSIS. The end of the rainy season usually brings a rise in attacks, as roads become passable again. Last year, October and November were among the deadliest months in Burkina Faso, where more than 400 people were killed in a single weekend of attacks in November 2023, according to a count by a monitoring group.

The three juntas, which formed the Alliance of Sahel States (AES) in 2023, announced in Niamey this month the creation of a joint force of 5,000 troops. Analysts are sceptical that it will change the balance of power quickly.

Next week: a special report on the fuel blockade in western Mali.""",
         [ev("armed_clash", "BF", "Sebba", "Sahel", "2024-10-15", fat=6,
             actors=["Islamist militants", "Burkinabe gendarmerie"], claimed="security source"),
          ev("attack_on_civilians", "ML", "Sokolo", "Segou", "2024-10-17", fat=4,
             actors=["armed men on motorbikes", "civilians"], claimed="local councillor"),
          ev("remote_violence", "ML", "Boulkessi", "Mopti", "2024-10-18", subtype="drone_strike",
             actors=["Malian Armed Forces", "Islamist militants"], claimed="Malian army"),
          ev("attack_on_civilians", "BF", None, None, "2023-11", fat=400, required=False),
          ev("strategic", "NE", "Niamey", None, "2024-10", subtype="joint_force",
             required=False)]),
    item("a42", A, "fr", "2024-05-16",
         """Tahoua : le gouverneur fait le point sur la situation sécuritaire

Le gouverneur de la région de Tahoua a animé mercredi une conférence de presse consacrée à la situation sécuritaire dans le nord de la région, notamment dans les départements de Tillia et de Tassara.

Selon lui, une colonne de « bandits armés » a attaqué dans la nuit de samedi à dimanche le village d'Agando, dans la commune de Tillia, où elle a tué trois éleveurs et emporté plus de 200 têtes de bétail. « Les Forces de défense et de sécurité ont aussitôt engagé la poursuite », a-t-il assuré, précisant que deux des assaillants avaient été « neutralisés » et une partie du bétail récupérée.

Le gouverneur a également annoncé l'interpellation de onze personnes soupçonnées de fournir du carburant et des vivres aux groupes armés, lors d'une opération menée lundi sur le marché de Tassara. « Nous n'allons pas tolérer la complicité », a-t-il martelé.

Il a enfin reconnu qu'environ 1 200 personnes avaient quitté les hameaux situés au nord de Tillia depuis le début du mois pour s'installer près du chef-lieu du département, et lancé un appel aux partenaires humanitaires.

Interrogé sur la présence de l'État islamique au Sahel dans la zone, le gouverneur a refusé de citer un groupe en particulier. Depuis 2017, la région de Tahoua a connu plusieurs attaques meurtrières contre l'armée, dont celle de Tillia en 2023.

La conférence s'est tenue en présence des responsables des forces de défense et de sécurité et des chefs traditionnels.""",
         [ev("attack_on_civilians", "NE", "Agando", "Tahoua", "2024-05-12", fat=3,
             actors=["bandits", "civilians"], claimed="Governor of Tahoua"),
          ev("armed_clash", "NE", "Agando", "Tahoua", "2024-05-12", fat=2,
             actors=["Nigerien security forces", "bandits"], required=False),
          ev("arrest", "NE", "Tassara", "Tahoua", "2024-05-13", arrests=11, subtype="other",
             actors=["Nigerien security forces"], claimed="Governor of Tahoua"),
          ev("displacement", "NE", "Tillia", "Tahoua", "2024-05",
             actors=["civilians"], claimed="Governor of Tahoua")]),
    item("a43", A, "en", "2024-06-07",
         """'They came at noon': survivors recount RSF assault on Gezira village

WAD MADANI, Sudan, June 7 - Survivors of an attack on the village of Tamboul in Sudan's Al Jazirah state said fighters of the paramilitary Rapid Support Forces surrounded the village at midday on Wednesday and shelled it before entering on pickup trucks.

"They came at noon. First the shells, then the shooting," said a farmer who hid in an irrigation canal with his children. He said he helped bury 40 people the next morning.

A local resistance committee put the death toll at more than 100, including 35 children, and published photographs of a mass grave. The Sudanese government condemned what it called a "massacre" and called on the international community to designate the RSF a terrorist organisation.

The RSF said in a statement on Thursday that its forces had attacked three army and militia camps in the area and "did not target civilians". It accused the army of arming villagers.

UN officials said they were "horrified" by the reports and called for an independent investigation. The UN's humanitarian coordinator said the attack had displaced several thousand people to nearby villages.

Al Jazirah, Sudan's main agricultural state, fell largely under RSF control in December 2023 when the paramilitary took Wad Madani, the state capital, prompting hundreds of thousands of people to flee for a second time after escaping the fighting in Khartoum.

The war, which began in April 2023, has created what the UN calls the world's largest displacement crisis.""",
         [ev("attack_on_civilians", "SD", "Tamboul", "Al Jazirah", "2024-06-05",
             fat=100, actors=["Rapid Support Forces", "civilians"],
             claimed="local resistance committee"),
          ev("displacement", "SD", "Tamboul", "Al Jazirah", "2024-06-05",
             actors=["civilians"], required=False),
          ev("armed_clash", "SD", "Wad Madani", "Al Jazirah", "2023-12", required=False)]),
    item("a44", A, "fr", "2024-09-13",
         """Ouest du Mali : le JNIM brûle des camions-citernes, trois chauffeurs tués

KAYES, 13 septembre - Des combattants du Groupe de soutien à l'islam et aux musulmans (JNIM) ont incendié mercredi une quinzaine de camions-citernes sur la route reliant Kayes à Diboli, près de la frontière sénégalaise, et tué trois chauffeurs, selon le syndicat des transporteurs et des sources locales.

Les camions, qui transportaient du carburant depuis le port de Dakar, ont été arrêtés à un faux barrage près du village de Sandaré, dans le cercle de Nioro du Sahel, a précisé un responsable syndical. « Ils ont fait descendre les chauffeurs, en ont abattu trois qui tentaient de fuir, puis ont mis le feu aux citernes », a-t-il raconté.

Le JNIM a revendiqué l'attaque dans un communiqué, affirmant agir dans le cadre du « blocus » qu'il a décrété contre les importations de carburant vers le Mali. Le groupe avait menacé début septembre de s'en prendre à tout véhicule transportant du carburant.

L'armée malienne a annoncé avoir renforcé les escortes des convois et « neutralisé » plusieurs terroristes dans la zone, sans autre précision.

À Bamako, les files d'attente s'allongent devant les stations-service depuis deux semaines, et le prix du litre d'essence a doublé au marché noir. Plusieurs écoles ont repoussé la rentrée faute de carburant pour les bus.

Le JNIM, affilié à Al-Qaïda, étend depuis 2023 ses opérations vers l'ouest et le sud du Mali, près des frontières du Sénégal et de la Mauritanie.""",
         [ev("attack_on_civilians", "ML", "Sandare", "Kayes", "2024-09-11", fat=3,
             actors=["JNIM", "civilians"], claimed="transporters' union"),
          ev("strategic", "ML", "Sandare", "Kayes", "2024-09-11",
             subtype="looting_property_destruction", actors=["JNIM"], required=False),
          ev("strategic", "ML", None, None, "2024-09", subtype="blockade", actors=["JNIM"],
             required=False)]),
    item("a45", A, "en", "2025-06-16",
         """Benue: Death toll in Daudu attack rises as governor, police give different figures

MAKURDI, June 16 - The death toll from an overnight attack on Daudu, a farming community in Guma Local Government Area of Benue State, has risen to at least 59, the state governor said on Sunday, while the police put the figure at 43.

Gunmen suspected to be armed herders stormed the community from several directions at about 11 p.m. on Friday, shooting residents and setting fire to houses, including a building where displaced families had taken shelter, survivors said.

"I counted the bodies myself," a youth leader told reporters at the general hospital in Makurdi, where dozens of injured people were being treated. Amnesty International, citing its contacts, said "more than 100" people may have died, a figure the state government did not confirm.

The Benue State Police Command said in a statement that officers had arrested five suspects and recovered two rifles. A spokeswoman said the police figure of 43 "is based on bodies recovered so far".

The presidency condemned the killings and ordered security chiefs to the state. Leaders of a herders' association denied involvement and called for an investigation.

Benue, in Nigeria's north-central region, has for years suffered deadly clashes between farmers and herders competing for land, which have killed thousands since 2018.""",
         [ev("attack_on_civilians", "NG", "Daudu", "Benue", "2025-06-13", fat=43,
             fat_max=100, actors=["unidentified gunmen", "civilians"],
             claimed="Benue State Police Command"),
          ev("arrest", "NG", "Daudu", "Benue", "2025-06", arrests=5, subtype="other",
             actors=["Nigerian police"], required=False)]),
    item("a46", A, "fr", "2024-11-29",
         """Cameroun : un maire enlevé et deux soldats tués dans le Nord-Ouest anglophone

YAOUNDÉ, 29 novembre - Des séparatistes armés ont enlevé mercredi le maire de la commune de Ndop, dans la région anglophone du Nord-Ouest du Cameroun, a-t-on appris jeudi de sources municipales et sécuritaires.

L'élu a été intercepté sur la route de Bamenda par des hommes armés qui ont incendié son véhicule, selon un de ses adjoints. Un groupe séparatiste a revendiqué l'enlèvement dans une vidéo diffusée sur les réseaux sociaux, réclamant une rançon et la libération de combattants détenus.

Le même jour, deux soldats ont été tués dans l'explosion d'un engin explosif improvisé au passage de leur véhicule blindé à Bambui, près de Bamenda, a indiqué une source militaire, qui attribue l'attaque aux « terroristes sécessionnistes ».

Le conflit dans les régions anglophones du Nord-Ouest et du Sud-Ouest a éclaté fin 2017, lorsque des séparatistes ont proclamé l'indépendance d'une « Ambazonie » après la répression de manifestations d'enseignants et d'avocats. Selon l'International Crisis Group, il a fait plus de 6 000 morts.

Les autorités accusent les séparatistes d'avoir enlevé des dizaines d'élus locaux depuis 2020. Les séparatistes, eux, accusent l'armée d'exécutions sommaires et d'incendies de villages.""",
         [ev("abduction", "CM", "Ndop", "North-West", "2024-11-27",
             actors=["Ambazonian separatists", "civilians"]),
          ev("remote_violence", "CM", "Bambui", "North-West", "2024-11-27", fat=2,
             subtype="ied", actors=["Ambazonian separatists", "Cameroonian Armed Forces"],
             claimed="military source")]),
]
