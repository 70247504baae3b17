# sense.tpl - sense traps: violent words in sports, business, entertainment, weather,
# accidents and history, and place names that are also first names or parts of other
# names.  No text here reports a current political-violence event: every case expects
# no event ("none").  History pieces recall old events, which a coder marks as background
# (`vigil extract` leaves background out unless --historical).
# Format: as negation.tpl (id, lang, var, expect, text; the same slots and [a|b] choices).
# Written for this suite; no sentence comes from a news text.
sn.sp1	en	sports	none	The quarterback's overthrown pass in the final minute cost the Bengals the game, and [Chad|Chad Ochoa|Chad Reed] Williams never caught the ball.
sn.sp2	en	sports	none	{C}'s attack on the goal finally paid off in the 80th minute, when the striker's shot beat the keeper in {CAP}.
sn.sp3	en	sports	none	The golfer shot a 68 on Sunday to seize a two-stroke lead at the open in {CAP}.
sn.sp4	en	sports	none	The visitors were massacred 5-0 by {C} in the qualifier, and their coach said his defence had been executed on the counter-attack.
sn.sp5	en	sports	none	A late hat-trick killed off the contest as {C} crushed their neighbours in {CAP} on Saturday.
sn.sp6	en	sports	none	{C}'s defence was bombarded with crosses but held on for a goalless draw in {CAP}.
sn.sp7	en	sports	none	The champions were ambushed by a stoppage-time goal and {C} snatched a 1-1 draw in {CAP}.
sn.sp8	en	sports	none	The boxer from {C} knocked out his opponent in the third round, and fans stormed the ring to celebrate.
sn.sp9	en	sports	none	The [Eagles|Lions|Stallions] launched raid after raid down the left wing but could not break {C}'s resistance in {CAP}.
sn.bu1	en	business	none	Winning the mobile licence {Cin} is a coup for the company, analysts said on Tuesday.
sn.bu2	en	business	none	The central bank {Cin} is fighting inflation with a third rate rise this year.
sn.bu3	en	business	none	Rice prices exploded in {CAP}'s markets after the harvest failed, traders said.
sn.bu4	en	business	none	The telecom group launched a hostile takeover bid for its rival {Cin}, sending its shares up 12 percent.
sn.bu5	en	business	none	Shares of the mining firm were slaughtered on the stock exchange after it cut its gold output forecast {Cin}.
sn.bu6	en	business	none	The new chief executive executed a turnaround plan that killed off three loss-making brands.
sn.bu7	en	business	none	The finance minister {Cin} declared war on tax evasion and vowed to attack the black market.
sn.en1	en	entertainment	none	The film, a thriller about a coup in an imaginary West African state, premiered in {CAP} to a standing ovation.
sn.en2	en	entertainment	none	In the series finale, the hero is shot dead by his own brother, a twist fans in {CAP} did not see coming.
sn.en3	en	entertainment	none	The actor was killed off in the third season, and the show's ratings collapsed {Cin}.
sn.en4	en	entertainment	none	The rapper's new album bombed in {CAP} but his concert drew thousands of fans.
sn.en5	en	entertainment	none	The novel follows a journalist kidnapped by rebels in a fictional country; the author signed copies in {CAP} on Friday.
sn.we1	en	weather	none	Floods killed 12 people and destroyed hundreds of homes {L} after days of heavy rain.
sn.we2	en	weather	none	A violent storm battered {LN} {D}, tearing roofs off houses and uprooting trees.
sn.we3	en	weather	none	Lightning struck a school {L}, killing two pupils, the education office said.
sn.we4	en	weather	none	The heatwave {Cin} killed at least 20 elderly people last week, health officials said.
sn.ac1	en	accident	none	A bus collided with a lorry near {LN} {D}, killing 15 passengers, the fire service said.
sn.ac2	en	accident	none	A fire swept through the main market of {LN} overnight; the cause was an electrical fault, firefighters said.
sn.ac3	en	accident	none	Seven miners died when a gold mine collapsed {L}, local authorities said.
sn.hi1	en	history	none	[Burkina Faso|Burkinabe officials|Thousands in Ouagadougou] marked the anniversary of the 1987 coup in which Thomas Sankara was killed.
sn.hi2	en	history	none	Twenty years after the 1994 genocide, in which some 800,000 people were killed, Rwanda held a week of remembrance.
sn.hi3	en	history	none	The museum in {CAP} recalls the 1960s, when the first president was overthrown in a military coup.
sn.hi4	en	history	none	The author's new book revisits the 2012 crisis {Cin}, when rebels seized the north and soldiers overthrew the president.
sn.nm1	en	name	none	A man stole a car in San Francisco on Monday and was later found asleep in it, police said.
sn.nm2	en	name	none	[Chad|Chad Brown|Chad Miller] Thompson scored twice as the visitors won the derby on Sunday.
sn.nm3	en	name	none	Oil output in the Niger Delta rose for a third month, the state oil firm said on Tuesday.
sn.nm4	en	name	none	A guinea pig named Mali won the pet show in Toulouse, its owner said.
sn.sp1f	fr	sports	none	L'attaquant a fusillé le gardien à bout portant pour le 2-0, et {C} s'est imposé à {CAP}.
sn.sp2f	fr	sports	none	{C} a écrasé son voisin 4-0 à {CAP}, une véritable démolition selon la presse sportive.
sn.sp3f	fr	sports	none	Les Étalons ont été exécutés en contre-attaque et ont perdu 3-1 face à {C}.
sn.sp4f	fr	sports	none	Le buteur a tué le match à la 88e minute en marquant le troisième but de {C}.
sn.sp5f	fr	sports	none	Les joueurs de {C} ont pris d'assaut la surface adverse sans parvenir à marquer à {CAP}.
sn.sp6f	fr	sports	none	Le golfeur a frappé une carte de 68 et pris la tête du tournoi de {CAP}.
sn.sp7f	fr	sports	none	Les supporters ont envahi la pelouse pour célébrer la victoire de {C} en finale.
sn.sp8f	fr	sports	none	Le coup d'envoi du match entre {C} et ses voisins sera donné samedi à {CAP}.
sn.bu1f	fr	business	none	Ce rachat est un coup de maître pour l'opérateur, qui devient numéro un {Cin}.
sn.bu2f	fr	business	none	La banque centrale mène une guerre sans merci contre l'inflation {Cin}.
sn.bu3f	fr	business	none	Les prix du riz ont explosé sur les marchés de {CAP} après la mauvaise récolte.
sn.bu4f	fr	business	none	Un coup de pouce de l'État permettra aux agriculteurs {Cin} d'acheter des engrais.
sn.bu5f	fr	business	none	Le groupe minier a abattu ses cartes et s'est emparé du marché de l'or {Cin}.
sn.en1f	fr	entertainment	none	Le film raconte un coup d'État dans un pays imaginaire et a été ovationné à {CAP}.
sn.en2f	fr	entertainment	none	Dans le dernier épisode de la série, le héros est abattu par son propre frère, un coup de théâtre.
sn.en3f	fr	entertainment	none	La pièce, qui met en scène l'enlèvement d'une princesse, se joue à guichets fermés à {CAP}.
sn.en4f	fr	entertainment	none	Le concert a fait exploser l'applaudimètre au stade de {CAP} samedi soir.
sn.we1f	fr	weather	none	Des inondations ont fait 12 morts et détruit des centaines de maisons {L} après des pluies diluviennes.
sn.we2f	fr	weather	none	Un violent orage s'est abattu {D} sur {LN}, arrachant des toitures.
sn.we3f	fr	weather	none	La foudre a frappé une école {L}, tuant deux élèves, selon la direction de l'éducation.
sn.ac1f	fr	accident	none	Un accident entre un car et un camion a tué 15 passagers près de {LN} {D}, selon les pompiers.
sn.ac2f	fr	accident	none	Un incendie d'origine électrique a ravagé le grand marché de {LN} dans la nuit.
sn.ac3f	fr	accident	none	Sept orpailleurs ont péri dans l'effondrement d'une mine d'or {L}.
sn.hi1f	fr	history	none	Le Burkina Faso a commémoré l'anniversaire du coup d'État de 1987, au cours duquel Thomas Sankara a été tué.
sn.hi2f	fr	history	none	Le musée de {CAP} rappelle les années 1960, quand le premier président fut renversé par un coup d'État militaire.
sn.hi3f	fr	history	none	Le nouveau livre de l'auteur revient sur la crise de 2012 {Cin}, quand des rebelles s'étaient emparés du nord du pays.
sn.nm1f	fr	name	none	Un cochon d'Inde prénommé Mali a remporté le concours de Toulouse, selon sa propriétaire.
sn.nm2f	fr	name	none	La production de pétrole du delta du Niger a augmenté pour le troisième mois consécutif.
# General-news probes (issue 16, precision): whole short articles of the kinds a general feed
# carries - match reports, markets, reviews, weather, accidents, courts, campaigns, military
# exercises and procurement, health, technology, anniversaries - each with violent words in
# another sense.  None reports a current political-violence event.
sn.sp10	en	sports	none	{C}'s national team stormed back from two goals down to beat their rivals 3-2 in {CAP} {D}. || The coach said his players had fought for every ball, and the captain's late strike sealed the comeback.
sn.sp11	en	sports	none	The champions crushed the visitors 4-0 {D}, and the beaten coach admitted his side had been outgunned in midfield. || Fans invaded the pitch in {CAP} to celebrate the title.
sn.sp12	en	sports	none	The {ADJ} sprinter shot out of the blocks to win the 100 metres final in {CAP} {D}. || She called the victory a knockout blow to her critics.
sn.sp13	en	sports	none	The boxer knocked out his opponent in the fifth round in {CAP} {D} to claim the vacant title, and the fight drew a sell-out crowd.
sn.sp14	en	sports	none	A late penalty killed the game off as {C} beat their neighbours in a World Cup qualifier {D}. || The visitors' defence collapsed under a barrage of attacks in the second half.
sn.sp15	fr	sports	none	{C} a fusillé son adversaire 3-0 {D} à {CAP} en match de qualification. || Le sélectionneur a salué une attaque redoutable et une défense impeccable.
sn.sp16	fr	sports	none	Le boxeur a mis KO son adversaire au cinquième round {D} à {CAP}, sous les acclamations du public.
sn.bu8	en	business	none	Shares in the {ADJ} telecom group plunged 15 percent {D} after it warned that a price war was killing its margins. || Analysts said a rival's aggressive attack on the mobile market had hit profits.
sn.bu9	en	business	none	The central bank {Cin} raised interest rates again {D}, saying it would fight inflation with every tool available. || Traders said the decision blew up expectations of a pause.
sn.bu10	en	business	none	Oil prices exploded as the strike at the port of {CAP} entered its second week, and the stock market was battered. || Investors fled to gold.
sn.bu11	en	business	none	The mining firm seized the chance to buy its rival {D}, a deal analysts called a coup for its chief executive. || Its shares rose 8 percent in {CAP}.
sn.bu12	en	business	none	{ADJ} banks were hit by a wave of cyber attacks that knocked out payment systems {D}, the regulator said. || No customer data was stolen, it added.
sn.bu13	fr	business	none	Les actions du groupe ont explosé de 20 % à la Bourse {D}, après l'annonce du rachat d'un concurrent {Cin}. || Les investisseurs saluent un coup de maître.
sn.bu14	fr	business	none	La banque centrale a frappé fort {D} en relevant ses taux pour lutter contre l'inflation {Cin}.
sn.en6	en	entertainment	none	In the new video game, players storm a fortress and battle waves of rebels to free a captured princess. || The reviewer praised its graphics but found the story thin.
sn.en7	en	entertainment	none	The novel opens with the killing of a president in an unnamed country and follows the detective hunting his murderers. || The author will sign copies in {CAP} {D}.
sn.en8	en	entertainment	none	The documentary recounts the siege of a city during a civil war through archive footage. || It premiered in {CAP} {D} to a standing ovation.
sn.en9	en	entertainment	none	Critics said the band's new album was a bomb, but its concert in {CAP} {D} sold out within an hour.
sn.en10	fr	entertainment	none	Dans ce thriller, un commando prend d'assaut le palais présidentiel d'un pays imaginaire. || Le film sort {D} dans les salles de {CAP}.
sn.en11	fr	entertainment	none	Le jeu vidéo propose d'affronter des hordes de rebelles et de libérer des otages. || La critique salue sa bande originale.
sn.we5	en	weather	none	Heavy rains battered {CAP} {D}, flooding roads and cutting power to thousands of homes. || The weather service warned of more storms.
sn.we6	fr	weather	none	De violents orages ont frappé {CAP} {D}, provoquant des inondations dans plusieurs quartiers.
sn.ac4	en	accident	none	A fuel tanker exploded on a highway near {LN} {D}, killing 30 people who had gathered to collect petrol, the fire service said.
sn.ac5	en	accident	none	A gas explosion destroyed a restaurant in {CAP} {D}, killing four people, firefighters said.
sn.ac6	fr	accident	none	Un camion-citerne a explosé {D} près de {LN}, faisant plusieurs morts, selon les pompiers.
sn.ac7	en	accident	none	A boat capsized on the river near {LN} {D}, and 20 passengers drowned, local authorities said.
sn.co1	en	court	none	A court in {CAP} sentenced a former minister to ten years in prison {D} for embezzlement. || His lawyers said they would fight the verdict on appeal.
sn.co2	en	court	none	The trial of soldiers accused of plotting a coup in 2015 opened in {CAP} {D}. || The defence asked for more time to prepare.
sn.co3	fr	court	none	Le procès de l'ancien ministre s'est ouvert {D} à {CAP} ; il est accusé d'avoir détourné des fonds publics.
sn.po1	en	campaign	none	The opposition candidate attacked the president's record on jobs at a campaign rally in {CAP} {D}. || Her rival fired back on social media, calling the speech a smear.
sn.po2	en	campaign	none	Lawmakers {Cin} clashed over the budget in a stormy session of parliament {D}, and the speaker suspended the debate.
sn.po3	fr	campaign	none	Le candidat de l'opposition a attaqué le bilan du gouvernement lors d'un meeting à {CAP} {D}. || Ses adversaires ont riposté sur les réseaux sociaux.
sn.po4	en	campaign	none	Thousands of supporters cheered the president in {CAP} {D} as he launched his re-election campaign.
sn.mi1	en	exercise	none	{ADJ} troops fired artillery and launched mock assaults on enemy positions during a military exercise near {LN} {D}, the defence ministry said.
sn.mi2	en	exercise	none	The air force carried out simulated air strikes during joint drills with foreign partners {Cin} {D}.
sn.mi3	en	exercise	none	{C} took delivery of six combat drones and two attack helicopters {D}, the defence minister said at a ceremony in {CAP}.
sn.mi4	fr	exercise	none	L'armée {ADJ.fs} a mené {D} un exercice de tirs réels près de {LN}, simulant l'attaque d'un camp ennemi.
sn.mi5	fr	exercise	none	Le gouvernement {ADJ} a réceptionné {D} deux avions de combat et des drones armés, lors d'une cérémonie à {CAP}.
sn.hi5	en	history	none	{C} marked the tenth anniversary of the attack on the national assembly with a minute of silence in {CAP} {D}.
sn.hi6	en	history	none	Historians met in {CAP} {D} to discuss the wave of coups that toppled governments across the region in the 1960s.
sn.hi7	fr	history	none	{C} a commémoré {D} le massacre de 1993, au cours duquel des centaines de civils avaient été tués.
sn.he1	en	health	none	Doctors in {CAP} launched a campaign {D} to fight malaria, which kills thousands of children every year {Cin}.
sn.he2	fr	health	none	Une campagne de vaccination contre la rougeole a été lancée {D} à {CAP} pour lutter contre une épidémie qui a tué 40 enfants.
sn.te1	en	tech	none	Hackers attacked the servers of the tax office {Cin} {D}, knocking its website offline for hours, the ministry said.
sn.bu15	en	business	none	The government {Cin} signed an agreement with a foreign mining company {D} to build a lithium plant near {LN}, officials said.
sn.po6	en	campaign	none	The opposition {Cin} criticised the new media law as an attack on press freedom and civil liberties {D}.
sn.mi6	fr	exercise	none	L'armée {ADJ.fs} a présenté {D} à {CAP} des véhicules blindés et des drones acquis auprès de partenaires étrangers.
# Ordinary crime (issue 16, general news): a murder case, a robbery or a family's quarrel is no
# political violence (ACLED codes none of it) unless an armed group or an army is named.
sn.cr1	en	crime	none	A man was charged with murder {D} after his wife was found stabbed to death at their home in {CAP}, police said.
sn.cr2	en	crime	none	Police {Cin} arrested a 32-year-old man on suspicion of murder after a shopkeeper was shot dead in {CAP} {D}.
sn.cr3	en	crime	none	A woman was killed by her husband in {CAP} {D} after an argument over money, neighbours said. || The husband has been charged with murder.
sn.cr4	en	crime	none	Detectives in {CAP} are investigating a homicide after a night watchman was found dead at a warehouse {D}.
sn.cr5	en	crime	none	A man killed his brother with a machete in {CAP} {D} following a quarrel over an inheritance, police said.
sn.cr6	fr	crime	none	Un homme a été inculpé de meurtre {D} à {CAP} après la mort de sa compagne, tuée à coups de couteau.
sn.cr7	fr	crime	none	Une femme a été tuée par son mari {D} à {CAP} à la suite d'une dispute conjugale, a indiqué la police. || Le suspect a été placé en garde à vue.
sn.cr8	fr	crime	none	Un commerçant a été tué {D} à {CAP} lors d'un cambriolage, selon la police, qui a ouvert une enquête pour meurtre.
sn.cr9	fr	crime	none	Un jeune homme a poignardé son père {D} à {CAP} après une altercation, a rapporté la presse locale.
# A kind of act, not an act (issue 16, typing and precision): a bare trigger noun after a word
# of danger, protection or opposition names what people fear or guard against; phrasal
# verbs whose particle changes the sense; an accusation with no act told.
sn.gk1	en	generic	none	Families in the camps near {LN} say they depend on the patrols for protection against [aerial bombardment|drone strikes|cross-border raids] and banditry.
sn.gk2	en	generic	none	Traders in {CAP} live in fear of [kidnappings|armed robberies and abductions|attacks], the chamber of commerce said in a report {D}.
sn.gk3	en	generic	none	The new radio network is meant to warn herders {Cin} of the threat of [cattle raids|ambushes|abductions] on the transhumance routes.
sn.gk4	en	generic	none	The donors' plan will build shelters that keep schoolchildren {Cin} safe from [shelling|air raids|stray bullets and attacks].
sn.gk5	fr	generic	none	Les commerçants de {CAP} vivent dans la crainte d'[enlèvements|attaques armées|embuscades], selon un rapport publié {D}.
sn.gk6	fr	generic	none	Le programme doit protéger les écoles {Cin} contre [attaques|incendies criminels et pillages] et former les enseignants.
sn.ph1	en	phrasal	none	The nurse said she had fought off [a bad cold|the flu|a rival's bid for her post] before the clinic in {CAP} reopened {D}.
sn.ph2	en	phrasal	none	The shopkeeper told reporters in {CAP} that he had fought off a drunk customer who tried to grab the till, and went back to work.
sn.ph3	en	phrasal	none	The ruling party fended off [a challenge|a no-confidence motion|criticism] from its own backbenchers in {CAP} {D}.
sn.al1	en	allegation	none	The committee summoned two lawmakers {D} over alleged [assaults on its staff|attacks on a journalist] during a hearing in {CAP}.
sn.al2	en	allegation	none	The football federation {Cin} opened an inquiry {D} into the alleged assault of a referee after the derby in {CAP}.
sn.al3	fr	allegation	none	Le conseil de discipline a convoqué {D} deux élus de {CAP} pour des agressions présumées contre des agents de la mairie.
# The act a court judges (a verdict is no event, the act judged is past), a word in scare
# quotes with nobody harmed, arms on display at a celebration (issue 16, typing and precision).
sn.ju1	en	court	none	A court in {CAP} sentenced a [farmer|trader|driver] to 20 years in prison {D} for killing his brother in a quarrel over land.
sn.ju2	en	court	none	A military court in {CAP} convicted three soldiers {D} of abducting a businessman and jailed them for ten years.
sn.ju3	fr	court	none	Un tribunal de {CAP} a condamné {D} deux hommes à dix ans de prison pour l'enlèvement d'un commerçant.
sn.sq1	en	quote	none	Commuters in {CAP} said they felt "[ambushed|attacked|bombarded]" by the new bus fares {D}.
sn.sq2	fr	quote	none	Les supporters de {CAP} estiment que leur équipe a été « [massacrée|exécutée|assassinée] » par l'arbitre {D}.
sn.pa1	en	exercise	none	Thousands of soldiers marched through {CAP} {D} as {C} celebrated independence, with armoured vehicles, artillery pieces and newly delivered drones on display.
sn.hb1	en	habitual	none	Health workers in {CAP} began a vaccination drive {D} against measles, which kills [hundreds|thousands] of children [every year|each year] {Cin}.
sn.hb2	en	habitual	none	A report published in {CAP} {D} says bandits attack travellers on the main road [every week|each month] and kidnap dozens [a year|every year].
sn.hb3	fr	habitual	none	Selon un rapport publié {D} à {CAP}, des bandits attaquent [chaque semaine|tous les mois] les voyageurs sur la route nationale.
# A campaign named with its article, and tributes to the fallen: no current act (issue 16).
sn.cp1	en	campaign	none	The [fight|war|struggle] against {P} has cost {C} billions since 2015, the finance minister told parliament in {CAP} {D}.
sn.cp2	fr	campaign	none	La lutte contre le terrorisme a coûté des milliards {Cin} depuis 2015, a déclaré le ministre des Finances {D} à {CAP}.
sn.tr1	en	history	none	The president paid tribute to soldiers killed in the line of duty at a ceremony in {CAP} {D}.
sn.tr2	fr	history	none	Les autorités ont rendu hommage {D} à {CAP} aux soldats tombés au front.
# A verb of deposing that deposes no one: a wreath laid, a vehicle overturned (French
# "déposer", "se renverser"); an epidemic that "attacks" the weak (issue 16, held-out class 3).
sn.wr1	fr	history	none	Le ministre de la Défense a déposé {D} une gerbe de fleurs au monument aux morts de {CAP}.
sn.wr2	fr	history	none	Le président de l'Assemblée a déposé une couronne {D} au mémorial des martyrs de {CAP}.
sn.ov1	fr	accident	none	Au moins six personnes ont été tuées {D} lorsqu'un minibus s'est renversé sur la route nationale près de {CAP}, selon la gendarmerie.
sn.ov2	fr	accident	none	Un camion-citerne qui s'était renversé à l'entrée de {CAP} a pris feu {D}, faisant quatre morts.
sn.ep1	en	health	none	A cholera outbreak has killed 15 people in camps near {CAP} since March, health officials said, as the disease attacks the most vulnerable.
sn.ep1f	fr	health	none	Une épidémie de rougeole a tué 11 enfants près de {CAP} depuis avril ; la maladie attaque les plus fragiles, selon les agents de santé.
# A coup word as a title ("the ousted president's son"), a simile of fighting on a sports
# page, crops "attacked" by pests: no current act (held-out classes 3 and 8).
sn.ti1	en	history	none	A reporter who had interviewed the ousted president's brother opened a new radio station in {CAP} {D}.
sn.ti1f	fr	history	none	Le fils du président renversé a inauguré {D} une école à {CAP}, devant des centaines d'habitants.
sn.si1	en	sports	none	{C} dominated the second half in {CAP}. "My players fought like warriors," the coach said.
sn.si1f	fr	sports	none	Les Lions ont dominé la seconde période à {CAP}. « Mes joueurs se sont battus comme des guerriers », a dit le sélectionneur.
sn.pe1	en	weather	none	Every week we find more maize fields attacked, said a grower near {CAP}. Agents have handed out pesticides in the worst-hit districts.
sn.pe1f	fr	weather	none	Chaque semaine, de nouveaux champs attaqués par les chenilles légionnaires sont signalés près de {CAP}, selon les agents d'agriculture.
# A simile naming an armed force ("fought like soldiers", "comme des militaires"): the force
# is no party, so a sports page gives no clash (held-out class 3b).
sn.si2	en	sports	none	{C} held on in {CAP} {D}. "My players fought like [soldiers|an army|real soldiers|commandos]," the coach said after the derby.
sn.si3	en	sports	none	The [Eagles|Stallions|Lions] attacked like [an army|soldiers|rebels] in the second half in {CAP}, their captain said after the match.
sn.si2f	fr	sports	none	Les joueurs ont tenu bon à {CAP} {D}. « Ils se sont battus [comme des soldats|comme des militaires|tels des soldats|comme une armée] », a dit l'entraîneur après le match.
sn.si3f	fr	sports	none	Les [Étalons|Aigles|Lions] ont attaqué [comme des rebelles|comme une armée|tels des militaires] en seconde période à {CAP}, selon le capitaine.
# Figurative hostage-taking: officials, a union or companies "take" users or the economy
# "hostage" (held-out class 3c); no armed man, weapon or harm is named.
sn.ho1f	fr	rhetoric	none	Les syndicats de [transporteurs|chauffeurs|commerçants] menacent d'une grève à {CAP} ; ils accusent [les compagnies|le gouvernement|le ministère] de prendre [les usagers|les conducteurs|les passagers] en otage.
sn.ho2f	fr	rhetoric	none	Le ministre accuse [le syndicat des enseignants|les syndicats] de prendre [les élèves|les parents|le pays] en otage à {CAP}.
sn.ho3	en	rhetoric	none	The [trade unions|unions] are holding [commuters|the country|the economy] hostage, [the minister|officials] told reporters in {CAP} {D}.
