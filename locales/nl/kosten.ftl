# De redenen bij de kostenvoorwaarden (src/evaluate/redenen/kosten.rs): of een kostenpost bij de
# regeling past, en welke afwijzingsgrond beslist.

## Namen van kosten. $soort en $apparaat: de id uit de antwoorden.
kosten-soort = { $soort ->
    [medisch] medisch
    [witgoed] witgoed
    [computer] computer
    [babyuitzet] babyuitzet
    [uitvaart] uitvaart
    [bewindvoering] bewindvoering
    [reiskosten] reiskosten
    [kinderopvang] kinderopvang
    [verhuizing] verhuizing
    [afval] afval
    [waarborgsom] waarborgsom
    [alimentatie] alimentatie
    [boete] boete
    [schade] schade
    [schuldaflossing] schuldaflossing
    [huurschuld] huurschuld
    [energieschuld] energieschuld
    [budgetbeheer] budgetbeheer
    [leges_verblijfsvergunning] leges verblijfsvergunning
    [naturalisatie] naturalisatie
    [eigen_risico] eigen risico
   *[overig] overig
}
kosten-apparaat = { $apparaat ->
    [wasmachine] wasmachine
    [koelkast] koelkast
   *[kookapparatuur] kookapparatuur
}
# Namen achter elkaar: "a of b of c", "a en b en c", "a, b, c".
kosten-reeks-of = { $eerste } of { $rest }
kosten-reeks-en = { $eerste } en { $rest }
kosten-reeks-komma = { $eerste }, { $rest }

## Of de kosten bij de regeling passen
kosten-onbekend = Wij weten nog niet of u kosten heeft voor { $waarvoor }.
kosten-alleen-al-betaald = Dit is voor kleine kosten die u al betaalde. Kosten die u nog moet betalen, vraagt u vooraf aan als bijzondere bijstand.
kosten-niet-klein = Uw kosten voor { $wat } { $aantal ->
        [one] zijn hoger
       *[other] zijn elk hoger
    } dan { $max }: dat zijn geen kleine kosten.
kosten-geen-opgegeven = U gaf geen kosten op voor { $waarvoor }.
kosten-bedragen-ontbreken = Vul bij alle kosten het bedrag in.
kosten-totaal-al-betaald = De kleine kosten die u al betaalde, zijn samen { $totaal }; de grens is { $max } per kalenderjaar. Kosten die u nog moet betalen, vraagt u vooraf aan als bijzondere bijstand.
kosten-totaal = Uw kosten zijn samen { $totaal }; de grens is { $max } per kalenderjaar.
kosten-passen = Uw kosten voor { $wat } passen bij deze regeling.
kosten-passen-afwijzingsgrond = Uw kosten voor { $waarvoor } passen bij deze regeling. De gemeente heeft wel regels over wanneer ze zulke kosten niet vergoedt. Die staan hieronder.

## Wat er aan een kostenpost ontbreekt of niet past
kosten-apparaat-ontbreekt = Zeg om welk apparaat het gaat ({ $items }).
kosten-ander-apparaat = De regeling geldt voor { $items }, niet voor { $wat }.
kosten-vervanging-ontbreekt = Zeg of de { $wat } een oude vervangt.
kosten-geen-vervanging = Het gaat om een eerste aanschaf of reparatie van de { $wat }; de regeling geldt alleen voor vervanging.
kosten-jaren-ontbreekt = Zeg hoeveel jaar geleden u voor de { $wat } al een vergoeding kreeg, of dat het de eerste keer is.
kosten-te-recent = U kreeg { $jaren } jaar geleden al een vergoeding voor de { $wat }. Dat kan eens per { $minimaal } jaar.
kosten-kinderen-tellen-mee-ontbreekt = Zeg of er in de afgelopen 60 maanden een computer via Kinderen tellen mee kwam.
kosten-eerste-kind-ontbreekt = Zeg of de babyuitzet voor uw eerste kind is.
kosten-niet-eerste-kind = Een babyuitzet kan alleen voor het eerste kind: voor een volgend kind zijn de spullen er meestal al.
kosten-overledene-ontbreekt = Zeg wie er is overleden.
kosten-andere-overledene = Voor de uitvaart van iemand anders dan uw partner, kind of ouder is er in principe geen bijzondere bijstand: de kosten komen uit de erfenis.
kosten-wsnp-ontbreekt = Zeg of het bewind hoort bij de schuldsanering (WSNP).
kosten-wsnp = Voor bewindvoering in de schuldsanering (WSNP) is geen bijzondere bijstand mogelijk: die kosten worden op een andere manier betaald.
kosten-reisdoel-ontbreekt = Zeg waarvoor u reist.
kosten-ander-reisdoel = Reiskosten worden alleen vergoed voor een arts of specialist buiten de gemeente, een familielid in de eerste graad (ouder of kind) in het ziekenhuis of de gevangenis, school die niet dichtbij kan, of re-integratie. Andere reizen betaalt u uit de bijstandsnorm.
kosten-afstand-ontbreekt = Zeg hoeveel kilometer een enkele reis is.
kosten-korte-reis = Een enkele reis is { $km } km. De grens is { $minimaal } km; daaronder alleen bij gezondheidsklachten of een bijzondere situatie.
kosten-dreiging-ontbreekt = Zeg of er een huisuitzetting of afsluiting van gas, water of licht dreigt.
kosten-geen-dreiging = Een lening voor deze schuld kan alleen om een dreigende huisuitzetting of afsluiting te voorkomen.
kosten-opvangreden-ontbreekt = Zeg waarom u kinderopvang nodig heeft.
kosten-andere-opvangreden = Bijzondere bijstand voor kinderopvang kan bij re-integratie of inburgering, na werk vanuit de bijstand, of met een sociaal-medische indicatie.
kosten-via-kinderen-tellen-mee = Er kwam in de afgelopen 60 maanden al een computer via Kinderen tellen mee.

## Afwijzingsgronden. $wat: een kostenpost in woorden (afwijzing-kost).
afwijzing-kost = { $soort ->
    [alimentatie] alimentatie
    [boete] een boete
    [schade] schade
    [schuldaflossing] het aflossen van schulden
    [huurschuld] een huurschuld
    [energieschuld] een schuld voor gas, water of licht
    [naturalisatie] naturalisatie
    [eigen_risico] het eigen risico van uw zorgverzekering
   *[other] deze kosten ({ kosten-soort })
}
afwijzing-kosten-onbekend = Wij weten nog niet welke kosten u heeft.
afwijzing-geen-kosten = U gaf geen kosten op: dan is er nu niets om aan te vragen. Heeft u noodzakelijke kosten die u niet zelf kunt betalen, vul ze dan in.
afwijzing-niets-getoetst = Geen van uw kosten is een reden om deze hulp te weigeren.
afwijzing-nooit = Voor { $wat } geeft de gemeente nooit bijzondere bijstand, ook niet bij een noodsituatie.
afwijzing-uitgesloten = Voor { $wat } is geen bijzondere bijstand mogelijk. Alleen bij zeer dringende redenen, zoals een acute noodsituatie, kan de gemeente afwijken.
afwijzing-zeer-dringend-ontbreekt = Voor { $wat } is in principe geen bijzondere bijstand mogelijk. Zeg of er een acute noodsituatie is: alleen dan kan de gemeente afwijken.
afwijzing-zeer-dringend = Voor { $wat } is in principe geen bijzondere bijstand mogelijk. U zegt dat er een acute noodsituatie is: dan kan de gemeente afwijken (zeer dringende redenen, art. 16). Dat beslist zij zelf na een gesprek. Vraag een keukentafelgesprek aan.
afwijzing-al-betaald-nooit = U heeft { $wat } al betaald. Voor kosten van voor de aanvraag geeft de gemeente geen bijzondere bijstand.
afwijzing-al-betaald = U heeft { $wat } al betaald. Voor kosten van voor de aanvraag is bijzondere bijstand in principe niet mogelijk; de gemeente beslist.
afwijzing-voorliggend-ontbreekt = Zeg of een andere regeling, zoals uw zorgverzekering of de kinderopvangtoeslag, { $wat } al helemaal betaalt.
afwijzing-voorliggend = Een andere regeling betaalt { $wat } al. Die gaat voor (voorliggende voorziening); bijzondere bijstand is daarvoor niet nodig.
afwijzing-geen-van-deze = Geen van uw kosten is { $namen }: daarvoor geeft de gemeente geen bijzondere bijstand.
afwijzing-geen = Geen van uw kosten is een reden om bijzondere bijstand te weigeren.
afwijzing-andere-kosten = Voor uw andere kosten is er geen reden om de hulp te weigeren.
