# events.tpl - sentence templates of events, one sentence (or headline) each.
# Format: UTF-8, tab-separated, "#" = comment, one template a line, 6 columns:
#   1 id     unique and stable: the held-out split hashes it (README.md)
#   2 lang   en | fr
#   3 kinds  event kinds it can carry, ","-separated (gen.py KINDS)
#   4 frame  the verbs.tsv frame of the {V.*} slot, or "noun" (an event noun of nouns.tsv
#            in {E.*}), or "-" when the template has no trigger slot
#   5 form   tense and voice, the tense_voice capability's variation: past, passive
#            (with "by"/"par"), agentless (passive, no agent), perfect, pres (a present-tense
#            headline: becomes the title and first line), ppa (French participle headline),
#            ing (participial clause), noun (nominalisation)
#   6 text   the sentence, with slots (generator fills them; README.md lists them):
#            {P} perpetrator, {O} victims/detainees, {T} target, {L} place phrase, {D} day,
#            {C} country, {Cin} "in Mali"/"au Mali", {ADJ} (EN) / {ADJ.fs} etc. (FR) adjective,
#            {ARMY} the country's army, {AIR} its aircraft, {MUT} mutinous soldiers, {GOV} a
#            government, {CROWD} protesters, {MOB} rioters; {V.form} verb forms: past pp base
#            ing noun (EN), pass perf pres (EN, agreeing), pc pass pres ppa inf noun (FR,
#            agreeing with the nearest noun-phrase slot before it, or with ":S" - a slot
#            name or sgm sgf plm plf - after the form); {E.indef} {E.def} {E.bare} nouns;
#            {?S:sg|pl} or {?S:ms|mp|fs|fp} picks a text by the agreement of slot S.
#            A generator-written neutral sentence follows every template.
# ---- killing (type follows the victims: civilians -> attack_on_civilians)
k.past1	en	kill	kill	past	{P} {V.past} {O} {L} {D}, local officials said.
k.past2	en	kill	kill	past	{D}, {P} {V.past} {O} {L}.
k.pass1	en	kill	kill	passive	{O} {V.pass} by {P} {L} {D}.
k.agl1	en	kill	kill	agentless	{O} {V.pass} {L} {D}, a local official said.
k.perf1	en	kill	kill	perfect	{P} {V.perf} {O} {L}, residents said on Tuesday.
k.pres1	en	kill	kill	pres	{P} {V.pres} {O} {L}
k.ing1	en	kill	kill	ing	{P} rode into a market {L} {D}, {V.ing} {O}.
k.noun1	en	kill	kill	noun	The {V.noun} of {O} by {P} {L} {D} drew wide condemnation.
k.past3	en	kill	kill	past	According to a security source, {P} {V.past} {O} {L} {D}.
k.pass2	en	kill	kill	passive	Residents said {O} {V.pass} by {P} {L} {D}.
k.pc1	fr	kill	kill	past	{P} {V.pc} {O} {D} {L}, selon des sources locales.
k.pc2	fr	kill	kill	past	{D}, {P} {V.pc} {O} {L}.
k.pass1f	fr	kill	kill	passive	{O} {V.pass} par {P} {D} {L}.
k.agl1f	fr	kill	kill	agentless	{O} {V.pass} {D} {L}, a indiqué un élu local.
k.pres1f	fr	kill	kill	pres	{P} {V.pres} {O} {L}
k.ppa1f	fr	kill	kill	ppa	{O} {V.ppa} {L}
k.noun1f	fr	kill	kill	noun	{V.noun} de {O} par {P} {D} {L} a suscité une vive émotion.
k.pc3	fr	kill	kill	past	Selon une source sécuritaire, {P} {V.pc} {O} {D} {L}.
k.pass2f	fr	kill	kill	passive	D'après des habitants, {O} {V.pass} par {P} {D} {L}.
# ---- killing told as a toll after the attack (coders' notes: "leaving", "resulting in", a
# second sentence, "bilan :"); the toll's victims decide the type as above
k.toll1	en	kill	-	past	{P} attacked a market {L} {D}, leaving {O} dead.
k.toll2	en	kill	-	past	{D}, {P} raided a market {L}, resulting in the deaths of {O}.
k.toll3	en	kill	-	past	{P} attacked a market {L} {D}. {O} {?O:was|were} killed.
k.toll1f	fr	kill	-	past	{D}, {P} {?P:a|ont} attaqué un marché {L} ; bilan : {O} {?O:tué|tués|tuée|tuées}.
k.toll2f	fr	kill	-	past	{P} {?P:a|ont} attaqué un marché {D} {L}. {O} {?O:a été tué|ont été tués|a été tuée|ont été tuées}.
# ---- an ambush or an armed attack whose victims decide the type: office-holders and
# civilians by role (mayors, teachers, worshippers, aid workers) make it an attack on
# civilians whatever the verb and however armed the attackers; soldiers, police, a battle
k.amb1	en	kill	-	past	{P} ambushed a vehicle {L} {D}, killing {O}.
k.amb2	en	kill	-	agentless	{O} {?O:was|were} killed {D} when heavily armed men ambushed their convoy {L}.
k.amb3	en	kill	-	past	{D}, {P} attacked a convoy {L} and killed {O}, a local official said.
k.amb1f	fr	kill	-	past	{P} {?P:a|ont} tendu une embuscade {D} {L}, tuant {O}.
k.amb2f	fr	kill	-	agentless	{O} {?O:a été tué|ont été tués|a été tuée|ont été tuées} {D} dans une embuscade tendue par des individus lourdement armés {L}.
k.amb3f	fr	kill	-	past	{D}, {P} {?P:a|ont} attaqué un convoi {L} et tué {O}, selon un élu local.
# ---- assaults on the forces
a.past1	en	armed_clash	assault	past	{P} {V.past} {T} {L} {D}, the army said.
a.pass1	en	armed_clash	assault	passive	{T} {V.pass} by {P} {L} {D}.
a.agl1	en	armed_clash	assault	agentless	{T} {V.pass} {L} {D}, security sources said.
a.pres1	en	armed_clash	assault	pres	{P} {V.pres} {T} {L}
a.perf1	en	armed_clash	assault	perfect	{P} {V.perf} {T} {L}, a military source said.
a.noun1	en	armed_clash	assault	noun	The {V.noun} on {T} {L} {D} was blamed on {P}.
a.pc1	fr	armed_clash	assault	past	{P} {V.pc} {T} {D} {L}, a indiqué l'armée.
a.pass1f	fr	armed_clash	assault	passive	{T} {V.pass} par {P} {D} {L}.
a.agl1f	fr	armed_clash	assault	agentless	{T} {V.pass} {D} {L}, selon des sources sécuritaires.
a.pres1f	fr	armed_clash	assault	pres	{P} {V.pres} {T} {L}
a.noun1f	fr	armed_clash	assault	noun	Les autorités attribuent à {P} {V.noun} contre {T} {D} {L}.
# ---- fighting with the army
c.past1	en	armed_clash	clash	past	{P} {V.past} {ARMY} {L} {D}, a military source said.
c.pres1	en	armed_clash	clash	pres	{P} {V.pres} {ARMY} {L}
c.perf1	en	armed_clash	clash	perfect	{P} {V.perf} {ARMY} {L} for two days, residents said.
c.ing1	en	armed_clash	clash	ing	Heavy gunfire was heard {L} {D} as {P} {?P:was|were} {V.ing} {ARMY}.
c.pc1	fr	armed_clash	clash	past	{P} {V.pc} {ARMY} {D} {L}, selon une source militaire.
c.pres1f	fr	armed_clash	clash	pres	{P} {V.pres} {ARMY} {L}
c.noun1	en	armed_clash	-	noun	Heavy clashes broke out between {P} and {ARMY} {L} {D}.
c.noun1f	fr	armed_clash	-	noun	De violents affrontements ont opposé {P} à {ARMY} {D} {L}.
c.noun2	en	armed_clash	-	noun	A gun battle between {P} and {ARMY} {L} {D} lasted several hours.
c.noun2f	fr	armed_clash	-	noun	Des combats entre {P} et {ARMY} ont éclaté {D} {L}.
# ---- abduction
b.past1	en	abduction	abduct	past	{P} {V.past} {O} {L} {D}, a local official said.
b.pass1	en	abduction	abduct	passive	{O} {V.pass} by {P} {L} {D}.
b.agl1	en	abduction	abduct	agentless	{O} {V.pass} {L} {D}, relatives said.
b.pres1	en	abduction	abduct	pres	{P} {V.pres} {O} {L}
b.perf1	en	abduction	abduct	perfect	{P} {V.perf} {O} {L}, residents said.
b.noun1	en	abduction	abduct	noun	The {V.noun} of {O} by {P} {L} {D} has alarmed aid groups.
b.pc1	fr	abduction	abduct	past	{P} {V.pc} {O} {D} {L}, selon un élu local.
b.pass1f	fr	abduction	abduct	passive	{O} {V.pass} par {P} {D} {L}.
b.agl1f	fr	abduction	abduct	agentless	{O} {V.pass} {D} {L}, selon leurs proches.
b.pres1f	fr	abduction	abduct	pres	{P} {V.pres} {O} {L}
b.ppa1f	fr	abduction	abduct	ppa	{O} {V.ppa} {L}
b.noun1f	fr	abduction	abduct	noun	{V.noun} de {O} par {P} {D} {L} inquiète les humanitaires.
# ---- arrest
r.past1	en	arrest	arrest	past	{P} {V.past} {O} {L} {D}, a security source said.
r.pass1	en	arrest	arrest	passive	{O} {V.pass} by {P} {L} {D}.
r.agl1	en	arrest	arrest	agentless	{O} {V.pass} {L} {D}, their lawyer said.
r.pres1	en	arrest	arrest	pres	{P} {V.pres} {O} {L}
r.perf1	en	arrest	arrest	perfect	{P} {V.perf} {O} {L}, officials said.
r.noun1	en	arrest	arrest	noun	The {V.noun} of {O} by {P} {L} {D} was confirmed by their families.
r.pc1	fr	arrest	arrest	past	{P} {V.pc} {O} {D} {L}, selon une source sécuritaire.
r.pass1f	fr	arrest	arrest	passive	{O} {V.pass} par {P} {D} {L}.
r.agl1f	fr	arrest	arrest	agentless	{O} {V.pass} {D} {L}, selon leur avocat.
r.pres1f	fr	arrest	arrest	pres	{P} {V.pres} {O} {L}
r.ppa1f	fr	arrest	arrest	ppa	{O} {V.ppa} {L}
r.noun1f	fr	arrest	arrest	noun	{V.noun} de {O} par {P} {D} {L} a été confirmée par leurs proches.
# ---- air and drone strikes, by verb
s.past1	en	air_strike	bomb	past	{AIR} {V.past} {T} {L} {D}, killing {O}.
s.pass1	en	air_strike	bomb	passive	{T} {V.pass} by {AIR} {L} {D}, and {O} died.
s.pres1	en	air_strike	bomb	pres	{AIR} {V.pres} {T} {L}
s.pc1	fr	air_strike	bomb	past	{AIR} {V.pc} {T} {D} {L}, tuant {O}.
s.pass1f	fr	air_strike	bomb	passive	{T} {V.pass} par {AIR} {D} {L} ; {O} {?O:a été tué|ont été tués|a été tuée|ont été tuées}.
s.pres1f	fr	air_strike	bomb	pres	{AIR} {V.pres} {T} {L}
# ---- shelling, by verb
h.past1	en	shelling	shell	past	{P} {V.past} {T} {L} {D}, killing {O}.
h.pres1	en	shelling	shell	pres	{P} {V.pres} {T} {L}
h.pc1	fr	shelling	shell	past	{P} {V.pc} {T} {D} {L}, tuant {O}.
h.pres1f	fr	shelling	shell	pres	{P} {V.pres} {T} {L}
# ---- explosive devices, by verb (the device is the subject)
x.past1	en	ied	explode	past	{E.indef} {V.past} {L} {D}, killing {O}.
x.past2	en	ied	explode	past	{O} died when {E.indef} {V.past} under their vehicle {L} {D}.
x.pres1	en	ied	explode	pres	{E.bare} {V.s} {L}, killing {O}
x.pc1	fr	ied	explode	past	{E.indef} {V.pc} {D} {L}, tuant {O}.
x.pc2	fr	ied	explode	past	{O} {?O:a péri|ont péri} {D} lorsque {E.indef} {V.pc} au passage de leur véhicule {L}.
x.pres1f	fr	ied	explode	pres	{E.bare} : {O} {?O:tué|tués|tuée|tuées} {L} après une explosion
# ---- remote violence, by noun (the weapon or attack is named)
n.past1	en	air_strike,ied,shelling,suicide_bombing	noun	past	{E.indef} killed {O} {L} {D}, officials said.
n.pass1	en	air_strike,ied,shelling,suicide_bombing	noun	passive	{O} {?O:was|were} killed by {E.indef} {L} {D}.
n.pres1	en	air_strike,ied,shelling,suicide_bombing	noun	pres	{E.bare} kills {O} {L}
n.in1	en	air_strike,shelling,suicide_bombing	noun	agentless	{O} died in {E.indef} {L} {D}, a health worker said.
n.pc1	fr	air_strike,ied,shelling,suicide_bombing	noun	past	{E.indef} a tué {O} {D} {L}, selon des sources locales.
n.pass1f	fr	air_strike,ied,shelling,suicide_bombing	noun	passive	{O} {?O:a été tué|ont été tués|a été tuée|ont été tuées} par {E.indef} {D} {L}.
n.ppa1f	fr	air_strike,shelling,suicide_bombing	noun	ppa	{O} {?O:tué|tués|tuée|tuées} dans {E.indef} {L}
n.in1f	fr	air_strike,shelling,suicide_bombing	noun	agentless	{O} {?O:a péri|ont péri} dans {E.indef} {D} {L}, selon un agent de santé.
x.in1	en	ied	noun	agentless	{O} {?O:was|were} killed by the explosion of {E.indef} {L} {D}, a health worker said.
x.ppa1f	fr	ied	noun	ppa	{O} {?O:tué|tués|tuée|tuées} dans l'explosion d'{E.indef} {L}
x.in1f	fr	ied	noun	agentless	{O} {?O:a péri|ont péri} dans l'explosion d'{E.indef} {D} {L}, selon un agent de santé.
# ---- coups: power taken
q.past1	en	coup_seizure	seize	past	{MUT} {V.past} {Cin} {D} and detained the president.
q.pres1	en	coup_seizure	seize	pres	{MUT} {V.pres} {Cin}
q.noun1	en	coup_seizure	seize	noun	The {V.noun} by {MUT} {Cin} {D} was condemned by the African Union.
q.pc1	fr	coup_seizure	seize	past	{MUT} {V.pc} {D} {Cin} et ont arrêté le président.
q.pres1f	fr	coup_seizure	seize	pres	{MUT} {V.pres} {Cin}
q.dpast1	en	coup_seizure	depose	past	{MUT} {V.past} the president {Cin} {D} and suspended the constitution.
q.dpass1	en	coup_seizure	depose	passive	The president {V.pass:sgm} by {MUT} {Cin} {D}.
q.dpres1	en	coup_seizure	depose	pres	{MUT} {V.pres} president {Cin}
q.dpc1	fr	coup_seizure	depose	past	{MUT} {V.pc} le président {D} {Cin} et suspendu la Constitution.
q.dpass1f	fr	coup_seizure	depose	passive	Le président {V.pass:sgm} par {MUT} {D} {Cin}.
q.dpres1f	fr	coup_seizure	depose	pres	{MUT} {V.pres} le président {Cin}
q.coup1	en	coup_seizure	-	noun	The army staged a coup {Cin} {D}, dissolving the government.
q.coup1f	fr	coup_seizure	-	noun	L'armée a mené un coup d'État {D} {Cin} et dissous le gouvernement.
# ---- coups: a plot foiled before it was carried out
p.past1	en	coup_plot	foil	past	{GOV} announced on Tuesday that security forces had {V.pp} {E.indef} and arrested several officers.
p.pass1	en	coup_plot	foil	passive	{E.indef} {V.pass} {Cin}, the government said on Tuesday.
p.pres1	en	coup_plot	foil	pres	{GOV} {V.pres} {E.indef}
p.pc1	fr	coup_plot	foil	past	{GOV} {?GOV:a|ont} annoncé mardi avoir {V.pp} {E.indef} et arrêté plusieurs officiers.
p.pass1f	fr	coup_plot	foil	passive	{E.indef} {V.pass} {Cin}, a annoncé le gouvernement.
p.pres1f	fr	coup_plot	foil	pres	{GOV} {V.pres} {E.indef}
# ---- coups: an attempt that failed
t.past1	en	coup_attempt	quell	past	Loyalist troops {V.past} {E.indef} {Cin} {D} after heavy gunfire near the presidential palace.
t.pass1	en	coup_attempt	quell	passive	{E.indef} {V.pass} {Cin} {D}, the government said.
t.pres1	en	coup_attempt	quell	pres	Loyalist troops {V.pres:plm} {E.indef} {Cin}
t.pc1	fr	coup_attempt	quell	past	Des troupes loyalistes {V.pc:plf} {E.indef} {D} {Cin} après des tirs nourris près du palais présidentiel.
t.pass1f	fr	coup_attempt	quell	passive	{E.indef} {V.pass} {D} {Cin}, a annoncé le gouvernement.
t.pres1f	fr	coup_attempt	quell	pres	Des troupes loyalistes {V.pres:plf} {E.indef} {Cin}
t.noun1	en	coup_attempt	noun	noun	{E.indef} failed {Cin} {D} when the presidential guard fought off mutinous soldiers.
t.noun1f	fr	coup_attempt	noun	noun	{E.indef} a échoué {D} {Cin}, la garde présidentielle ayant repoussé des militaires mutins.
# ---- protest
m.past1	en	protest	protest	past	{CROWD} {V.past} {L} {D} against the rising cost of living.
m.pres1	en	protest	protest	pres	{CROWD} {V.pres} {L} against power cuts
m.perf1	en	protest	protest	perfect	{CROWD} {V.perf} {L} every day this week to demand the release of a journalist.
m.ing1	en	protest	protest	ing	{CROWD} {?CROWD:was|were} {V.ing} {L} {D} to denounce insecurity.
m.noun1	en	protest	protest	noun	A {V.noun} by {CROWD} {L} {D} passed off peacefully.
m.pc1	fr	protest	protest	past	{CROWD} {V.pc} {D} {L} contre la vie chère.
m.pres1f	fr	protest	protest	pres	{CROWD} {V.pres} {L} contre les coupures d'électricité
m.noun1f	fr	protest	protest	noun	{V.noun} de {CROWD} {D} {L} a duré plusieurs heures.
# a protest where the forces killed: still the protest's event (ACLED: excessive force)
m.shot1	en	protest	-	agentless	A protester was shot dead {D} during a march {L} against the rising cost of living.
m.shot1f	fr	protest	-	agentless	Un manifestant a été tué par balle {D} lors d'une marche {L} contre la vie chère.
# ---- riot
o.past1	en	riot	riot	past	{MOB} {V.past} {T} {L} {D} after the death of a motorcycle taxi driver.
o.pass1	en	riot	riot	passive	{T} {V.pass:T} by {MOB} {L} {D}.
o.pres1	en	riot	riot	pres	{MOB} {V.pres} {T} {L}
o.noun1	en	riot	riot	noun	The {V.noun} of {T} by {MOB} {L} {D} followed the arrest of a local imam.
o.riots1	en	riot	-	noun	Riots broke out {L} {D}; {MOB} set up barricades and burned tyres.
o.pc1	fr	riot	riot	past	{MOB} {V.pc} {T} {D} {L} après la mort d'un conducteur de moto-taxi.
o.pass1f	fr	riot	riot	passive	{T} {V.pass:T} par {MOB} {D} {L}.
o.pres1f	fr	riot	riot	pres	{MOB} {V.pres} {T} {L}
o.riots1f	fr	riot	-	noun	Des émeutes ont éclaté {D} {L} : {MOB} ont érigé des barricades et brûlé des pneus.
# unrest with no armed party: clashes after a grievance (a verdict, an arrest, election
# results), civilians against the police, scuffles: a riot, not a battle
o.unrest1	en	riot	-	noun	Clashes broke out {L} {D} after a court sentenced an opposition figure to prison.
o.unrest2	en	riot	-	noun	Clashes erupted {D} between youths and police {L} after the election results were announced.
o.unrest3	en	riot	-	noun	Heavy clashes broke out {L} {D} following the arrest of a popular preacher.
o.unrest1f	fr	riot	-	noun	Des heurts ont éclaté {D} {L} après l'arrestation d'un opposant.
o.unrest2f	fr	riot	-	noun	Des affrontements ont opposé {D} des jeunes aux forces de l'ordre {L} après la proclamation des résultats provisoires.
o.unrest3f	fr	riot	-	noun	Des échauffourées ont opposé des étudiants et des policiers {D} {L}.
# a riot told by its means alone, no riot word (burned tyres, threw stones, ransacked),
# the arrest or death it followed no event of its own
o.means1	en	riot	-	past	Students burned tyres and threw stones at police {L} {D}.
o.means2	en	riot	-	past	Pupils burned tyres and threw stones at gendarmes {L} {D} after a teacher was arrested.
o.means1f	fr	riot	-	past	Des jeunes ont saccagé le commissariat {L} {D} après la mort d'un motocycliste lors d'une interpellation.
o.means2f	fr	riot	-	past	Des élèves ont brûlé des pneus et jeté des pierres sur les gendarmes {D} {L}.
# mob justice: a crowd of civilians killing one man (a suspected thief, a "witch"): a riot
o.mob1	en	riot	-	past	[Villagers|Residents|Angry residents] beat to death a man accused of stealing [a motorbike|cattle|a goat] {L} {D}.
o.mob1f	fr	riot	-	past	Des [villageois|habitants en colère] ont battu à mort un homme accusé de vol de [bétail|moto] {L} {D}.
# ---- displacement
d.past1	en	displacement	flee	past	{O} {V.past} {L} {D} after repeated attacks by armed groups.
d.pres1	en	displacement	flee	pres	{O} {V.pres} {L} after attacks
d.ing1	en	displacement	flee	ing	Aid agencies said {O} were {V.ing} {L} after attacks on nearby villages.
d.pc1	fr	displacement	flee	past	{O} {V.pc} {D} {L} après des attaques répétées de groupes armés.
d.pres1f	fr	displacement	flee	pres	{O} {V.pres} {L} après des attaques
# ---- strategic moves
g.past1	en	strategic	gov	past	{GOV} {V.past} {D}, state television announced.
g.pres1	en	strategic	gov	pres	{GOV} {V.pres}
g.noun1	en	strategic	gov	noun	A decree read on state television {D} announced the {V.noun} {Cin}.
g.pc1	fr	strategic	gov	past	{GOV} {V.pc} {D}, a annoncé la télévision d'État.
g.pres1f	fr	strategic	gov	pres	{GOV} {V.pres}
g.noun1f	fr	strategic	gov	noun	Un décret lu {D} à la télévision d'État a annoncé {V.noun} {Cin}.
# armed groups' and armies' moves with no violence (ACLED Strategic developments)
g.grp1	en	strategic	grpmove	past	{P} {V.past} {L} {D}, residents said.
g.grp2	en	strategic	grpmove	past	{D}, {P} {V.past} {L}.
g.grp1f	fr	strategic	grpmove	past	{P} {V.pc} {L} {D}, selon des habitants.
g.grp2f	fr	strategic	grpmove	past	{D}, {P} {V.pc} {L}.
g.army1	en	strategic	armymove	past	{ARMY} {V.past} {L} {D}, the army said.
g.army1f	fr	strategic	armymove	past	{ARMY} {V.pc} {L} {D}, a indiqué l'armée.
