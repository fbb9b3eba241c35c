# De redenen bij een voorwaarde (src/evaluate/redenen/mod.rs), met de getallen die beslisten.

groep-alle = Aan al deze voorwaarden moet worden voldaan:
groep-een-van = Aan een van deze voorwaarden moet worden voldaan:

## Vermogen
vermogen-grenzen = De vermogensgrens is { $alleenstaande } voor een alleenstaande en { $gehuwden } voor gehuwden en alleenstaande ouders.
vermogen-niet-hoger = Uw vermogen is niet hoger dan de grens.
vermogen-hoger = Uw vermogen is hoger dan de grens.
vermogen-geen-buffer = Uw vermogen is lager dan de grens: u heeft geen goede financiële buffer.
vermogen-buffer-beoordeeld = Uw vermogen is even hoog als de grens of hoger: dan heeft u een goede financiële buffer.
vermogen-buffer = Uw vermogen is even hoog als de grens of hoger: dan heeft u een goede financiële buffer, en is de regeling niet voor u.
vermogen-boven-elke-grens = Uw vermogen is { $vermogen }: meer dan elke vermogensgrens.
vermogen-woning-onbekend = Wij weten nog niet of u een eigen huis heeft, of wat het waard is.
vermogen-onbekend = Wij weten uw vermogen nog niet.
vermogen-met-grens = Uw vermogen is { $vermogen }. De vermogensgrens voor { leefvorm } is { $grens }.
vermogen-woning-met-grens = Uw vermogen, met het deel van de overwaarde van uw huis boven { $vrij } dat meetelt, is { $vermogen }. De vermogensgrens voor { leefvorm } is { $grens }.
vermogen-bedrag = Uw vermogen is { $vermogen }.
vermogen-woning-bedrag = Uw vermogen, met het deel van de overwaarde van uw huis boven { $vrij } dat meetelt, is { $vermogen }.

## Leeftijd
leeftijd-u = U bent { $jaar } jaar.
leeftijd-u-onbekend = Uw leeftijd weten wij nog niet.
leeftijd-partner = Uw partner is { $jaar } jaar.
leeftijd-partner-onbekend = De leeftijd van uw partner weten wij nog niet.
leeftijdsgrens = De leeftijdsgrens is: { $delen }.
leeftijd-vanaf = vanaf { $jaar } jaar
leeftijd-tot-en-met = tot en met { $jaar } jaar
leeftijd-onder-aow = { $maanden ->
    [0] jonger dan de AOW-leeftijd ({ $jaren } jaar)
   *[other] jonger dan de AOW-leeftijd ({ $jaren } jaar en { $maanden } maanden)
}
leeftijd-onder-aow-onbekend = jonger dan de AOW-leeftijd
leeftijd-een-van-beiden = Het is genoeg als u of uw partner dit haalt.

## Kinderen
kinderen-onbekend = Wij weten nog niet of er kinderen onder de 18 jaar bij u wonen.
kinderen-bereik-onbekend = Wij weten nog niet of er kinderen van { $vanaf } tot en met { $tot_en_met } jaar bij u wonen.
kinderen-aantal = { $aantal ->
    [0] Er wonen geen kinderen onder de 18 jaar bij u.
    [one] Er woont 1 kind onder de 18 jaar bij u.
   *[other] Er wonen { $aantal } kinderen onder de 18 jaar bij u.
}
kinderen-bereik-aantal = { $aantal ->
    [0] Er wonen geen kinderen van { $vanaf } tot en met { $tot_en_met } jaar bij u.
    [one] Er woont 1 kind van { $vanaf } tot en met { $tot_en_met } jaar bij u.
   *[other] Er wonen { $aantal } kinderen van { $vanaf } tot en met { $tot_en_met } jaar bij u.
}

## Laag inkomen en kostendelers
laag-inkomen-maanden = U heeft { $maanden } maanden een laag inkomen. Nodig is minstens { $minimaal } maanden achter elkaar.
laag-inkomen-onbekend = Wij weten nog niet hoe lang u al een laag inkomen heeft. Nodig is minstens { $minimaal } maanden achter elkaar.
kostendelers-wel = Er wonen volwassenen van 27 jaar of ouder bij u die meetellen als kostendeler: samen delen { $aantal } volwassenen de kosten. Daardoor is uw bijstandsnorm lager (kostendelersnorm).
kostendelers-geen = Er wonen geen andere volwassenen bij u die meetellen als kostendeler.
kostendelers-onbekend = Wij weten nog niet wie er verder bij u woont.

## Ja of nee. $wie: u of partner; $aanname: ja als het antwoord een aanname is.
-aanname-begin = Dit is nog niet ingevuld; wij gaan ervan uit:
-aanname-eind = Is dat anders, dan kan de uitkomst anders zijn.
wie-naam = { $wie ->
    [partner] Uw partner
   *[u] U
}
janee-open = Wij weten nog niet { $vraag }.
janee-student-ja = { $aanname ->
    [ja] { -aanname-begin } { wie-naam } volgt een opleiding met mogelijke aanspraak op studiefinanciering of WTOS, of deed dat in de afgelopen 12 maanden. Dan is er zicht op een hoger inkomen. { -aanname-eind }
   *[nee] { wie-naam } volgt een opleiding met mogelijke aanspraak op studiefinanciering of WTOS, of deed dat in de afgelopen 12 maanden. Dan is er zicht op een hoger inkomen.
}
janee-student-nee = { $aanname ->
    [ja] { -aanname-begin } { wie-naam } volgde de afgelopen 12 maanden geen opleiding met mogelijke aanspraak op studiefinanciering of WTOS. { -aanname-eind }
   *[nee] { wie-naam } volgde de afgelopen 12 maanden geen opleiding met mogelijke aanspraak op studiefinanciering of WTOS.
}
janee-chronisch-ziek-ja = { $aanname ->
    [ja] { -aanname-begin } { wie-naam } heeft een chronische ziekte of een beperking. { -aanname-eind }
   *[nee] { wie-naam } heeft een chronische ziekte of een beperking.
}
janee-chronisch-ziek-nee = { $aanname ->
    [ja] { -aanname-begin } { wie-naam } heeft geen chronische ziekte en geen beperking. { -aanname-eind }
   *[nee] { wie-naam } heeft geen chronische ziekte en geen beperking.
}
janee-verblijfstitel-ja = { $aanname ->
    [ja] { -aanname-begin } { wie-naam } heeft een geldige verblijfstitel. { -aanname-eind }
   *[nee] { wie-naam } heeft een geldige verblijfstitel.
}
janee-verblijfstitel-nee = { $aanname ->
    [ja] { -aanname-begin } { wie-naam } heeft geen geldige verblijfstitel. { -aanname-eind }
   *[nee] { wie-naam } heeft geen geldige verblijfstitel.
}
janee-gedetineerd-ja = { $aanname ->
    [ja] { -aanname-begin } { wie-naam } zit in detentie. { -aanname-eind }
   *[nee] { wie-naam } zit in detentie.
}
janee-gedetineerd-nee = { $aanname ->
    [ja] { -aanname-begin } { wie-naam } zit niet in detentie. { -aanname-eind }
   *[nee] { wie-naam } zit niet in detentie.
}
janee-schulden-ja = { $aanname ->
    [ja] { -aanname-begin } U heeft schulden of betalingsachterstanden die u niet zelf kunt oplossen. { -aanname-eind }
   *[nee] U heeft schulden of betalingsachterstanden die u niet zelf kunt oplossen.
}
janee-schulden-nee = { $aanname ->
    [ja] { -aanname-begin } U heeft geen schulden die u niet kunt betalen. { -aanname-eind }
   *[nee] U heeft geen schulden die u niet kunt betalen.
}
janee-inkomenstoeslag-gehad-ja = { $aanname ->
    [ja] { -aanname-begin } U kreeg in de afgelopen 12 maanden al een individuele inkomenstoeslag. Die kan eens per 12 maanden. { -aanname-eind }
   *[nee] U kreeg in de afgelopen 12 maanden al een individuele inkomenstoeslag. Die kan eens per 12 maanden.
}
janee-inkomenstoeslag-gehad-nee = { $aanname ->
    [ja] { -aanname-begin } U kreeg in de afgelopen 12 maanden geen individuele inkomenstoeslag. { -aanname-eind }
   *[nee] U kreeg in de afgelopen 12 maanden geen individuele inkomenstoeslag.
}
janee-heeft-partner-ja = U heeft een partner.
janee-heeft-partner-nee = U heeft geen partner.
janee-partner-elders-ja = U bent getrouwd of heeft een geregistreerd partnerschap, maar uw partner woont ergens anders.
janee-partner-elders-nee = Uw partner woont bij u.
janee-eigen-woning-ja = U heeft een eigen huis.
janee-eigen-woning-nee = U heeft geen eigen huis.
janee-beperking-huisgenoot-ja = { $aanname ->
    [ja] { -aanname-begin } Iemand anders in uw huishouden heeft een beperking of een chronisch (psychisch of psychosociaal) probleem. { -aanname-eind }
   *[nee] Iemand anders in uw huishouden heeft een beperking of een chronisch (psychisch of psychosociaal) probleem.
}
janee-beperking-huisgenoot-nee = { $aanname ->
    [ja] { -aanname-begin } Niemand anders in uw huishouden heeft een beperking of chronisch probleem. { -aanname-eind }
   *[nee] Niemand anders in uw huishouden heeft een beperking of chronisch probleem.
}
janee-zelfstandig-ja = { $aanname ->
    [ja] { -aanname-begin } U heeft een eigen huishouding. { -aanname-eind }
   *[nee] U heeft een eigen huishouding.
}
janee-zelfstandig-nee = { $aanname ->
    [ja] { -aanname-begin } U heeft geen eigen huishouding. De regeling is voor wie zelfstandig woont. { -aanname-eind }
   *[nee] U heeft geen eigen huishouding. De regeling is voor wie zelfstandig woont.
}
janee-schuldregeling-ja = { $aanname ->
    [ja] { -aanname-begin } U zit in een schuldsanering (Wsnp) of een minnelijke schuldregeling via de kredietbank (Stadsbank). { -aanname-eind }
   *[nee] U zit in een schuldsanering (Wsnp) of een minnelijke schuldregeling via de kredietbank (Stadsbank).
}
janee-schuldregeling-nee = { $aanname ->
    [ja] { -aanname-begin } U zit niet in een schuldsanering of schuldregeling. { -aanname-eind }
   *[nee] U zit niet in een schuldsanering of schuldregeling.
}
open-student = of er de afgelopen 12 maanden een opleiding gevolgd is met mogelijke aanspraak op studiefinanciering of WTOS (ook als die niet is aangevraagd)
open-chronisch-ziek = of er een beperking of chronisch probleem is
open-verblijfstitel = of er een geldige verblijfstitel is
open-gedetineerd = of iemand in detentie zit
open-schulden = of u schulden heeft die u niet kunt betalen
open-inkomenstoeslag-gehad = of u in de afgelopen 12 maanden al een individuele inkomenstoeslag kreeg
open-eigen-woning = of u een eigen huis heeft
open-partner-elders = of uw partner bij u woont
open-heeft-partner = of u een partner heeft
open-beperking-huisgenoot = of iemand anders in uw huishouden een beperking of chronisch probleem heeft
open-zelfstandig = of u een eigen huishouding heeft
open-schuldregeling = of u in een schuldsanering of schuldregeling zit

## Partners
partner-zonder-recht = Uw partner heeft geen recht op bijstand (geen geldige verblijfstitel, of in detentie). Dan hoeft alleen u hieraan te voldoen.
beide-partners = Dit geldt voor u en voor uw partner: u moet er allebei aan voldoen.
partner-recht-aangenomen = Heeft uw partner geen geldige verblijfstitel of zit uw partner in detentie, dan hoeft alleen u hieraan te voldoen. Dat is nog niet ingevuld.

## Wat nog nodig is voor een norm of een inkomen (een lijst)
nodig-aanvrager-leeftijd = uw leeftijd
nodig-heeft-partner = of u een partner heeft
nodig-partner-leeftijd = de leeftijd van uw partner
nodig-kinderen = of er kinderen bij u wonen, en hun leeftijd
nodig-medebewoners = wie er verder bij u woont (leeftijd, en of zij studeren of kamerhuur betalen)
nodig-aanvrager-inkomen = uw netto inkomen per maand
nodig-partner-inkomen = het netto inkomen van uw partner per maand
nodig-aanvrager-inkomensbron = waar uw inkomen vandaan komt (bijvoorbeeld bijstand of loon)
nodig-partner-inkomensbron = waar het inkomen van uw partner vandaan komt
nodig-ouderkop = de alleenstaande-ouderkop in uw kindgebonden budget
nodig-vermogen = uw vermogen
nodig-eigen-woning = of u een eigen huis heeft
nodig-woz-waarde = de WOZ-waarde van uw huis
nodig-hypotheek = uw hypotheek
nodig-schulden = of u schulden heeft
nodig-schuldregeling = of u in een schuldsanering (Wsnp) of minnelijke schuldregeling via de kredietbank (Stadsbank) zit
nodig-norm-onbepaald = een bijstandsnorm die wij uit uw antwoorden niet kunnen bepalen (bijvoorbeeld bij iemand onder de 18, of in het jaar van de AOW-leeftijd); de gemeente rekent dit uit

## Woonkosten tijdens een schuldregeling
woonkosten-schuldregeling = U zit in een schuldsanering (Wsnp) of een minnelijke schuldregeling via de kredietbank (Stadsbank). Zolang die loopt, telt niets van uw inkomen of vermogen mee.
