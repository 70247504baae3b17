# dates.tpl - the date of an event: the day it happened, not the day it was said, claimed or
# filed, nor another act's; ranges, vague periods, coders' precision notes; what anchors a date
# when the article has no publication date, and what then stays unknown.
# Format: UTF-8, tab-separated, "#" = comment, one template a line, 6 columns:
#   1 id      unique and stable (the held-out split hashes it)
#   2 lang    en | fr
#   3 var     the variation: claim_day, said_relative, told_only, other_act, range, night,
#             vague, coder, nopub_relative, nopub_context, told_relative, wire_dateline,
#             since, anniversary
#   4 pub     "pub": the suite's publication date (2025-03-12, a Wednesday: "on Monday" is
#             2025-03-10); "none": the envelope has no publication date
#   5 expect  "none" (no current event), or an event kind (gen.py KINDS) and date=VALUE: the
#             event's date value (YYYY-MM-DD, YYYY-MM or YYYY), or date=none (unknown)
#   6 text    the article; slots as in negation.tpl ({L} {LN} {C} {Cin} {CAP} {P} {ARMY}
#             {?P:a|ont} ...); " || " joins sentences.  Written for this suite; no sentence
#             comes from a news text.
# ---- the day a claim or a statement was made is not the event's
dt.claim1	en	claim_day	pub	armed_clash date=2025-03-10	{P} claimed on Tuesday the attack of Monday on an army post {L} which killed nine soldiers.
dt.claim2	fr	claim_day	pub	armed_clash date=2025-03-10	{P} {?P:a|ont} revendiqué mardi l'attaque de lundi contre un poste militaire {L} qui a fait neuf morts parmi les soldats.
dt.claim3	en	claim_day	pub	armed_clash date=2025-03-10	{P} said on Tuesday it carried out Monday's attack on a military post {L} that killed nine soldiers.
dt.claim4	fr	claim_day	pub	armed_clash date=2025-03-09	Dans un communiqué publié mardi, {P} {?P:a|ont} revendiqué l'attaque de dimanche contre un poste de gendarmerie {L} qui a coûté la vie à six gendarmes.
dt.claim5	en	claim_day	pub	armed_clash date=2025-03-09	Gunmen attacked a gendarmerie post {L} on Sunday, killing six gendarmes. || {P} claimed responsibility for the attack on Tuesday.
dt.claim6	fr	claim_day	pub	armed_clash date=2025-03-09	Des hommes armés ont attaqué dimanche un poste de gendarmerie {L} et tué six gendarmes. || {P} {?P:a|ont} revendiqué l'attaque mardi.
# ---- the day it was said, and when it happened
dt.said1	en	said_relative	pub	attack_on_civilians date=2025-03-05	The army said on Tuesday that 14 civilians were killed last week when {P} attacked a village {L}.
dt.said2	fr	said_relative	pub	attack_on_civilians date=2025-03-05	L'armée a annoncé mardi que quatorze civils avaient été tués la semaine dernière lors d'une attaque {L}.
dt.said3	en	said_relative	pub	attack_on_civilians date=2025-03-09	Police said on Tuesday that {P} killed 20 villagers {L} three days ago.
dt.said4	fr	said_relative	pub	attack_on_civilians date=2025-03-09	Les autorités ont indiqué mardi que des hommes armés avaient tué vingt villageois {L} il y a trois jours.
dt.said5	en	said_relative	pub	abduction date=2025-03-08	Officials said on Monday that {P} abducted 30 passengers on a road {L} on Saturday.
dt.said6	fr	said_relative	pub	abduction date=2025-03-08	Un responsable local a déclaré lundi que {P} {?P:avait|avaient} enlevé samedi trente passagers sur une route {L}.
# ---- only the day it was told: that day
dt.told1	en	told_only	pub	attack_on_civilians date=2025-03-11	{P} killed seven villagers {L}, officials said on Tuesday.
dt.told2	fr	told_only	pub	attack_on_civilians date=2025-03-10	{P} {?P:a|ont} tué sept villageois {L}, a indiqué lundi un responsable local.
# ---- another act's date: arrests over a plot of another time stay undated
dt.other1	en	other_act	pub	arrest date=none	Police arrested six army officers {L} in connection with a coup plot foiled in September 2023, the government said.
dt.other2	fr	other_act	pub	arrest date=none	La police a arrêté six officiers {L} en lien avec une tentative de coup d'État déjouée en septembre 2023, a annoncé le gouvernement.
# ---- ranges: the first day
dt.range1	en	range	pub	armed_clash date=2025-03-03	Clashes between the army and {P} killed 40 people {L} between 3 and 5 March.
dt.range2	fr	range	pub	armed_clash date=2025-03-03	Entre le 3 et le 5 mars, des combats entre l'armée et {P} ont fait 40 morts {L}.
dt.range3	fr	range	pub	armed_clash date=2025-03-03	Du 3 au 5 mars, des affrontements entre l'armée et {P} ont fait 40 morts {L}.
dt.night1	en	night	pub	attack_on_civilians date=2025-03-08	{P} killed nine villagers {L} overnight Saturday to Sunday, local sources said.
dt.night2	fr	night	pub	attack_on_civilians date=2025-03-08	Neuf villageois ont été tués dans la nuit de samedi à dimanche par {P} {L}.
dt.night3	en	night	pub	attack_on_civilians date=2025-03-09	In the night of Sunday to Monday, {P} killed 11 civilians {L}.
# ---- vague periods: the month
dt.vague1	fr	vague	pub	attack_on_civilians date=2025-02	À la mi-février, {P} {?P:a|ont} tué une trentaine de civils {L}.
dt.vague2	fr	vague	pub	abduction date=2025-02	Fin février, {P} {?P:a|ont} enlevé une vingtaine de femmes {L}.
dt.vague3	en	vague	pub	abduction date=2025-03	Earlier this month, {P} kidnapped 15 students from a school {L}.
dt.vague4	en	vague	pub	attack_on_civilians date=2025-03	In early March, {P} killed 30 civilians {L}.
dt.vague5	en	vague	pub	abduction date=2025-02	Last month, {P} abducted 30 passengers on a road {L}, police said on Tuesday.
dt.vague6	fr	vague	pub	abduction date=2025-02	Le mois dernier, {P} {?P:a|ont} enlevé trente passagers sur une route {L}, a indiqué mardi la police.
# ---- coders' notes: no publication date, the date and what the coder knows of it
dt.coder1	en	coder	none	attack_on_civilians date=2025-02-12	On 12 February 2025, {P} attacked {LN} ({C}) and killed five civilians.
dt.coder2	en	coder	none	attack_on_civilians date=2025-02	Around 12 February 2025 (month of), {P} attacked {LN} ({C}) and killed five civilians.
dt.coder3	en	coder	none	attack_on_civilians date=2025-02-12	Around 12 February 2025 (week of), {P} killed four fishermen near {LN} ({C}).
dt.coder4	en	coder	none	abduction date=2025-02-12	On or around 12 February 2025, {P} abducted three traders near {LN} ({C}).
dt.coder5	en	coder	none	armed_clash date=2025-02-10	Between 10 and 12 February 2025, clashes between {ARMY} and {P} near {LN} ({C}) killed 14.
dt.coder6	fr	coder	none	attack_on_civilians date=2025-02-12	Le 12 février 2025, {P} {?P:a|ont} attaqué {LN} ({C}) et tué cinq civils.
# ---- no publication date: a relative date stays unknown, even beside a date of the past
dt.nopub1	en	nopub_relative	none	armed_clash date=none	{P} killed 17 soldiers in an ambush {L} on Wednesday. || The president has been in office since 24 January 2022.
dt.nopub2	fr	nopub_relative	none	coup_seizure date=none	Le 26 juillet dernier, des militaires ont renversé le président à {CAP} {Cin}. || Le président avait été élu le 21 février 2021.
dt.nopub3	en	nopub_relative	none	attack_on_civilians date=none	{P} killed seven farmers {L} yesterday.
dt.nopub4	fr	nopub_relative	none	abduction date=none	Le mois dernier, {P} {?P:a|ont} enlevé trente passagers {L}.
# ---- ... but a year given earlier in the paragraph, or a full date near it, is in force
dt.ctx1	fr	nopub_context	none	attack_on_civilians date=2025-02-12	En février 2025, les pluies ont été rares {Cin}. || Le 12 février, {P} {?P:a|ont} tué huit civils {L}.
dt.ctx2	en	nopub_context	none	attack_on_civilians date=2025-02-12	In February 2025, the dry season began early {Cin}. || On 12 February, {P} killed eight civilians {L}.
dt.ctx3	en	nopub_context	none	attack_on_civilians date=2025-02-14	On 10 February 2025, the governor visited {LN}. || On 14 February, {P} killed eight civilians {L}.
# ---- a day told from the date before it, not from publication
dt.rel1	en	told_relative	pub	attack_on_civilians date=2025-03-04	On 3 March, the governor visited {LN}. || The next day, {P} killed eight civilians {L}.
dt.rel2	fr	told_relative	pub	attack_on_civilians date=2025-03-04	Le 3 mars, le gouverneur s'est rendu à {LN}. || Le lendemain, {P} {?P:a|ont} tué huit civils {L}.
dt.rel3	fr	told_relative	pub	attack_on_civilians date=2025-03-02	Le 3 mars, le gouverneur s'est rendu à {LN}. || La veille, {P} {?P:avait|avaient} tué huit civils {L}.
dt.rel4	en	told_relative	pub	abduction date=2025-03-05	On 3 March, the governor visited {LN}. || Two days later, {P} abducted 12 traders {L}.
dt.rel5	fr	told_relative	pub	abduction date=2025-03-06	Le 3 mars, le gouverneur s'est rendu à {LN}. || Trois jours plus tard, {P} {?P:a|ont} enlevé douze commerçants {L}.
dt.rel6	en	told_relative	pub	attack_on_civilians date=2025-03-03	On 3 March, the governor visited {LN}. || The same day, {P} killed eight civilians {L}.
# ---- a wire dateline with its year is the publication date
dt.wire1	en	wire_dateline	none	armed_clash date=2025-03-10	{CAP}, March 12, 2025 (Reuters) - {P} killed nine soldiers in an attack on an army post {L} on Monday, the army said.
dt.wire2	fr	wire_dateline	none	armed_clash date=2025-03-10	{CAP}, 12 mars 2025 (AFP) - {P} {?P:a|ont} tué lundi neuf soldats lors de l'attaque d'un poste militaire {L}.
# ---- when a state began is no event's date
dt.since1	fr	since	pub	coup_seizure date=2025-03-11	Des militaires ont renversé mardi le président, au pouvoir depuis le 2 avril 2021, à {CAP} {Cin}.
dt.since2	fr	since	none	coup_seizure date=none	Des putschistes ont renversé le président, au pouvoir depuis le 2 avril 2021, à {CAP} {Cin}.
# ---- anniversaries and commemorations recall an event of another year: none current
dt.anniv1	en	anniversary	pub	none	Three years after the coup of 24 January 2022, the junta still rules {C}, residents said on Monday.
dt.anniv2	fr	anniversary	pub	none	Trois ans après le coup d'État du 24 janvier 2022, la junte dirige toujours {C}, ont déclaré lundi des habitants.
dt.anniv4	en	anniversary	none	none	Three years after the coup of 24 January 2022, the junta still rules {C}.
dt.anniv5	fr	anniversary	none	none	Trois ans après le coup d'État du 24 janvier 2022, la junte dirige toujours {C}.
dt.anniv3	en	anniversary	pub	none	Residents of {LN} commemorated on Monday the victims of the massacre of June 2021, in which gunmen killed 130 civilians.
