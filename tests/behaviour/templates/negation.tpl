# negation.tpl - negation, irrealis, threats, denials and plans: texts that name violence
# that did not happen (expect "none"), and attacks that killed no one (expect an event
# with no positive toll).
# Format: UTF-8, tab-separated, "#" = comment, one template a line, 5 columns:
#   1 id      unique and stable (the held-out split hashes it)
#   2 lang    en | fr
#   3 var     the variation: denial, threat, irrealis, negated, planned, rumour, no_casualties
#   4 expect  "none" (no event), or an event kind (gen.py KINDS) followed by checked
#             attributes: fat=0|null (fatalities accepted)
#   5 text    the article; slots: {L} place phrase ("in Niono, Mali,"), {LN} bare place
#             name, {C} country, {Cin} "in Mali"/"au Mali", {ADJ} etc., {CAP} capital, {D}
#             day, {P} an armed group, {ARMY} the country's army, {GOV} its government,
#             {CROWD} a crowd; [a|b|c] alternatives taken in turn by successive cases.
#             Written for this suite; no sentence comes from a news text.
ng.den1	en	denial	none	The {ADJ} army denied reports that one of its bases near {LN} had been overrun, calling them propaganda.
ng.den2	en	denial	none	{GOV} [denied|dismissed] rumours of a coup attempt {Cin}, saying the president was at work in {CAP}.
ng.den3	en	denial	none	Local officials denied that any attack had taken place {L} {D}, saying the gunfire heard was a wedding celebration.
ng.den4	en	denial	none	The police denied arresting opposition leaders {Cin}, saying no one was in custody.
ng.thr1	en	threat	none	{P} threatened to attack {LN} if the villagers kept cooperating with the army.
ng.thr2	en	threat	none	{P} [vowed|threatened] to kill anyone who voted in next month's elections {Cin}.
ng.thr3	en	threat	none	Opposition parties threatened to take to the streets of {CAP} if the vote was postponed again.
ng.irr1	en	irrealis	none	Analysts warned that armed groups could attack towns {Cin} during the rainy season.
ng.irr2	en	irrealis	none	An assault on {LN} would be a disaster for the region, the governor said {D}.
ng.irr3	en	irrealis	none	If the troops withdraw, militants may seize {LN} within weeks, a security expert said.
ng.irr4	en	irrealis	none	Residents fear that gunmen might return to {LN} to abduct more people.
ng.neg1	en	negated	none	No attack was reported {L} {D}, and the market reopened.
ng.neg2	en	negated	none	Soldiers did not open fire on the crowd {L}, witnesses said, contrary to earlier reports.
ng.neg3	en	negated	none	Nobody was arrested after the meeting {L}, the organisers said.
ng.pln1	en	planned	none	The opposition has called for a protest in {CAP} next Saturday against the new constitution {Cin}.
ng.pln2	en	planned	none	Teachers plan to march to the education ministry in {CAP} next week to demand unpaid salaries.
ng.rum1	en	rumour	none	Rumours of gunfire near the presidential palace in {CAP} turned out to be fireworks, officials said.
ng.nc1	en	no_casualties	ied fat=0|null	A roadside bomb exploded near a military convoy {L} {D}; no one was hurt, the army said.
ng.nc2	en	no_casualties	armed_clash fat=0|null	Gunmen attacked a gendarmerie post {L} {D}, but no one was killed, security sources said.
ng.nc3	en	no_casualties	air_strike fat=0|null	A drone strike hit an empty building {L} {D}; there were no casualties, residents said.
ng.nc4	en	no_casualties	shelling fat=0|null	Mortar shells landed {L} {D} without causing any casualties, the local council said.
ng.den1f	fr	denial	none	L'armée {ADJ.fs} a démenti les informations selon lesquelles l'une de ses bases près de {LN} aurait été prise.
ng.den2f	fr	denial	none	{GOV} {?GOV:a|ont} [démenti|balayé] les rumeurs de tentative de coup d'État {Cin}, affirmant que le président travaillait à {CAP}.
ng.den3f	fr	denial	none	Les autorités locales ont démenti toute attaque {D} {L}, expliquant que les coups de feu entendus venaient d'un mariage.
ng.den4f	fr	denial	none	La police a démenti avoir arrêté des opposants {Cin}, assurant que personne n'était détenu.
ng.thr1f	fr	threat	none	{P} {?P:a|ont} menacé d'attaquer {LN} si les villageois continuaient de collaborer avec l'armée.
ng.thr2f	fr	threat	none	{P} {?P:a|ont} [menacé de tuer|promis de s'en prendre à] quiconque votera lors des élections du mois prochain {Cin}.
ng.thr3f	fr	threat	none	Les partis d'opposition menacent de descendre dans la rue à {CAP} si le scrutin est encore reporté.
ng.irr1f	fr	irrealis	none	Des analystes préviennent que des groupes armés pourraient attaquer des localités {Cin} pendant la saison des pluies.
ng.irr2f	fr	irrealis	none	Une attaque contre {LN} serait une catastrophe pour la région, a déclaré le gouverneur {D}.
ng.irr3f	fr	irrealis	none	Si les troupes se retirent, des jihadistes risquent de s'emparer de {LN} en quelques semaines, estime un expert.
ng.irr4f	fr	irrealis	none	Les habitants craignent que des hommes armés ne reviennent à {LN} pour enlever d'autres personnes.
ng.neg1f	fr	negated	none	Aucune attaque n'a été signalée {D} {L}, et le marché a rouvert.
ng.neg2f	fr	negated	none	Les soldats n'ont pas tiré sur la foule {L}, selon des témoins, contrairement aux premières informations.
ng.neg3f	fr	negated	none	Personne n'a été interpellé après la réunion {L}, ont indiqué les organisateurs.
ng.pln1f	fr	planned	none	L'opposition appelle à manifester samedi prochain à {CAP} contre la nouvelle Constitution.
ng.pln2f	fr	planned	none	Les enseignants prévoient de marcher vers le ministère de l'Éducation à {CAP} la semaine prochaine pour réclamer leurs salaires.
ng.rum1f	fr	rumour	none	Les rumeurs de tirs près du palais présidentiel à {CAP} ont été démenties : il s'agissait de feux d'artifice.
ng.nc1f	fr	no_casualties	ied fat=0|null	Un engin explosif a explosé au passage d'un convoi militaire {D} {L}, sans faire de victime, selon l'armée.
ng.nc2f	fr	no_casualties	armed_clash fat=0|null	Des hommes armés ont attaqué une brigade de gendarmerie {D} {L}, mais aucune victime n'est à déplorer.
ng.nc3f	fr	no_casualties	air_strike fat=0|null	Une frappe de drone a touché un bâtiment vide {D} {L} ; aucune victime n'a été signalée.
ng.nc4f	fr	no_casualties	shelling fat=0|null	Des obus de mortier sont tombés {D} {L} sans faire de victime, selon le conseil municipal.
# Negations with the armed actors named: the negation itself must undo the act.
ng.neg4	en	negated	none	There were no reports of fighting between {ARMY} and {P} {L} {D}, residents said.
ng.neg5	en	negated	none	{ARMY} said it had not carried out any air strike near {LN} {D}.
ng.neg6	en	negated	none	No soldiers were killed when {P} approached the army post {L} {D}, the ministry said.
ng.den5	en	denial	none	{ARMY} denied that its soldiers had killed civilians {L} {D}.
ng.irr5	en	irrealis	none	{P} could attack army positions {L} in the coming days, officials warned {D}.
ng.neg4f	fr	negated	none	Il n'y a pas eu d'attaque jihadiste {D} {L}, selon l'armée.
ng.neg5f	fr	negated	none	{ARMY} affirme n'avoir mené aucune frappe aérienne {D} près de {LN}.
ng.thr4f	fr	threat	none	{P} {?P:a|ont} menacé {D} de s'en prendre aux soldats {Cin}.
# The content of an accusation with no toll or day of its own is no event of its own (the act
# that reports it is); displaced people hosted are a population, not a flight (issue 16).
ng.acc1	en	accusation	strategic	The media regulator {Cin} suspended a radio station for a month {D} over a report accusing {ARMY} of killing civilians.
ng.acc2	en	accusation	strategic	The government {Cin} expelled a foreign journalist {D} after an article accusing [soldiers|the security forces] of abducting opposition activists.
ng.acc3	fr	accusation	strategic	Le régulateur des médias a suspendu un journal {Cin} {D} pour un article accusant l'armée d'avoir tué des civils.
ng.hst1	en	hosted	none	The town of {LN} hosts more than [12,000|30,000|4,500] displaced people, the mayor told visiting donors {D}.
ng.hst2	fr	hosted	none	La commune de {LN} abrite plus de [12 000|30 000] déplacés, a indiqué le maire {D} lors d'une visite des bailleurs.
