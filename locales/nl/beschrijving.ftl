# Het overzicht van de regelingen per gemeente voor beleidsmedewerkers, dat `bur docs` schrijft
# (docs/regelingen.md; src/policy/beschrijving.rs en src/bin/bur/docs.rs): elke regel in woorden,
# zonder huishouden. Niet voor het rapport of de widget: deze berichten krijgen geen nummer
# (catalogus_bestanden::NIET_IN_RAPPORT) en worden gemaakt met `docs_zin!`.
# Ids uit de policybestanden ($soort, $apparaat, $overledene, $norm) zegt het Nederlands zoals
# het bestand ze schrijft; een vertaling mag ze in woorden zeggen.

## Delen achter elkaar: "a, b", "a of b", "a; b", "a; en b".
beschrijving-reeks-komma = { $eerste }, { $rest }
beschrijving-reeks-of = { $eerste } of { $rest }
beschrijving-reeks-puntkomma = { $eerste }; { $rest }
beschrijving-reeks-en = { $eerste }; en { $rest }

## Het overzicht (src/bin/bur/docs.rs)
beschrijving-titel = Regelingen per gemeente
beschrijving-inleiding =
    Gemaakt door `bur docs` uit de bestanden in `policies/`; niet met de hand wijzigen. De test faalt
    als dit bestand niet past bij de policybestanden. Uitkomsten: `ja` als alle voorwaarden gelden,
    `nee` als er een niet geldt, anders `misschien`.
beschrijving-gemeente = { $naam } (`{ $id }`, versie { $versie })
beschrijving-gemeente-bron = Bron: { $bron }.
beschrijving-gemeente-norm-alleenstaande-ouder = Norm voor een alleenstaande ouder: { $procent } van de gehuwdennorm.
beschrijving-gemeente-jongeren-met-aanvulling = Voor jongeren van 18 tot en met 20 jaar telt de aanvullende bijzondere bijstand mee in de bijstandsnorm. Wie bijstand heeft, heeft die aanvulling al: dan telt de norm vanaf 21 jaar. Anders is een inkomen boven een grens van de jongerennorm maar binnen die van een 21-jarige een misschien.
beschrijving-gemeente-kostendelersnorm-jongeren = Waar de draagkracht de kostendelersnorm toepast, krijgt iemand van 18 tot en met 20 jaar die van een 21-jarige.
beschrijving-regeling = { $naam } (`{ $id }`)
beschrijving-regeling-bron = Bron: { $bron }
# $vanaf en $tot: datums zoals het policybestand ze schrijft (2025-01-01).
beschrijving-regeling-geldig-vanaf = Geldig: vanaf { $vanaf }
beschrijving-regeling-geldig-tot = Geldig: van { $vanaf } tot en met { $tot }
beschrijving-regeling-voorwaarden = Voorwaarden:
beschrijving-regeling-voorwaarde = { $voorwaarde } ({ $bron })
beschrijving-regeling-bedrag = Bedrag: { $bedrag }
beschrijving-regeling-draagkracht = Draagkracht: { $draagkracht }
beschrijving-regeling-aanvragen = Aanvragen: { $vervolgstap }
beschrijving-signalen = Maatwerksignalen (advies: keukentafelgesprek)
beschrijving-signaal = `{ $id }`: als { $voorwaarden }. Bron: { $bron }.
beschrijving-buiten-scope = Niet in de rekenhulp
beschrijving-kolom-regeling = regeling
beschrijving-kolom-bron = bron
beschrijving-kolom-reden = reden

## Voorwaarden
# $kostendelersnorm: ja of nee.
beschrijving-bijstandsnorm = { $kostendelersnorm ->
    [ja] de bijstandsnorm met kostendelersnorm
   *[nee] de bijstandsnorm (zonder kostendelersnorm)
}
beschrijving-inkomen = netto inkomen van het huishouden ten hoogste { $max } van { beschrijving-bijstandsnorm }
beschrijving-inkomen-zeker = netto inkomen van het huishouden tot { $zeker } van { beschrijving-bijstandsnorm } zeker; tot { $max } misschien (persoonlijke beoordeling); daarboven niet
# $onder_de_grens: ja of nee; $boven_grens: eigen_woning, beoordeling of nee.
beschrijving-vermogen = { $onder_de_grens ->
    [ja] vermogen onder de vermogensgrens (art. 34 Participatiewet): geen goede financiële buffer
   *[nee] vermogen niet boven de vermogensgrens (art. 34 Participatiewet)
}{ $boven_grens ->
    [eigen_woning] ; brengt het vermogen in de eigen woning het erboven, dan beoordeelt de gemeente het (misschien)
    [beoordeling] ; daarboven beoordeelt de gemeente het (misschien), geen nee
   *[nee] {""}
}
# $wie: aanvrager, partner, aanvrager_en_partner of aanvrager_of_partner.
beschrijving-wie = { $wie ->
    [aanvrager] aanvrager
    [partner] partner
    [aanvrager_en_partner] aanvrager en partner
   *[aanvrager_of_partner] aanvrager of partner
}
beschrijving-voor-wie = { beschrijving-wie }: { $voorwaarde }
beschrijving-leeftijd-minstens = minstens { $jaar } jaar
beschrijving-leeftijd-hoogstens = hoogstens { $jaar } jaar
beschrijving-leeftijd-onder-aow = jonger dan de AOW-leeftijd
beschrijving-kinderen = minstens één thuiswonend kind van { $van } tot en met { $tot } jaar
beschrijving-kostendelers = minstens { $aantal } andere volwassene(n) in huis die meetellen als kostendeler (27 jaar of ouder)
beschrijving-maanden-laag-inkomen = minstens { $maanden } maanden achter elkaar een laag inkomen
# $kostendelersnorm, $vermogen en $schuldregeling: ja of nee.
beschrijving-woonkosten = woonkosten per maand hoger dan het inkomen boven { $procent } van de bijstandsnorm{ $kostendelersnorm ->
    [ja] {" "}(met kostendelersnorm)
   *[nee] {""}
}{ $vermogen ->
    [ja] , met het vermogen boven de grens tegen een jaar woonkosten
   *[nee] {""}
}{ $schuldregeling ->
    [ja] ; tijdens een schuldregeling telt geen draagkracht
   *[nee] {""}
}
# $feit: beschrijving-ja of beschrijving-nee; $aangenomen: ja of nee.
beschrijving-ja-nee = { $feit }{ $aangenomen ->
    [ja] {" "}(zonder antwoord aangenomen, en zo gezegd)
   *[nee] {""}
}
# $vraag: de vraag van een ja/nee-voorwaarde, zoals het policybestand haar noemt.
beschrijving-ja = { $vraag ->
    [student] studeert met studiefinanciering of WTOS (of deed dat het afgelopen jaar)
    [chronisch_ziek_of_beperking] een beperking of chronisch psychisch of psychosociaal probleem
    [geldige_verblijfstitel] een geldige verblijfstitel
    [gedetineerd] in detentie
    [schulden] schulden die het huishouden niet kan aflossen
    [inkomenstoeslag_laatste_12_maanden] in de afgelopen 12 maanden een inkomenstoeslag gehad
    [eigen_woning] een eigen woning
    [beperking_huisgenoot] een huisgenoot met een beperking of chronisch probleem
    [zelfstandige_huishouding] een zelfstandige huishouding
    [schuldregeling] een schuldsanering of schuldregeling
    [heeft_partner] een partner (gehuwd, geregistreerd of samenwonend)
   *[partner_woont_elders] gehuwd of partner, maar de partner woont elders
}
beschrijving-nee = { $vraag ->
    [student] geen studie met studiefinanciering of WTOS in de afgelopen 12 maanden
    [chronisch_ziek_of_beperking] geen beperking of chronisch probleem
    [geldige_verblijfstitel] geen geldige verblijfstitel
    [gedetineerd] niet in detentie
    [schulden] geen onbetaalbare schulden
    [inkomenstoeslag_laatste_12_maanden] geen inkomenstoeslag in de afgelopen 12 maanden
    [eigen_woning] geen eigen woning
    [beperking_huisgenoot] geen huisgenoot met een beperking of chronisch probleem
    [zelfstandige_huishouding] geen zelfstandige huishouding
    [schuldregeling] geen schuldsanering of schuldregeling
    [heeft_partner] geen partner
   *[partner_woont_elders] de partner woont in huis
}
beschrijving-beoordeling = persoonlijke beoordeling: { $tekst }
beschrijving-alle = al deze: ({ $voorwaarden })
beschrijving-een-van = een van deze: ({ $voorwaarden })

## Kosten
# $soort, $apparaat en $overledene: de id uit het policybestand.
beschrijving-kostensoort = { $soort }
beschrijving-apparaat = { $apparaat }
beschrijving-overledene = { $overledene }
beschrijving-reisdoel = { $reisdoel ->
    [arts_buiten_gemeente] een arts of specialist buiten de gemeente
    [familie_in_ziekenhuis] familie in de eerste graad in het ziekenhuis
    [familie_in_detentie] familie in de eerste graad in detentie
    [school] school die niet in de buurt kan
    [re_integratie] re-integratie of scholing
   *[anders] iets anders
}
beschrijving-opvangreden = { $reden ->
    [re_integratie] re-integratie of inburgering
    [werkaanvaarding] werk na de bijstand
    [sociaal_medische_indicatie] een sociaal-medische indicatie
   *[anders] een andere reden
}
beschrijving-kosten = een kostenpost voor { $soorten }
beschrijving-kosten-apparaten = een kostenpost voor { $soorten } ({ $apparaten })
beschrijving-kosten-vervanging = alleen vervanging (geen eerste aanschaf of reparatie)
beschrijving-kosten-eenmaal-per = eenmaal per { $jaren } jaar
beschrijving-kosten-eerste-kind = alleen voor het eerste kind
beschrijving-kosten-uitvaart-van = voor de uitvaart van: { $overledenen }
beschrijving-kosten-reisdoelen = voor: { $reisdoelen }
beschrijving-kosten-enkele-reis = een enkele reis van minstens { $km } km (korter: misschien)
beschrijving-kosten-dreigende-uitzetting = alleen bij een dreigende huisuitzetting of afsluiting
beschrijving-kosten-niet-wsnp = niet voor bewindvoering in de WSNP
beschrijving-kosten-opvangredenen = nodig voor: { $redenen }
# $al_betaald: ja of nee.
beschrijving-kosten-samen-hoogstens = { $al_betaald ->
    [ja] alleen al betaalde kosten, samen
   *[nee] samen
} hoogstens { $max } per kalenderjaar
beschrijving-kosten-kinderen-tellen-mee = niet als er in de afgelopen 60 maanden een computer via Kinderen tellen mee kwam
# $al_betaald: nee, misschien of toegestaan; $zeer_dringend: ja of nee.
beschrijving-afwijzingsgronden = afwijzingsgronden per kostenpost: nooit voor { $uitgesloten } (alleen bij zeer dringende redenen: misschien); al betaalde kosten: { $al_betaald ->
    [nee] nee
    [misschien] misschien
   *[toegestaan] toegestaan
}{ $zeer_dringend ->
    [ja] {""}
   *[nee] ; ook niet bij zeer dringende redenen
}
beschrijving-afwijzing-voorliggend = eerst een voorliggende voorziening voor { $soorten }

## Bedrag
# $norm: de norm zoals normen.toml haar noemt; $vakantietoeslag: inclusief of zonder;
# $afronding: hele_euros_omhoog of op_centen.
beschrijving-bedrag-percentage-norm = { $procent } van 12 x de norm '{ $norm }' { $vakantietoeslag ->
    [inclusief] inclusief
   *[zonder] zonder
} vakantietoeslag op 1 januari, { $afronding ->
    [hele_euros_omhoog] naar boven afgerond
   *[op_centen] afgerond op centen
}; gehuwden { $gehuwden }, alleenstaande { $alleenstaande }, alleenstaande ouder { $alleenstaande_ouder } daarvan
# $maximaal: ja of nee; $per: maand, jaar of eenmalig.
beschrijving-bedrag-vast = { $maximaal ->
    [ja] tot { $bedrag }
   *[nee] { $bedrag }
} { $per ->
    [maand] per maand
    [jaar] per jaar
   *[eenmalig] eenmalig
}
beschrijving-bedrag-in-document = staat in: { $document } (niet in ons bezit; de uitkomst noemt geen bedrag)
beschrijving-bedrag-kosten-min-draagkracht = per opgegeven kostenpost: het bedrag min de draagkracht

## Draagkracht
# $kostendelersnorm: ja of nee; $aow_maanden: 0 als de periode met AOW niet anders is;
# $vermogen: welk vermogen meetelt (vermogensgrens, alles, norm, bedrag) of nee; $vrijlating:
# het vrijgelaten bedrag bij [bedrag].
beschrijving-draagkracht = { $inkomen_procent } van het inkomen boven { $boven_procent } van de bijstandsnorm { $kostendelersnorm ->
    [ja] met kostendelersnorm
   *[nee] (zonder kostendelersnorm)
}, over { $maanden } maanden{ $aow_maanden ->
    [0] {""}
   *[other] {" "}({ $aow_maanden } maanden met AOW)
}{ $vermogen ->
    [vermogensgrens] , plus het vermogen boven de vermogensgrens
    [alles] , plus al het spaargeld
    [norm] , plus het banksaldo boven de bijstandsnorm inclusief vakantietoeslag
    [bedrag] , plus spaargeld en contant geld boven { $vrijlating }
   *[nee] {""}
}
beschrijving-draagkracht-schuldregeling = geen draagkracht tijdens een Wsnp of minnelijke schuldregeling
beschrijving-draagkracht-berekend-tot = boven { $procent } van de norm rekent de gemeente zelf
beschrijving-draagkracht-eigen-woning = met vermogen in de eigen woning zonder verder onderzoek bij bijstand onder { $bedrag } per jaar
beschrijving-draagkracht-zorgkosten = voor medische kosten tot { $procent } van de norm hoogstens { $verlaging } lager
beschrijving-draagkracht-in-document = staat in: { $document } (niet in ons bezit)
