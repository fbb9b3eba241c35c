# The overview of each municipality's schemes for policy staff, written by `bur docs --taal pl`
# (src/policy/beschrijving.rs and src/bin/bur/docs.rs): every rule in words, without a
# household. Not for the report or the widget: these messages get no number
# (catalogus_bestanden::NIET_IN_RAPPORT) and are made with `docs_zin!`. Translated from the
# Dutch, which stays leading; Dutch legal terms in parentheses.

## Parts one after another: "a, b", "a lub b", "a; b", "a; oraz b".
beschrijving-reeks-komma = { $eerste }, { $rest }
beschrijving-reeks-of = { $eerste } lub { $rest }
beschrijving-reeks-puntkomma = { $eerste }; { $rest }
beschrijving-reeks-en = { $eerste }; oraz { $rest }

## The overview (src/bin/bur/docs.rs)
beschrijving-titel = Programy pomocy (regelingen) według gmin
beschrijving-inleiding =
    Utworzone przez `bur docs --taal pl` z plików w `policies/`; nie edytować ręcznie. Wiążący jest
    przegląd w języku niderlandzkim (docs/regelingen.md). Teksty z plików polityki są po niderlandzku,
    jeśli plik nie ma ich tłumaczenia. Wyniki: `ja` (tak), gdy spełnione są wszystkie warunki,
    `nee` (nie), gdy jeden z nich nie jest spełniony, w pozostałych przypadkach `misschien` (być może).
beschrijving-gemeente = { $naam } (`{ $id }`, wersja { $versie })
beschrijving-gemeente-bron = Źródło: { $bron }.
beschrijving-gemeente-norm-alleenstaande-ouder = Norma dla samotnego rodzica: { $procent } normy dla małżeństw (gehuwdennorm).
beschrijving-gemeente-jongeren-met-aanvulling = W przypadku osób w wieku od 18 do 20 lat do normy pomocy społecznej (bijstandsnorm) wlicza się uzupełniającą pomoc specjalną (aanvullende bijzondere bijstand). Kto otrzymuje zasiłek (bijstand), ma ją już: wtedy liczy się norma od 21 lat. W innym przypadku dochód powyżej limitu według normy dla młodzieży, ale w granicach limitu dla osoby 21-letniej, daje wynik „być może”.
beschrijving-gemeente-kostendelersnorm-jongeren = Tam, gdzie przy obliczaniu wkładu własnego (draagkracht) stosuje się normę dla osób współdzielących koszty (kostendelersnorm), osoba w wieku od 18 do 20 lat otrzymuje normę osoby 21-letniej.
beschrijving-regeling = { $naam } (`{ $id }`)
beschrijving-regeling-bron = Źródło: { $bron }
# $vanaf and $tot: dates as the policy file writes them (2025-01-01).
beschrijving-regeling-geldig-vanaf = Obowiązuje: od { $vanaf }
beschrijving-regeling-geldig-tot = Obowiązuje: od { $vanaf } do { $tot } włącznie
beschrijving-regeling-voorwaarden = Warunki:
beschrijving-regeling-voorwaarde = { $voorwaarde } ({ $bron })
beschrijving-regeling-bedrag = Kwota: { $bedrag }
beschrijving-regeling-draagkracht = Wkład własny (draagkracht): { $draagkracht }
beschrijving-regeling-aanvragen = Jak złożyć wniosek: { $vervolgstap }
beschrijving-signalen = Sygnały do pomocy dopasowanej do sytuacji (maatwerk; porada: rozmowa przy kuchennym stole, keukentafelgesprek)
beschrijving-signaal = `{ $id }`: gdy { $voorwaarden }. Źródło: { $bron }.
beschrijving-buiten-scope = Poza kalkulatorem
beschrijving-kolom-regeling = program
beschrijving-kolom-bron = źródło
beschrijving-kolom-reden = powód

## Conditions
# $kostendelersnorm: ja or nee. In the genitive: "100% normy ...".
beschrijving-bijstandsnorm = { $kostendelersnorm ->
    [ja] normy pomocy społecznej (bijstandsnorm) z normą dla osób współdzielących koszty (kostendelersnorm)
   *[nee] normy pomocy społecznej (bijstandsnorm, bez normy dla osób współdzielących koszty)
}
beschrijving-inkomen = dochód netto gospodarstwa domowego najwyżej { $max } { beschrijving-bijstandsnorm }
beschrijving-inkomen-zeker = dochód netto gospodarstwa domowego do { $zeker } { beschrijving-bijstandsnorm }: na pewno; do { $max }: być może (ocena indywidualna); powyżej: nie
# $onder_de_grens: ja or nee; $boven_grens: eigen_woning, beoordeling or nee.
beschrijving-vermogen = { $onder_de_grens ->
    [ja] majątek poniżej limitu majątku (vermogensgrens, art. 34 Participatiewet): brak dobrej rezerwy finansowej
   *[nee] majątek nieprzekraczający limitu majątku (vermogensgrens, art. 34 Participatiewet)
}{ $boven_grens ->
    [eigen_woning] ; jeśli limit zostaje przekroczony przez majątek we własnym domu, gmina ocenia sprawę (być może)
    [beoordeling] ; powyżej limitu gmina ocenia sprawę (być może), a nie odmawia
   *[nee] {""}
}
# $wie: aanvrager, partner, aanvrager_en_partner or aanvrager_of_partner.
beschrijving-wie = { $wie ->
    [aanvrager] wnioskodawca
    [partner] partner
    [aanvrager_en_partner] wnioskodawca i partner
   *[aanvrager_of_partner] wnioskodawca lub partner
}
beschrijving-voor-wie = { beschrijving-wie }: { $voorwaarde }
beschrijving-leeftijd-minstens = co najmniej { $jaar } { $jaar ->
    [one] rok
    [few] lata
   *[other] lat
}
beschrijving-leeftijd-hoogstens = najwyżej { $jaar } { $jaar ->
    [one] rok
    [few] lata
   *[other] lat
}
beschrijving-leeftijd-onder-aow = poniżej wieku emerytalnego (AOW-leeftijd)
beschrijving-kinderen = co najmniej jedno dziecko mieszkające w domu, w wieku od { $van } do { $tot } { $tot ->
    [one] roku
   *[other] lat
} włącznie
beschrijving-kostendelers = co najmniej { $aantal } { $aantal ->
    [one] inna osoba dorosła w domu, która liczy się jako współdzieląca koszty
    [few] inne osoby dorosłe w domu, które liczą się jako współdzielące koszty
   *[other] innych osób dorosłych w domu, które liczą się jako współdzielące koszty
} (kostendelers, w wieku 27 lat lub więcej)
beschrijving-maanden-laag-inkomen = niski dochód przez co najmniej { $maanden } { $maanden ->
    [one] miesiąc
    [few] miesiące
   *[other] miesięcy
} z rzędu
# $kostendelersnorm, $vermogen and $schuldregeling: ja or nee.
beschrijving-woonkosten = miesięczne koszty mieszkaniowe wyższe niż część dochodu powyżej { $procent } normy pomocy społecznej (bijstandsnorm){ $kostendelersnorm ->
    [ja] {" "}(z normą dla osób współdzielących koszty)
   *[nee] {""}
}{ $vermogen ->
    [ja] , przy czym majątek powyżej limitu porównuje się z kosztami mieszkaniowymi za rok
   *[nee] {""}
}{ $schuldregeling ->
    [ja] ; w czasie postępowania w sprawie długów (schuldregeling) wkład własny się nie liczy
   *[nee] {""}
}
# $feit: beschrijving-ja or beschrijving-nee; $aangenomen: ja or nee.
beschrijving-ja-nee = { $feit }{ $aangenomen ->
    [ja] {" "}(przyjęte przy braku odpowiedzi, o czym wynik informuje)
   *[nee] {""}
}
# $vraag: the question of a yes/no condition, as the policy file names it.
beschrijving-ja = { $vraag ->
    [student] studiuje ze wsparciem na studia (studiefinanciering) lub WTOS (albo studiował(a) tak w ostatnim roku)
    [chronisch_ziek_of_beperking] niepełnosprawność lub przewlekły problem psychiczny albo psychospołeczny
    [geldige_verblijfstitel] ważne prawo pobytu (verblijfstitel)
    [gedetineerd] w areszcie lub w więzieniu (detentie)
    [schulden] długi, których gospodarstwo domowe nie jest w stanie spłacić
    [inkomenstoeslag_laatste_12_maanden] dodatek do dochodu (inkomenstoeslag) otrzymany w ostatnich 12 miesiącach
    [eigen_woning] własny dom
    [beperking_huisgenoot] współmieszkaniec z niepełnosprawnością lub przewlekłym problemem
    [zelfstandige_huishouding] samodzielne gospodarstwo domowe (zelfstandige huishouding)
    [schuldregeling] program oddłużenia lub ugoda w sprawie długów (schuldsanering lub schuldregeling)
    [heeft_partner] partner (małżonek, zarejestrowany partner lub osoba wspólnie zamieszkująca)
   *[partner_woont_elders] w związku małżeńskim lub partnerskim, ale partner mieszka gdzie indziej
}
beschrijving-nee = { $vraag ->
    [student] brak studiów ze wsparciem na studia (studiefinanciering) lub WTOS w ostatnich 12 miesiącach
    [chronisch_ziek_of_beperking] brak niepełnosprawności lub przewlekłego problemu
    [geldige_verblijfstitel] brak ważnego prawa pobytu (verblijfstitel)
    [gedetineerd] nie przebywa w areszcie ani w więzieniu (detentie)
    [schulden] brak długów niemożliwych do spłacenia
    [inkomenstoeslag_laatste_12_maanden] brak dodatku do dochodu (inkomenstoeslag) w ostatnich 12 miesiącach
    [eigen_woning] brak własnego domu
    [beperking_huisgenoot] brak współmieszkańca z niepełnosprawnością lub przewlekłym problemem
    [zelfstandige_huishouding] brak samodzielnego gospodarstwa domowego (zelfstandige huishouding)
    [schuldregeling] brak programu oddłużenia i ugody w sprawie długów (schuldsanering lub schuldregeling)
    [heeft_partner] brak partnera
   *[partner_woont_elders] partner mieszka w domu
}
beschrijving-beoordeling = ocena indywidualna: { $tekst }
beschrijving-alle = wszystkie poniższe: ({ $voorwaarden })
beschrijving-een-van = jeden z poniższych: ({ $voorwaarden })

## Costs
# $soort and $apparaat: the id from the policy file, said with the engine's words.
beschrijving-kostensoort = { kosten-soort }
beschrijving-apparaat = { kosten-apparaat }
# $overledene: partner, kind, ouder or anders.
beschrijving-overledene = { $overledene ->
    [partner] partner
    [kind] dziecko
    [ouder] rodzic
   *[anders] ktoś inny
}
beschrijving-reisdoel = { $reisdoel ->
    [arts_buiten_gemeente] lekarz lub specjalista poza gminą
    [familie_in_ziekenhuis] członek rodziny pierwszego stopnia w szpitalu
    [familie_in_detentie] członek rodziny pierwszego stopnia w areszcie lub w więzieniu
    [school] szkoła, do której nie można uczęszczać w pobliżu
    [re_integratie] reintegracja zawodowa lub szkolenie
   *[anders] coś innego
}
beschrijving-opvangreden = { $reden ->
    [re_integratie] reintegracja zawodowa lub integracja obywatelska (inburgering)
    [werkaanvaarding] praca po zakończeniu pobierania zasiłku (bijstand)
    [sociaal_medische_indicatie] wskazanie socjalno-medyczne
   *[anders] inny powód
}
beschrijving-kosten = wydatek z kategorii: { $soorten }
beschrijving-kosten-apparaten = wydatek z kategorii: { $soorten } ({ $apparaten })
beschrijving-kosten-vervanging = tylko wymiana (nie pierwszy zakup ani naprawa)
beschrijving-kosten-eenmaal-per = raz na { $jaren } { $jaren ->
    [one] rok
    [few] lata
   *[other] lat
}
beschrijving-kosten-eerste-kind = tylko dla pierwszego dziecka
beschrijving-kosten-uitvaart-van = pogrzeb osoby: { $overledenen }
beschrijving-kosten-reisdoelen = cel podróży: { $reisdoelen }
beschrijving-kosten-enkele-reis = podróż w jedną stronę co najmniej { $km } km (krótsza: być może)
beschrijving-kosten-dreigende-uitzetting = tylko przy groźbie eksmisji lub odcięcia mediów
beschrijving-kosten-niet-wsnp = nie dla zarządu finansami (bewindvoering) w ramach WSNP
beschrijving-kosten-opvangredenen = potrzebne z powodu: { $redenen }
# $al_betaald: ja or nee.
beschrijving-kosten-samen-hoogstens = { $al_betaald ->
    [ja] tylko koszty już zapłacone, łącznie
   *[nee] łącznie
} najwyżej { $max } w roku kalendarzowym
beschrijving-kosten-kinderen-tellen-mee = nie wtedy, gdy w ostatnich 60 miesiącach otrzymano komputer przez Kinderen tellen mee
# $al_betaald: nee, misschien or toegestaan; $zeer_dringend: ja or nee.
beschrijving-afwijzingsgronden = podstawy odmowy (afwijzingsgronden) dla każdego wydatku: nigdy dla: { $uitgesloten } (tylko z bardzo pilnych powodów, zeer dringende redenen: być może); koszty już zapłacone: { $al_betaald ->
    [nee] nie
    [misschien] być może
   *[toegestaan] dozwolone
}{ $zeer_dringend ->
    [ja] {""}
   *[nee] ; także nie z bardzo pilnych powodów
}
beschrijving-afwijzing-voorliggend = najpierw świadczenie o pierwszeństwie (voorliggende voorziening) dla: { $soorten }

## Amount
# $norm: the standard as normen.toml names it; $vakantietoeslag: inclusief or zonder;
# $afronding: hele_euros_omhoog or op_centen.
beschrijving-bedrag-percentage-norm = { $procent } z 12-krotności normy '{ $norm }' { $vakantietoeslag ->
    [inclusief] wraz z dodatkiem urlopowym (vakantietoeslag)
   *[zonder] bez dodatku urlopowego (vakantietoeslag)
} na dzień 1 stycznia, { $afronding ->
    [hele_euros_omhoog] po zaokrągleniu w górę
   *[op_centen] po zaokrągleniu do centów
}; z tego: małżeństwa { $gehuwden }, osoba samotna { $alleenstaande }, samotny rodzic { $alleenstaande_ouder }
# $maximaal: ja or nee; $per: maand, jaar or eenmalig.
beschrijving-bedrag-vast = { $maximaal ->
    [ja] do { $bedrag }
   *[nee] { $bedrag }
} { $per ->
    [maand] miesięcznie
    [jaar] rocznie
   *[eenmalig] jednorazowo
}
beschrijving-bedrag-in-document = podane w: { $document } (nie mamy tego dokumentu; wynik nie podaje kwoty)
beschrijving-bedrag-kosten-min-draagkracht = dla każdego podanego wydatku: kwota minus wkład własny (draagkracht)

## Capacity to pay
# $kostendelersnorm: ja or nee; $aow_maanden: 0 when the period with AOW is not different;
# $vermogen: which assets count (vermogensgrens, alles, norm, bedrag) or nee; $vrijlating: the
# amount left free for [bedrag].
beschrijving-draagkracht = { $inkomen_procent } dochodu powyżej { $boven_procent } normy pomocy społecznej (bijstandsnorm) { $kostendelersnorm ->
    [ja] z normą dla osób współdzielących koszty
   *[nee] bez normy dla osób współdzielących koszty
}, przez { $maanden } { $maanden ->
    [one] miesiąc
    [few] miesiące
   *[other] miesięcy
}{ $aow_maanden ->
    [0] {""}
   *[other] {" "}({ $aow_maanden } { $aow_maanden ->
        [one] miesiąc
        [few] miesiące
       *[other] miesięcy
    } przy emeryturze państwowej AOW)
}{ $vermogen ->
    [vermogensgrens] , a do tego majątek powyżej limitu majątku (vermogensgrens)
    [alles] , a do tego wszystkie oszczędności
    [norm] , a do tego saldo bankowe powyżej normy pomocy społecznej wraz z dodatkiem urlopowym
    [bedrag] , a do tego oszczędności i gotówka powyżej { $vrijlating }
   *[nee] {""}
}
beschrijving-draagkracht-schuldregeling = brak wkładu własnego w czasie sądowego programu oddłużenia (Wsnp) lub polubownej ugody w sprawie długów (minnelijke schuldregeling)
beschrijving-draagkracht-berekend-tot = powyżej { $procent } normy gmina oblicza to sama
beschrijving-draagkracht-eigen-woning = przy majątku we własnym domu: pomoc poniżej { $bedrag } rocznie bez dalszego badania
beschrijving-draagkracht-zorgkosten = przy kosztach medycznych, do { $procent } normy, najwyżej o { $verlaging } mniej
beschrijving-draagkracht-in-document = podane w: { $document } (nie mamy tego dokumentu)
